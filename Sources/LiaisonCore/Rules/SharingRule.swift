/// R3: we may share information about a person only on a valid recorded basis, or under a
/// best-interests or safeguarding exception that says why.
public enum SharingRule {
    /// The exception to keep with the contact, or a refusal a care worker can act on.
    public static func check(person: Person, sharedByUs: Bool, exception: SharingException?) throws -> SharingException? {
        guard sharedByUs else {
            if exception != nil {
                throw FieldError("exception", "an exception is only recorded when we shared information; add --shared or leave it out")
            }
            return nil
        }
        if let exception {
            _ = try TextRules.required(exception.reason, field: "reason", what: "The reason for the \(exception.kind.rawValue) exception")
            return SharingException(kind: exception.kind, reason: exception.reason.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard person.basis.allowsSharing else {
            let state = person.basis.kind == .withdrawn ? "has withdrawn consent" : "has no sharing basis recorded"
            throw FieldError(
                "shared",
                "\(person.name) \(state), so information about them cannot be shared. "
                    + "If it was in their best interests or for safeguarding, record that exception and why"
            )
        }
        return nil
    }
}
