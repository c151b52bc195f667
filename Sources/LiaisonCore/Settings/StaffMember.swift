/// Someone on the service's staff list, so a manager is picked rather than typed: "Ruth Okafor"
/// and "Ruth Okafor (registered manager)" are then one person, not two.
public struct StaffMember: Codable, Equatable, Hashable, Sendable {
    public enum Role: String, Codable, CaseIterable, Sendable {
        case registeredManager = "registered-manager"
        case manager
        case shiftLead = "shift-lead"
        case carer
    }

    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    /// Managers and the registered manager: who escalations are referred to (R10).
    public var isManager: Bool { role == .manager || role == .registeredManager }
}
