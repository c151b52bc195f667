import Foundation

/// Reads an export for `liaison import`, checking all of it before anything is committed.
///
/// The file is read as it comes, a piece at a time (`ExportScanner`), and record by record, so
/// memory does not grow with the file, one bad record is named on its own instead of ending the
/// read, and every problem in the file is listed in one run: a date that does not exist (30
/// February is refused, not rolled into March), a field missing or of the wrong kind, text a
/// form would have refused, a duplicate id, a reference to a record that is not in the file,
/// history that does not fit its record. Records are written as they are read, inside the
/// caller's transaction, and the checks that span records are SQLite's over what was written
/// (`ImportWriter`); any problem refuses the whole file, and the caller rolls back. A problem
/// with the file itself (not an export, cut short, from a newer Liaison, a salvage with damaged
/// rows) is listed alone, since its records' problems would only follow from it. Swift's own
/// error descriptions never reach the user.
enum ImportReader {
    /// Reads `source` into `writer`; returns when the file may be committed, else throws an
    /// `ImportRefusal` listing its problems.
    /// - Parameter now: when given, nothing in the file may have happened after it (`EntryTimeRule`).
    static func read(_ source: ByteSource, into writer: ImportWriter, now: Date?) throws {
        let reading = ImportReading(writer: writer, now: now)
        var scanner = ExportScanner(keeping: Set(ImportSection.allCases.map(\.rawValue)))
        do {
            while let piece = try source.next() {
                try scanner.feed(piece) { try reading.take($0) }
            }
            try scanner.finish()
        } catch let failure as ExportScanner.Failure {
            reading.fileProblem(failure.message)
            throw reading.fileProblems.refusal
        }
        try reading.finish()
        guard reading.fileProblems.isEmpty else { throw reading.fileProblems.refusal }
        try writer.finish()
    }

    /// The document in `data`, checked whole as an import into an empty store checks it.
    /// - Parameter now: when given, nothing in the file may have happened after it (`EntryTimeRule`).
    static func read(_ data: Data, now: Date? = nil) throws -> ExportDocument {
        try StoreDatabase.inMemory().write { db in
            try read(ByteSource(data), into: ImportWriter(db), now: now)
            return try Store.document(db)
        }
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
    /// Any JSON value on its own, a bare string or number included.
    static func decodeFragment(_ bytes: [UInt8]) throws -> JSONValue {
        let values = try JSONDecoder().decode([JSONValue].self, from: Data([Byte.openBracket] + bytes + [Byte.closeBracket]))
        guard values.count == 1 else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not one value")) }
        return values[0]
    }

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
