import Foundation

/// Everything in a store, history included, as one document. Lists are sorted by id and keys
/// are sorted, so exporting, importing into an empty store and exporting again gives the same bytes.
public struct ExportDocument: Codable, Equatable, Sendable {
    public var format = "liaison-export"
    public var schemaVersion = LiaisonCore.schemaVersion
    public var people: [Person] = []
    public var partners: [Partner] = []
    public var contacts: [Contact] = []
    public var tasks: [CareTask] = []
    public var escalations: [Escalation] = []
    public var agreements: [PartnershipAgreement] = []
    public var dayReviews: [DayReview] = []
    public var history: [HistoryEntry] = []

    public init() {}

    /// Pretty JSON, sorted keys, ISO-8601 dates.
    public func json() throws -> Data {
        var sorted = self
        sorted.sortByID()
        return try RecordCoding.exportEncoder.encode(sorted)
    }

    public static func decode(_ data: Data) throws -> ExportDocument {
        do {
            return try RecordCoding.exportDecoder.decode(ExportDocument.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw FieldError("file", "the export has no “\(key.stringValue)” at \(Self.describe(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw FieldError("file", "the export has an unexpected value at \(Self.describe(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            throw FieldError("file", "the file is not a Liaison export (\(context.debugDescription)) at \(Self.describe(context.codingPath))")
        }
    }

    mutating func sortByID() {
        people.sort { $0.id < $1.id }
        partners.sort { $0.id < $1.id }
        contacts.sort { $0.id < $1.id }
        tasks.sort { $0.id < $1.id }
        escalations.sort { $0.id < $1.id }
        agreements.sort { $0.id < $1.id }
        dayReviews.sort { $0.id < $1.id }
        history.sort { $0.id < $1.id }
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
