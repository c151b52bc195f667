extension Store {
    /// A note for records made under a name the service's staff list does not hold (R5, R11:
    /// every record says who made it): "Sam Led" for Sam Lead, or a made-up name, would stand
    /// in the history for good. Nil for a listed name, or a service that keeps no list.
    ///
    /// A note, not a refusal: an agency worker not yet listed must still be able to record a
    /// GP's advice mid-call. Reviews and owners, which claim more, are refused instead.
    public var unlistedStaffNotice: String? {
        guard !staffList.isEmpty, !staffList.contains(where: { $0.isNamed(staff) }) else { return nil }
        let likely = NameSuggestions.likely(staff, among: staffList.map(\.name))
        let meant = likely.isEmpty ? "" : " (did you mean \(likely.joined(separator: " or "))?)"
        return "“\(staff)” is not on the service's staff list\(meant), and what you record says they made it; "
            + "if that is a slip, give your name as the list has it (--as), or ask a manager to add you"
    }
}
