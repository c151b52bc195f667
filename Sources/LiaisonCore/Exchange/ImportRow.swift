import Foundation

/// One record of an export made ready for the store and checked on its own: where it stands in
/// the file, the row to write when it could be read, the text search finds it by, and every
/// problem it has by itself. Made on any thread; written in file order by `ImportWriter`.
struct ImportRow: Sendable {
    var section: ImportSection
    var position: Int
    /// The id and body as the store keeps them; nil when the record could not be read.
    var stored: Stored?
    /// A row of the search index: a contact's text, or the text of an earlier version of one.
    var search: SearchText?
    var problems: [ImportProblem] = []
    /// The newest export version a field of the record came with (`ImportRecord.newestField`),
    /// with the record's label and the field.
    var newestField: (version: Int, label: String, field: String)?

    struct Stored: Sendable {
        var id: String
        var body: String
    }

    struct SearchText: Sendable {
        var summary: String
        var advice: String
        var contactID: String
    }

    /// What making rows needs, one per thread: coders are not shared between threads.
    struct Context {
        /// The export's decoder, with dates that must exist.
        let strict = ImportReader.strictDecoder
        /// The store's own coding of a body.
        let encoder = RecordCoding.encoder
        /// When given, nothing in the file may have happened after it (`EntryTimeRule`).
        let now: Date?
    }

    /// `contacts[3] (id 9f2c…)`.
    static func label(_ section: ImportSection, _ position: Int, id: String?) -> String {
        ImportCheck.label(section.rawValue, position, id: id)
    }

    /// A record read from its bytes in the file; when it cannot be read, a problem in plain words
    /// saying which field and why, instead of a row.
    static func read<R: ImportRecord>(
        _ type: R.Type, _ bytes: [UInt8], _ section: ImportSection, _ position: Int, _ context: Context
    ) -> ImportRow {
        do {
            var row = make(try context.strict.decode(R.self, from: Data(bytes)), section, position, context)
            if let stored = row.stored, let field = FieldsKept.firstDropped(from: bytes, keptAs: stored.body) {
                row.problems.append(ImportProblem(
                    record: label(section, position, id: stored.id), field: field,
                    message: "is not a field Liaison knows, so what it holds would be lost; spell it as an export writes it, or remove it"))
            }
            return row
        } catch {
            // Only a record that fails is read a second time, as a tree, to name what is wrong with it.
            let tree = try? JSONValue.decodeFragment(bytes)
            let label = label(section, position, id: tree?.idValue)
            let problem: ImportProblem
            switch (error as? DecodingError, tree) {
            case (_, nil):
                problem = ImportProblem(record: label, field: "", message: "is not valid JSON; the file is damaged here")
            case (let error?, let tree?):
                problem = ImportReader.describe(error, record: label, row: tree)
            default:
                problem = ImportProblem(record: label, field: "", message: "the record cannot be read")
            }
            return ImportRow(section: section, position: position, problems: [problem])
        }
    }

    /// A record that has been read, as the store keeps it, with its own problems.
    static func make<R: ImportRecord>(_ record: R, _ section: ImportSection, _ position: Int, _ context: Context) -> ImportRow {
        let label = label(section, position, id: record.id)
        guard let body = try? context.encoder.encode(record) else {
            return ImportRow(section: section, position: position, problems: [ImportProblem(record: label, field: "", message: "the record cannot be read")])
        }
        let (problems, search) = record.importCheck(context)
        return ImportRow(
            section: section, position: position, stored: Stored(id: record.id, body: String(decoding: body, as: UTF8.self)),
            search: search, problems: problems.map { ImportProblem(record: label, field: $0.field, message: $0.message) },
            newestField: record.newestField.map { ($0.version, label, $0.field) })
    }
}
