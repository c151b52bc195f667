import Foundation

/// Everything in a store, history included, as one document. Lists are sorted by id and keys
/// are sorted, so exporting, importing into an empty store and exporting again gives the same bytes.
public struct ExportDocument: Codable, Equatable, Sendable {
    public var format = "liaison-export"
    public var schemaVersion = LiaisonCore.exportVersion
    public var people: [Person] = []
    public var partners: [Partner] = []
    public var contacts: [Contact] = []
    public var tasks: [CareTask] = []
    public var escalations: [Escalation] = []
    public var agreements: [PartnershipAgreement] = []
    public var dayReviews: [DayReview] = []
    public var history: [HistoryEntry] = []
    /// Rows `export --salvage` found but could not read, kept as they are; absent otherwise.
    public var damaged: [DamagedRow]?

    public init() {}

    /// Pretty JSON, sorted keys, ISO-8601 dates; controls and invisible formatting as `\u` escapes.
    public func json() throws -> Data {
        var sorted = self
        sorted.sortByID()
        let json = String(decoding: try RecordCoding.exportEncoder.encode(sorted), as: UTF8.self)
        return Data(InertText.escapingJSON(json).utf8)
    }

    /// The document in `data`, checked whole; an `ImportRefusal` lists every problem found.
    public static func decode(_ data: Data) throws -> ExportDocument {
        try ImportReader.read(data)
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
}

/// A row of a damaged store as it was found: which table, its id, and its body as text (or, when
/// the body is not text at all, its bytes in base64), with why it could not be read.
public struct DamagedRow: Codable, Equatable, Sendable {
    public var table: String
    public var id: String
    public var problem: String
    public var body: String?
    public var bodyBase64: String?

    public init(table: String, id: String, problem: String, body: String? = nil, bodyBase64: String? = nil) {
        self.table = table
        self.id = id
        self.problem = problem
        self.body = body
        self.bodyBase64 = bodyBase64
    }
}
