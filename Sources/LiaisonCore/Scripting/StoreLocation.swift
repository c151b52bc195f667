import Foundation

/// Where the store is and who is working, as DESIGN.md's command line says:
/// a flag, else an environment variable, else the default.
public enum StoreLocation {
    /// `--store`, else `$LIAISON_STORE`, else `$XDG_DATA_HOME/liaison/liaison.sqlite`
    /// (`~/.local/share/liaison/liaison.sqlite`).
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag = nonEmpty(flag) { return expand(flag, environment) }
        if let env = nonEmpty(environment["LIAISON_STORE"]) { return expand(env, environment) }
        return dataFolder(environment) + "/liaison.sqlite"
    }

    /// The demo's own file, so sample data never lands in the real store by accident.
    public static func resolveDemo(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag = nonEmpty(flag) { return expand(flag, environment) }
        return dataFolder(environment) + "/demo.sqlite"
    }

    /// `--as`, else `$LIAISON_STAFF`, else the login name.
    public static func staff(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag = nonEmpty(flag) { return flag }
        if let env = nonEmpty(environment["LIAISON_STAFF"]) { return env }
        if let user = nonEmpty(environment["USER"]) ?? nonEmpty(environment["LOGNAME"]) { return user }
        return NSUserName()
    }

    static func dataFolder(_ environment: [String: String]) -> String {
        let base = nonEmpty(environment["XDG_DATA_HOME"]) ?? ((nonEmpty(environment["HOME"]) ?? NSHomeDirectory()) + "/.local/share")
        return expand(base, environment) + "/liaison"
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        guard text.hasVisibleASCIIEnds || !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }

    /// `~` and `~user` at the start made a home folder; any other path is left as it is, as
    /// Foundation leaves it, without waking Foundation's path handling on every start. `~` alone
    /// is `$HOME`, as a shell reads it (a quoted "~/care.sqlite" reaches us unexpanded), and the
    /// password file's home only without one.
    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path.utf8.first == UInt8(ascii: "~") else { return path }
        if path == "~" || path.hasPrefix("~/"), let home = nonEmpty(environment["HOME"]) {
            return (home.hasSuffix("/") && path.count > 1 ? String(home.dropLast()) : home) + path.dropFirst()
        }
        return (path as NSString).expandingTildeInPath
    }
}
