/// Someone on the service's staff list, so a manager is picked rather than typed: "Ruth Okafor"
/// and "Ruth Okafor (registered manager)" are then one person, not two.
public struct StaffMember: Codable, Equatable, Hashable, Sendable {
    public enum Role: String, Codable, CaseIterable, Sendable {
        case registeredManager = "registered-manager"
        case manager
        case shiftLead = "shift-lead"
        case carer

        /// The role in words, as a sentence or a list names it.
        public var title: String {
            switch self {
            case .registeredManager: "registered manager"
            case .manager: "manager"
            case .shiftLead: "shift lead"
            case .carer: "care worker"
            }
        }
    }

    public var name: String
    public var role: Role
    /// The ids of the homes they work in, in a group of homes; nil when the list does not say
    /// (every home, as in a service of one).
    public var homes: [String]? = nil

    public init(name: String, role: Role, homes: [String]? = nil) {
        self.name = name
        self.role = role
        self.homes = homes
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, role, homes }

    /// As the settings file lists them, read strictly (`SettingsReading`): a name is one line, as
    /// every name typed is, since it is shown wherever an owner or manager is; a role is one of
    /// the four; a misspelt "home" is refused rather than read as working in every home.
    public init(from decoder: any Decoder) throws {
        try SettingsReading.refuseUnknownKeys(in: decoder, CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name).trimmingCharacters(in: .whitespaces)
        if let problem = TextRules.lineProblem(name, what: "The name", limit: TextRules.nameLimit) {
            throw DecodingError.dataCorruptedError(forKey: .name, in: c, debugDescription: problem)
        }
        guard let role = try SettingsReading.choice(Role.self, forKey: .role, in: c) else {
            throw DecodingError.keyNotFound(CodingKeys.role, .init(codingPath: c.codingPath, debugDescription: "no role"))
        }
        self.init(name: name, role: role, homes: try c.decodeIfPresent([String].self, forKey: .homes))
    }

    /// Whether they work in `home`: a member whose homes are not listed works in all of them.
    public func worksIn(_ home: Home) -> Bool { homes.map { $0.contains(home.id) } ?? true }

    /// Whether `name` is this member's, as staff type it (`NameKey`): case, accents, letters with
    /// a stroke and runs of spaces aside ("amara  okafor", "Zoe" for "Zoë", "Lukasz" for
    /// "Łukasz"). Every check of who someone is on the list uses it.
    public func isNamed(_ name: String) -> Bool {
        NameKey.of(self.name) == NameKey.of(name)
    }

    /// Managers and the registered manager: who escalations are referred to (R10).
    public var isManager: Bool { role == .manager || role == .registeredManager }
}
