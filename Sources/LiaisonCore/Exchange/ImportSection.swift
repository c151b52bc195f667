import Foundation

/// The lists of records an export holds, by the names the file gives them, each with the
/// table its records go to and the type they are read as.
enum ImportSection: String, CaseIterable, Sendable {
    // In the order a whole document is written into a store, so its rows are numbered as before.
    case people, partners, contacts, tasks, escalations, agreements, dayReviews, history

    var table: String {
        switch self {
        case .people: Person.table
        case .partners: Partner.table
        case .contacts: Contact.table
        case .tasks: CareTask.table
        case .escalations: Escalation.table
        case .agreements: PartnershipAgreement.table
        case .dayReviews: DayReview.table
        case .history: "history"
        }
    }

    /// The kind of record the section holds; history holds versions of every kind.
    var kind: RecordKind? {
        switch self {
        case .people: .person
        case .partners: .partner
        case .contacts: .contact
        case .tasks: .task
        case .escalations: .escalation
        case .agreements: .agreement
        case .dayReviews: .dayReview
        case .history: nil
        }
    }

    /// The section holding records of `kind`.
    static func holding(_ kind: RecordKind) -> ImportSection {
        allCases.first { $0.kind == kind }!
    }

    /// One record of this section from its bytes in the file, read strictly and checked on its own.
    func row(_ bytes: [UInt8], position: Int, _ context: ImportRow.Context) -> ImportRow {
        switch self {
        case .people: ImportRow.read(Person.self, bytes, self, position, context)
        case .partners: ImportRow.read(Partner.self, bytes, self, position, context)
        case .contacts: ImportRow.read(Contact.self, bytes, self, position, context)
        case .tasks: ImportRow.read(CareTask.self, bytes, self, position, context)
        case .escalations: ImportRow.read(Escalation.self, bytes, self, position, context)
        case .agreements: ImportRow.read(PartnershipAgreement.self, bytes, self, position, context)
        case .dayReviews: ImportRow.read(DayReview.self, bytes, self, position, context)
        case .history: ImportRow.read(HistoryEntry.self, bytes, self, position, context)
        }
    }
}
