import Foundation

/// How the partnership around one person works and what each side expects (R9).
public struct PartnershipAgreement: LiaisonRecord {
    public static let kind = RecordKind.agreement
    public var id: String
    public var personID: String
    public var primaryContact: String?
    public var chair: String?
    public var minutes: String?
    public var formalReports: String?
    public var routineRecords: String?
    public var informationSharing: String?
    public var starts: Date?
    public var ends: Date?
    public var proposedOutcomes: String?
    public var ourRole: String?
    public var theirRole: String?
    public var audit: Audit

    public init(
        id: String = RecordID.make(), personID: String, primaryContact: String? = nil, chair: String? = nil,
        minutes: String? = nil, formalReports: String? = nil, routineRecords: String? = nil,
        informationSharing: String? = nil, starts: Date? = nil, ends: Date? = nil,
        proposedOutcomes: String? = nil, ourRole: String? = nil, theirRole: String? = nil, audit: Audit
    ) {
        self.id = id
        self.personID = personID
        self.primaryContact = primaryContact
        self.chair = chair
        self.minutes = minutes
        self.formalReports = formalReports
        self.routineRecords = routineRecords
        self.informationSharing = informationSharing
        self.starts = starts
        self.ends = ends
        self.proposedOutcomes = proposedOutcomes
        self.ourRole = ourRole
        self.theirRole = theirRole
        self.audit = audit
    }
}
