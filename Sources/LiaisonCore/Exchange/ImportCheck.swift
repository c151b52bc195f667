import Foundation

/// The checks an export must pass as a whole before it is imported: each record's text as a form
/// would check it, ids that are unique, references that resolve within the file, and history
/// that belongs to a record of its kind and comes before that record's current version.
enum ImportCheck {
    /// - Parameter positions: for each section, where each record of the document stood in the
    ///   file, when records that could not be read were left out; so `contacts[5]` is the sixth
    ///   contact of the file, not of what was read.
    ///   - now: when given, nothing in the file may have happened after it (`EntryTimeRule`).
    static func problems(in doc: ExportDocument, positions: [String: [Int]] = [:], now: Date? = nil) -> [ImportProblem] {
        func label(_ section: String, _ index: Int, id: String?) -> String {
            Self.label(section, positions[section].map { index < $0.count ? $0[index] : index } ?? index, id: id)
        }
        var problems: [ImportProblem] = []
        text(doc.people, "people", label, &problems)
        text(doc.partners, "partners", label, &problems)
        text(doc.contacts, "contacts", label, &problems)
        text(doc.tasks, "tasks", label, &problems)
        text(doc.escalations, "escalations", label, &problems)
        text(doc.agreements, "agreements", label, &problems)
        text(doc.dayReviews, "dayReviews", label, &problems)

        let people = Set(doc.people.map(\.id)), partners = Set(doc.partners.map(\.id))
        func person(_ id: String?, _ label: String, _ field: String) {
            if let id, !people.contains(id) { problems.append(.init(record: label, field: field, message: "names person \(id), who is not in the file")) }
        }
        func partner(_ id: String?, _ label: String, _ field: String) {
            if let id, !partners.contains(id) { problems.append(.init(record: label, field: field, message: "names partner \(id), who is not in the file")) }
        }
        for (n, c) in doc.contacts.enumerated() {
            person(c.personID, label("contacts", n, id: c.id), "personID")
            partner(c.partnerID, label("contacts", n, id: c.id), "partnerID")
        }
        for (n, t) in doc.tasks.enumerated() {
            person(t.personID, label("tasks", n, id: t.id), "personID")
            partner(t.partnerID, label("tasks", n, id: t.id), "partnerID")
        }
        for (n, e) in doc.escalations.enumerated() {
            person(e.personID, label("escalations", n, id: e.id), "personID")
            partner(e.partnerID, label("escalations", n, id: e.id), "partnerID")
        }
        for (n, a) in doc.agreements.enumerated() { person(a.personID, label("agreements", n, id: a.id), "personID") }

        duplicates(doc.people.map(\.id), "people", label, &problems)
        duplicates(doc.partners.map(\.id), "partners", label, &problems)
        duplicates(doc.contacts.map(\.id), "contacts", label, &problems)
        duplicates(doc.tasks.map(\.id), "tasks", label, &problems)
        duplicates(doc.escalations.map(\.id), "escalations", label, &problems)
        duplicates(doc.agreements.map(\.id), "agreements", label, &problems)
        duplicates(doc.dayReviews.map(\.id), "dayReviews", label, &problems)
        duplicates(doc.history.map(\.id), "history", label, &problems)
        problems += history(doc, label)
        if let now { problems += times(doc, now: now, label) }
        return problems
    }

    /// The first moment of each record that lies after `now`, as `EntryTimeRule` words it.
    private static func times(_ doc: ExportDocument, now: Date, _ label: Label) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        func check<R: LiaisonRecord>(_ records: [R], _ section: String) {
            for (n, record) in records.enumerated() {
                do { try EntryTimeRule.check(record, now: now) } catch let error as FieldError {
                    problems.append(.init(record: label(section, n, record.id), field: error.field, message: error.message))
                } catch {}
            }
        }
        check(doc.people, "people"); check(doc.partners, "partners"); check(doc.contacts, "contacts")
        check(doc.tasks, "tasks"); check(doc.escalations, "escalations"); check(doc.agreements, "agreements")
        check(doc.dayReviews, "dayReviews")
        for (n, entry) in doc.history.enumerated() {
            do { try EntryTimeRule.check(entry, now: now) } catch let error as FieldError {
                problems.append(.init(record: label("history", n, entry.id), field: error.field, message: error.message))
            } catch {}
        }
        return problems
    }

    /// `contacts[3] (id 9f2c…)`: where the record is in the file, and its id when it has one.
    static func label(_ section: String, _ index: Int, id: String?) -> String {
        "\(section)[\(index)]" + (id.map { " (id \($0))" } ?? "")
    }

    typealias Label = (String, Int, String?) -> String

    private static func text<R: RecordText & Identifiable>(
        _ records: [R], _ section: String, _ label: Label, _ problems: inout [ImportProblem]
    ) where R.ID == String {
        for (n, record) in records.enumerated() {
            for problem in record.textProblems {
                problems.append(.init(record: label(section, n, record.id), field: problem.field, message: problem.message))
            }
        }
    }

    private static func duplicates(_ ids: [String], _ section: String, _ label: Label, _ problems: inout [ImportProblem]) {
        var seen: [String: Int] = [:]
        for (n, id) in ids.enumerated() {
            if let first = seen[id] {
                problems.append(.init(record: label(section, n, id), field: "id", message: "the same id as \(label(section, first, nil)); each record needs its own"))
            } else {
                seen[id] = n
            }
        }
    }

    /// Each history entry belongs to a record of its kind in the file, holds that kind of
    /// record, and is an earlier version than the record's own; no version appears twice.
    private static func history(_ doc: ExportDocument, _ label: Label) -> [ImportProblem] {
        var versions: [RecordKind: [String: Int]] = [:]
        func index<R: LiaisonRecord>(_ records: [R]) { versions[R.kind] = Dictionary(records.map { ($0.id, $0.audit.version) }, uniquingKeysWith: max) }
        index(doc.people); index(doc.partners); index(doc.contacts); index(doc.tasks)
        index(doc.escalations); index(doc.agreements); index(doc.dayReviews)
        var problems: [ImportProblem] = []
        var seen: Set<String> = []
        for (n, entry) in doc.history.enumerated() {
            let where_ = label("history", n, entry.id)
            if let problem = TextRules.lineProblem(entry.amendedBy, what: "Who amended it", limit: TextRules.nameLimit) {
                problems.append(.init(record: where_, field: "amendedBy", message: problem))
            }
            if let problem = TextRules.textProblem(entry.reason, what: "The reason for the change") {
                problems.append(.init(record: where_, field: "reason", message: problem))
            }
            guard let current = versions[entry.kind]?[entry.recordID] else {
                problems.append(.init(record: where_, field: "recordID", message: "belongs to \(entry.kind.rawValue) \(entry.recordID), which is not in the file"))
                continue
            }
            if entry.version < 1 || entry.version >= current {
                problems.append(.init(record: where_, field: "version", message: "version \(entry.version) is not earlier than the record's own version \(current)"))
            }
            if !seen.insert("\(entry.recordID)#\(entry.version)").inserted {
                problems.append(.init(record: where_, field: "version", message: "version \(entry.version) of \(entry.recordID) appears twice"))
            }
            if !entry.holdsItsKind {
                problems.append(.init(record: where_, field: "record", message: "does not hold a readable \(entry.kind.rawValue)"))
            }
        }
        return problems
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
