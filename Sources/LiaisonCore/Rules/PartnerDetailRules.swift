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
        // Digits of any script count: a number copied from a page written in full-width or
        // Arabic-Indic digits still rings.
        let digits = phone.unicodeScalars.filter { $0.properties.numericType == .decimal }.count
        guard digits < phoneDigits else { return nil }
        return "“\(phone)” has no number to ring in it: a phone number is its digits (words such as “ext 12” or “mobile” may go with them)"
    }

    /// Why `email` is not an address to write to, or nil: one "@" with a name before it and a
    /// domain after it that has a dot inside it, in the letters, digits and marks addresses are
    /// written in. A domain in other letters ("nhs.nеt" with a Cyrillic "е") is refused: it
    /// reads as a real one and is not, so letters about people could go to someone else.
    static func emailProblem(_ email: String) -> String? {
        if email.contains("<") || email.hasPrefix("mailto:") || email.contains(",") || email.contains(";") {
            return "“\(email)” is not one email address: write the address alone, as jones@surgery.nhs.uk"
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let name = parts.first ?? "", domain = parts.count == 2 ? parts[1] : ""
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let shaped = parts.count == 2 && !name.isEmpty && labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
            && name.unicodeScalars.allSatisfy { $0.isASCII && (isLetterOrDigit($0) || "._%+-'".unicodeScalars.contains($0)) }
            && domain.unicodeScalars.allSatisfy { $0.isASCII && (isLetterOrDigit($0) || $0 == "." || $0 == "-") }
        guard !shaped else { return nil }
        return "“\(email)” is not an email address: it is written name@place.domain in plain letters and digits, as jones@surgery.nhs.uk"
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
