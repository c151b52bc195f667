import Testing

extension Tag {
    /// The suites that drive the built binary (as a process, or in tmux): minutes, where the rest
    /// take one. Swift Testing 6.3's `swift test` cannot yet filter by tag (`--skip tag:endToEnd`
    /// comes with ST-0025), so README.md gives `swift test --skip EndToEndTests`; the tag is for
    /// Xcode's test plans and that later flag.
    @Tag public static var endToEnd: Self
}
