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
        let name = try TextRules.required(name, field: "name", what: "The partner's name")
        let email = TextRules.cleaned(email)
        if let email, !email.contains("@") {
            throw FieldError("email", "“\(email)” is not an email address")
        }
        return Partner(
            name: name, role: role, organisation: TextRules.cleaned(organisation), phone: TextRules.cleaned(phone),
            email: email, audit: Audit(by: staff, at: now))
    }
}
