import Foundation

/// Everything a `liaison` under test sees of its surroundings, built from nothing rather than
/// copied from whoever runs `swift test`: a private HOME and XDG folders, a fixed "now" and
/// time zone, and none of the caller's `LIAISON_*`. A developer with `LIAISON_STORE` pointing at
/// a real care record, or a CI run at 23:59 on the night the clocks change, then gets the same
/// runs as anyone else, and the suite writes nothing outside its scratch folders.
public enum BinaryEnvironment {
    /// The moment every binary under test starts at unless a test says otherwise: Tuesday
    /// 24 November 2026, 14:30 in London (GMT), an ordinary afternoon with the demo's contacts
    /// of the morning already entered.
    public static let now = "2026-11-24T14:30:00Z"
    public static let nowDate = ISO8601DateFormatter().date(from: now)!

    /// The service's time zone in every test: the UK's, with its two clock changes a year.
    public static let timeZone = "Europe/London"

    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone)!
        return calendar
    }

    /// The environment for a binary whose HOME is `home`; `overrides` are laid on top (a nil
    /// value removes a variable). Only PATH is taken from `caller`, to find tmux and the shell.
    public static func make(
        home: String, now: String? = now, overrides: [String: String?] = [:],
        caller: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String: String] {
        var environment = [
            "PATH": caller["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "XDG_DATA_HOME": home + "/.local/share",
            "XDG_CONFIG_HOME": home + "/.config",
            "XDG_STATE_HOME": home + "/.local/state",
            "XDG_CACHE_HOME": home + "/.cache",
            "USER": "e2e-user",
            "LOGNAME": "e2e-user",
            "LANG": "C.UTF-8",
            "TZ": timeZone,
            // The sandbox and CI have no colour preference of their own; tests that check
            // themes remove this themselves.
            "NO_COLOR": "1",
        ]
        if let now { environment[TestingNowVariable.name] = now }
        for (key, value) in overrides { environment[key] = value }
        return environment
    }

    /// A fresh private HOME under the temporary folder, for a run that has no scratch folder.
    public static func freshHome() -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-home-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

/// The testing aid's variable, named here as the binary documents it (`TestingNow` in LiaisonCore).
public enum TestingNowVariable {
    public static let name = "LIAISON_NOW"
}
