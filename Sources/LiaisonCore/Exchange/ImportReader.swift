import Foundation

/// Reads an export for `liaison import`, checking all of it before anything is written.
///
/// The file is read record by record, so one bad record is named on its own instead of ending the
/// read, and every problem in the file is listed in one run: a date that does not exist (30
/// February is refused, not rolled into March), a field missing or of the wrong kind, text a
/// form would have refused, a duplicate id, a reference to a record that is not in the file,
/// history that does not fit its record. Swift's own error descriptions never reach the user.
enum ImportReader {
    /// The sections of an export, as the file names them.
    static let sections = ["people", "partners", "contacts", "tasks", "escalations", "agreements", "dayReviews", "history"]

    /// - Parameter now: when given, nothing in the file may have happened after it (`EntryTimeRule`).
    static func read(_ data: Data, now: Date? = nil) throws -> ExportDocument {
        var problems: [ImportProblem] = []
        func fileProblem(_ message: String) { problems.append(ImportProblem(record: "the file", field: "", message: message)) }
        guard let top = try? JSONDecoder().decode(JSONValue.self, from: data), case .object(let fields) = top else {
            throw ImportRefusal(problems: [ImportProblem(
                record: "the file", field: "", message: "it is not a Liaison export: it is not a JSON object (was it written by `liaison export --format json`?)")])
        }
        if case .string(let format)? = fields["format"], format == "liaison-export" {} else {
            fileProblem("it is not a Liaison export: its “format” is not “liaison-export”")
        }
        switch fields["schemaVersion"] {
        case .int(let version)? where version > LiaisonCore.schemaVersion:
            fileProblem("it comes from a newer version of Liaison (version \(version)); update Liaison first")
        case .int(let version)? where version >= 1: break
        default: fileProblem("its “schemaVersion” is missing or not a version number")
        }
        if case .array(let rows)? = fields["damaged"], !rows.isEmpty {
            fileProblem("it is a salvage holding \(rows.count) damaged row(s) under “damaged”; repair or remove them, then import again")
        }
        guard problems.isEmpty else { throw ImportRefusal(problems: problems) }

        var doc = ExportDocument()
        var positions: [String: [Int]] = [:]
        doc.people = decodeSection("people", fields, &problems, &positions)
        doc.partners = decodeSection("partners", fields, &problems, &positions)
        doc.contacts = decodeSection("contacts", fields, &problems, &positions)
        doc.tasks = decodeSection("tasks", fields, &problems, &positions)
        doc.escalations = decodeSection("escalations", fields, &problems, &positions)
        doc.agreements = decodeSection("agreements", fields, &problems, &positions)
        doc.dayReviews = decodeSection("dayReviews", fields, &problems, &positions)
        doc.history = decodeSection("history", fields, &problems, &positions)
        problems += ImportCheck.problems(in: doc, positions: positions, now: now)
        guard problems.isEmpty else { throw ImportRefusal(problems: problems) }
        return doc
    }

    /// Every record of one section that decodes; a problem for each that does not.
    private static func decodeSection<R: Decodable & Identifiable>(
        _ name: String, _ fields: [String: JSONValue], _ problems: inout [ImportProblem], _ positions: inout [String: [Int]]
    ) -> [R] where R.ID == String {
        guard let value = fields[name] else { return [] }
        guard case .array(let rows) = value else {
            problems.append(ImportProblem(record: "the file", field: name, message: "must be a list of records"))
            return []
        }
        let encoder = JSONEncoder()
        let decoder = strictDecoder
        var records: [R] = []
        for (n, row) in rows.enumerated() {
            let label = ImportCheck.label(name, n, id: row.idValue)
            do {
                records.append(try decoder.decode(R.self, from: try encoder.encode(row)))
                positions[name, default: []].append(n)
            } catch let error as DecodingError {
                problems.append(describe(error, record: label, row: row))
            } catch {
                problems.append(ImportProblem(record: label, field: "", message: "the record cannot be read"))
            }
        }
        return records
    }

    /// The export's decoder, with dates that must exist: `2026-02-30T10:00:00Z` is refused.
    static var strictDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = StrictDate.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: StrictDate.marker + "“\(text)” is not a real date and time written like 2026-11-20T09:30:00Z")
            }
            return date
        }
        return decoder
    }

    /// A decoding failure in plain words, with the field's path and, where it helps, its value.
    static func describe(_ error: DecodingError, record: String, row: JSONValue) -> ImportProblem {
        func path(_ keys: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            (keys + (last.map { [$0] } ?? [])).enumerated().map { n, key in
                key.intValue.map { "[\($0)]" } ?? ((n == 0 ? "" : ".") + key.stringValue)
            }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ImportProblem(record: record, field: path(context.codingPath, key), message: "is missing")
        case .valueNotFound(_, let context):
            return ImportProblem(record: record, field: path(context.codingPath), message: "is empty but must have a value")
        case .typeMismatch(let type, let context):
            return ImportProblem(record: record, field: path(context.codingPath), message: "should be \(kindName(type))")
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            if context.debugDescription.hasPrefix(StrictDate.marker) {
                return ImportProblem(record: record, field: field, message: String(context.debugDescription.dropFirst(StrictDate.marker.count)))
            }
            if case .string(let value)? = row.value(at: context.codingPath) {
                return ImportProblem(record: record, field: field, message: "“\(value)” is not a value Liaison knows here")
            }
            return ImportProblem(record: record, field: field, message: "has a value Liaison does not know here")
        @unknown default:
            return ImportProblem(record: record, field: "", message: "the record cannot be read")
        }
    }

    private static func kindName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is Date.Type: "a date and time"
        default: "a different kind of value (a list or a group of fields)"
        }
    }
}

extension JSONValue {
    /// The record's `id`, when it has one written as text.
    var idValue: String? {
        if case .object(let fields) = self, case .string(let id)? = fields["id"] { return id }
        return nil
    }

    /// The value at a decoding path, for naming what was found there.
    func value(at path: [any CodingKey]) -> JSONValue? {
        var current: JSONValue? = self
        for key in path {
            switch current {
            case .object(let fields)?: current = fields[key.stringValue]
            case .array(let items)?: current = key.intValue.flatMap { $0 < items.count ? items[$0] : nil }
            default: return nil
            }
        }
        return current
    }
}
