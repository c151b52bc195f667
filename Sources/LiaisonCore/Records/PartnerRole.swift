/// The roles of partners the policy names (R2), with their command-line spelling as raw value.
public enum PartnerRole: String, Codable, CaseIterable, Sendable {
    case advocate
    case colleague
    case socialWorker = "social-worker"
    case occupationalTherapist = "occupational-therapist"
    case gp
    case districtNurse = "district-nurse"
    case communityNurse = "community-nurse"
    case clinicalPsychiatrist = "clinical-psychiatrist"
    case clinicalPsychologist = "clinical-psychologist"
    case physiotherapist
    case consultant
    case dietician
    case salt
    case dentist
    case volunteer
    case other

    /// How the role reads on screen and in reports, in full.
    public var title: String { words.title }

    /// The role in full and in the few words a care team uses on a whiteboard.
    public var words: Wording {
        switch self {
        case .advocate: Wording(title: "Advocate", short: "Advocate")
        case .colleague: Wording(title: "Colleague", short: "Colleague")
        case .socialWorker: Wording(title: "Social worker", short: "Social worker")
        case .occupationalTherapist: Wording(title: "Occupational therapist", short: "OT")
        case .gp: Wording(title: "GP", short: "GP")
        case .districtNurse: Wording(title: "District nurse", short: "District nurse")
        case .communityNurse: Wording(title: "Community nurse", short: "Community nurse")
        case .clinicalPsychiatrist: Wording(title: "Clinical psychiatrist", short: "Psychiatrist")
        case .clinicalPsychologist: Wording(title: "Clinical psychologist", short: "Psychologist")
        case .physiotherapist: Wording(title: "Physiotherapist", short: "Physiotherapist")
        case .consultant: Wording(title: "Consultant", short: "Consultant")
        case .dietician: Wording(title: "Dietician", short: "Dietician")
        case .salt: Wording(title: "Speech and language therapist", short: "SALT")
        case .dentist: Wording(title: "Dentist", short: "Dentist")
        case .volunteer: Wording(title: "Volunteer or community group", short: "Community group")
        case .other: Wording(title: "Other", short: "Other")
        }
    }
}
