import Foundation
@testable import LiaisonCore

/// Where each value of an encoded record goes and what it is, learnt from the record's own
/// `Encodable` conformance rather than from anything the export knows: every `Date` by its coding
/// path, noted by an encoder's custom date strategy as the encoder meets it, every other value by
/// its place in the JSON the encoder writes.
enum LeafRecorder {
    /// What a value is, as far as the export's transcoder cares.
    enum Leaf: String, Equatable, Sendable {
        case text, date, integer, flag, fraction, null
    }

    /// The paths (`$.audit.createdAt`, `$.confirmation.chases[].at`) of every value in `record`.
    static func leaves(of record: any Encodable) throws -> [String: Leaf] {
        let dates = Paths()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { _, encoder in
            dates.add(path(encoder.codingPath))
            var container = encoder.singleValueContainer()
            try container.encode("a date")
        }
        let json = try JSONDecoder().decode(JSONValue.self, from: try encoder.encode(record))
        var leaves: [String: Leaf] = [:]
        walk(json, "$", &leaves)
        for date in dates.all { leaves[date] = .date }
        return leaves
    }

    /// A coding path as the export's shapes name it: keys after dots, any array element as `[]`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        "$" + codingPath.map { $0.intValue == nil ? "." + $0.stringValue : "[]" }.joined()
    }

    private static func walk(_ value: JSONValue, _ path: String, _ leaves: inout [String: Leaf]) {
        switch value {
        case .object(let fields): for (key, field) in fields { walk(field, path + "." + key, &leaves) }
        case .array(let items): for item in items { walk(item, path + "[]", &leaves) }
        case .string: leaves[path] = .text
        case .int: leaves[path] = .integer
        case .bool: leaves[path] = .flag
        case .double: leaves[path] = .fraction
        case .null: leaves[path] = .null
        }
    }

    /// The dates' paths, noted from the encoder's thread.
    private final class Paths: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []
        func add(_ path: String) { lock.withLock { paths.append(path) } }
        var all: [String] { lock.withLock { paths } }
    }
}
