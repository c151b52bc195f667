import Foundation

/// Reads a choice typed on the command line (`gp`, `best-interests`), refusing anything else
/// with the list of what is allowed.
public enum ChoiceInput {
    public static func parse<E: RawRepresentable & CaseIterable>(_ text: String, field: String, as type: E.Type = E.self) throws -> E
    where E.RawValue == String {
        let wanted = text.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        if let value = E(rawValue: wanted) { return value }
        let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldError(field, "“\(text)” is not one of: \(allowed)")
    }

    /// Partner roles also accept the policy's longer names, with spaces or hyphens ("speech and
    /// language therapist"), and whatever the forms read (`PartnerRole.read`: "district nurse",
    /// "speech"), whose refusal says which roles an ambiguous word fits.
    public static func role(_ text: String, field: String = "role") throws -> PartnerRole {
        let aliases: [String: PartnerRole] = [
            "speech-and-language-therapist": .salt, "speech-therapist": .salt, "ot": .occupationalTherapist,
            "physio": .physiotherapist, "psychiatrist": .clinicalPsychiatrist, "psychologist": .clinicalPsychologist,
            "community-group": .volunteer, "volunteer-group": .volunteer, "colleagues": .colleague, "dietitian": .dietician,
        ]
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
        if let role = aliases[key] ?? PartnerRole(rawValue: key) { return role }
        return try PartnerRole.read(text, field: field)
    }
}
