/// An agency or professional in the directory (R2).
public struct Partner: LiaisonRecord {
    public static let kind = RecordKind.partner
    public var id: String
    public var name: String
    public var role: PartnerRole
    public var organisation: String?
    public var phone: String?
    public var email: String?
    public var audit: Audit

    public init(
        id: String = RecordID.make(), name: String, role: PartnerRole, organisation: String? = nil,
        phone: String? = nil, email: String? = nil, audit: Audit
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.organisation = organisation
        self.phone = phone
        self.email = email
        self.audit = audit
    }
}
