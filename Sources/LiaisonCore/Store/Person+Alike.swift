extension Person {
    /// Whether someone of `name`, in `location`, going by `preferred` would show exactly as this
    /// person does, as staff type names and rooms (`NameKey`): every list, picker and report
    /// would read the two alike, so one person's records would pass for the other's.
    public func showsAlike(name: String, location: String?, preferred: String?) -> Bool {
        alikeKey == Self.alikeKey(name: name, location: location, preferred: preferred)
    }

    /// What two people who would show alike share: their name, room and the name they go by,
    /// as staff type them.
    var alikeKey: [String] { Self.alikeKey(name: name, location: location, preferred: preferredName) }

    static func alikeKey(name: String, location: String?, preferred: String?) -> [String] {
        [NameKey.of(name), NameKey.room(location ?? ""), NameKey.of(preferred ?? "")]
    }
}
