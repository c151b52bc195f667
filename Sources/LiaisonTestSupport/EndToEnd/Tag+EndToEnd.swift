import Testing

extension Tag {
    /// The suites that drive the built binary (as a process, or in tmux): minutes, where the rest
    /// take seconds. `swift test --skip tag:endToEnd` runs the fast ones alone; see README.md.
    @Tag public static var endToEnd: Self
}
