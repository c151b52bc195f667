/// How a contact or partnership is classified on the policy's four axes (R4).
public struct PartnershipNature: Codable, Equatable, Hashable, Sendable {
    public enum Level: String, Codable, CaseIterable, Sendable { case low, high }
    /// Inter-agency means colleagues in our own organisation.
    public enum Agencies: String, Codable, CaseIterable, Sendable { case interAgency = "inter-agency", single, multi }
    public enum Formality: String, Codable, CaseIterable, Sendable { case informal, formal }
    /// Direct when the person or their carer is involved.
    public enum Involvement: String, Codable, CaseIterable, Sendable { case direct, indirect }

    public var level: Level
    public var agencies: Agencies
    public var formality: Formality
    public var involvement: Involvement

    public init(level: Level = .low, agencies: Agencies = .single, formality: Formality = .informal, involvement: Involvement = .indirect) {
        self.level = level
        self.agencies = agencies
        self.formality = formality
        self.involvement = involvement
    }
}
