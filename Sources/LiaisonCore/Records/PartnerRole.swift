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

    /// How the role reads on screen.
    public var title: String {
        switch self {
        case .advocate: "Advocate"
        case .colleague: "Colleague"
        case .socialWorker: "Social worker"
        case .occupationalTherapist: "Occupational therapist"
        case .gp: "GP"
        case .districtNurse: "District nurse"
        case .communityNurse: "Community nurse"
        case .clinicalPsychiatrist: "Clinical psychiatrist"
        case .clinicalPsychologist: "Clinical psychologist"
        case .physiotherapist: "Physiotherapist"
        case .consultant: "Consultant"
        case .dietician: "Dietician"
        case .salt: "Speech and language therapist"
        case .dentist: "Dentist"
        case .volunteer: "Volunteer or community group"
        case .other: "Other"
        }
    }
}
