/// What a partner's phone number and email address must look like to be of use (R2: staff can
/// reach the partner again). Only their shape is asked: "call reception" or "jones@" saved as a
/// way to reach a GP is found wanting mid-call, when someone dials or writes to it.
enum PartnerDetailRules {
    /// Refuses a phone number or email address that cannot be used, beside its field; one the
    /// same as `stored`'s is let be.
    static func check(phone: String?, email: String?, unlessAsIn stored: Partner? = nil) throws {
        if let email, email != stored?.email, let problem = emailProblem(email) { throw FieldError("email", problem) }
        if let phone, phone != stored?.phone, let problem = phoneProblem(phone) { throw FieldError("phone", problem) }
    }

    /// Digits a phone number has at least: an internal extension has three or four, a UK
    /// number ten or eleven.
    static let phoneDigits = 3

    /// Why `phone` is not a number to ring, or nil. Words may go with the digits ("ext 2201",
    /// "01632 960123 (mobile)"); words alone are a note, not a number.
    static func phoneProblem(_ phone: String) -> String? {
        let digits = phone.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        guard digits < phoneDigits else { return nil }
        return "“\(phone)” has no number to ring in it: a phone number is its digits (words such as “ext 12” or “mobile” may go with them)"
    }

    /// Why `email` is not an address to write to, or nil: one "@" with a name before it and a
    /// domain after it that has a dot inside it, and no spaces.
    static func emailProblem(_ email: String) -> String? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let domain = parts.count == 2 ? parts[1] : ""
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let shaped = parts.count == 2 && !parts[0].isEmpty && labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
            && !email.contains { $0.isWhitespace }
        guard !shaped else { return nil }
        return "“\(email)” is not an email address: it is written name@place.domain, as jones@surgery.nhs.uk"
    }
}
