import Foundation

/// What a form or a command gives to add a partner (R2).
public struct PartnerDraft: Sendable {
    public var name: String
    public var role: PartnerRole
    public var organisation: String?
    public var phone: String?
    public var email: String?

    public init(name: String, role: PartnerRole, organisation: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.role = role
        self.organisation = organisation
        self.phone = phone
        self.email = email
    }

    func validated(by staff: String, at now: Date) throws -> Partner {
        let name = try TextRules.line(name, field: "name", what: "The partner's name", limit: TextRules.nameLimit)
        let email = try TextRules.cleanedLine(email, field: "email", what: "The email address")
        let phone = try TextRules.cleanedLine(phone, field: "phone", what: "The phone number")
        try PartnerDetailRules.check(phone: phone, email: email)
        return Partner(
            name: name, role: role,
            organisation: try TextRules.cleanedLine(organisation, field: "org", what: "The organisation"),
            phone: phone, email: email, audit: Audit(by: staff, at: now))
    }
}
