/// What `liaison check` says about a staff list that reads but cannot work: not damage (the
/// store passes), but a rule that will refuse every attempt until the list is put right.
public enum StaffListCheck {
    /// A sentence when the list names staff but no manager: every escalation needs a manager
    /// from it (R10), so none could be raised or resolved.
    public static func warnings(_ staff: [StaffMember]) -> [String] {
        guard !staff.isEmpty, !staff.contains(where: \.isManager) else { return [] }
        return ["the staff list in the settings names no manager or registered manager: every escalation needs a manager "
            + "from it, so none can be raised or resolved until one is listed"]
    }
}
