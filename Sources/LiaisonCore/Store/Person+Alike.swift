extension Person {
    /// Whether someone of `name`, in `location`, going by `preferred` would show exactly as this
    /// person does, as staff type names and rooms (`NameKey`): every list, picker and report would read
    /// the two alike, so one person's records would pass for the other's.
    public func showsAlike(name: String, location: String?, preferred: String?) -> Bool {
        NameKey.of(self.name) == NameKey.of(name) && NameKey.room(self.location ?? "") == NameKey.room(location ?? "")
            && NameKey.of(preferredName ?? "") == NameKey.of(preferred ?? "")
    }
}
