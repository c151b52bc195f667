extension Person {
    /// Whether someone of `name`, in `location` of `home`, going by `preferred` would show
    /// exactly as this person does, as staff type names and rooms (`NameKey`): every list,
    /// picker and report would read the two alike, so one person's records would pass for the
    /// other's. Rooms are a home's own: Room 9 of Elm House is not Room 9 of Rosewood.
    public func showsAlike(name: String, location: String?, preferred: String?, home: String?) -> Bool {
        alikeKey == Self.alikeKey(name: name, location: location, preferred: preferred, home: home)
    }

    /// What two people who would show alike share: their name, room and the name they go by,
    /// as staff type them, and their home, in any case as the settings read it.
    var alikeKey: [String] { Self.alikeKey(name: name, location: location, preferred: preferredName, home: home) }

    static func alikeKey(name: String, location: String?, preferred: String?, home: String?) -> [String] {
        [NameKey.of(name), NameKey.room(location ?? ""), NameKey.of(preferred ?? ""), NameKey.of(home ?? "")]
    }
}
