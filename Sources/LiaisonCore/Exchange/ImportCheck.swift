import Foundation

/// The checks an export must pass before it is imported. Each record's own are made here as it
/// is read: its text as a form would check it, and no moment after now. Those that span records
/// — ids that are unique, references that resolve within the file, history that belongs to a
/// record of its kind and comes before its current version — are asked of SQLite once every row
/// is written inside the import's transaction (`ImportCheck+Links`, `ImportWriter`).
enum ImportCheck {
    /// `contacts[3] (id 9f2c…)`: where the record is in the file, and its id when it has one.
    static func label(_ section: String, _ index: Int, id: String?) -> String {
        "\(section)[\(index)]" + (id.map { " (id \($0))" } ?? "")
    }

    /// A record's text problems, and the first moment it says has passed that lies after `now`
    /// (as `EntryTimeRule` words it), when `now` is given.
    static func problems<R: LiaisonRecord & RecordText>(of record: R, now: Date?) -> [(field: String, message: String)] {
        var problems = record.textProblems
        if let problem = RecordID.problem(record.id) { problems.insert(("id", problem), at: 0) }
        if let now { timeProblem { try EntryTimeRule.check(record, now: now) }.map { problems.append($0) } }
        return problems
    }

    /// A history entry's own problems: who amended it and why, in words a form would take, a
    /// kept version that reads as the kind it says, and an amendment no later than `now`.
    static func problems(of entry: HistoryEntry, holdingItsKind holds: Bool, now: Date?) -> [(field: String, message: String)] {
        var problems: [(field: String, message: String)] = []
        if let problem = TextRules.lineProblem(entry.amendedBy, what: "Who amended it", limit: TextRules.nameLimit) {
            problems.append(("amendedBy", problem))
        }
        if let problem = TextRules.textProblem(entry.reason, what: "The reason for the change") {
            problems.append(("reason", problem))
        }
        if let problem = RecordID.problem(entry.id) { problems.insert(("id", problem), at: 0) }
        if !holds { problems.append(("record", "does not hold a readable \(entry.kind.rawValue)")) }
        if let mismatch = entry.keptMismatch { problems.append(("record", mismatch)) }
        if let now { timeProblem { try EntryTimeRule.check(entry, now: now) }.map { problems.append($0) } }
        return problems
    }

    private static func timeProblem(_ check: () throws -> Void) -> (field: String, message: String)? {
        do { try check() } catch let error as FieldError { return (error.field, error.message) } catch {}
        return nil
    }
}

extension HistoryEntry {
    /// Whether the kept version decodes as the kind it says it is.
    var holdsItsKind: Bool {
        switch kind {
        case .person: (try? decode(Person.self)) != nil
        case .partner: (try? decode(Partner.self)) != nil
        case .contact: (try? decode(Contact.self)) != nil
        case .task: (try? decode(CareTask.self)) != nil
        case .escalation: (try? decode(Escalation.self)) != nil
        case .agreement: (try? decode(PartnershipAgreement.self)) != nil
        case .dayReview: (try? decode(DayReview.self)) != nil
        }
    }
}
