import Foundation

/// What an import asks of each kind of record it reads: its id, the problems it has on its own
/// (`ImportCheck`), and the text search finds it by.
protocol ImportRecord: Codable, Sendable {
    var id: String { get }
    /// Every problem of this record by itself, as (field, message), and its row of the search index.
    func importCheck(_ context: ImportRow.Context) -> (problems: [(field: String, message: String)], search: ImportRow.SearchText?)
    /// The newest export version whose records can hold a field this one holds, and that field;
    /// nil for a record any version can hold. An export that says an older version was changed
    /// by hand (`ImportWriter.checkDeclared`).
    var newestField: (version: Int, field: String)? { get }
}

extension ImportRecord {
    var newestField: (version: Int, field: String)? { nil }
}

extension ImportRecord where Self: LiaisonRecord & RecordText {
    func importCheck(_ context: ImportRow.Context) -> (problems: [(field: String, message: String)], search: ImportRow.SearchText?) {
        (ImportCheck.problems(of: self, now: context.now), nil)
    }
}

extension Person: ImportRecord {}
extension Partner: ImportRecord {}
extension CareTask: ImportRecord {}
extension Escalation: ImportRecord {}
extension PartnershipAgreement: ImportRecord {}
extension DayReview: ImportRecord {
    /// One home's mark came with export version 4: before, every mark spoke for every home.
    var newestField: (version: Int, field: String)? { home == nil ? nil : (4, "home") }
}

extension Contact: ImportRecord {
    /// When a contact was corrected after its review came with export version 4.
    var newestField: (version: Int, field: String)? { correctedAt == nil ? nil : (4, "correctedAt") }

    func importCheck(_ context: ImportRow.Context) -> (problems: [(field: String, message: String)], search: ImportRow.SearchText?) {
        (ImportCheck.problems(of: self, now: context.now), searchText)
    }

    /// The contact's row of the search index.
    var searchText: ImportRow.SearchText {
        ImportRow.SearchText(summary: summary, advice: advice ?? "", contactID: id)
    }
}

extension HistoryEntry: ImportRecord {
    /// An earlier version of a contact stays searchable, as it was before the export.
    func importCheck(_ context: ImportRow.Context) -> (problems: [(field: String, message: String)], search: ImportRow.SearchText?) {
        let contact = kind == .contact ? try? decode(Contact.self) : nil
        let holds = kind == .contact ? contact != nil : holdsItsKind
        return (ImportCheck.problems(of: self, holdingItsKind: holds, now: context.now), contact?.searchText)
    }
}
