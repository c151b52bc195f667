import Foundation
import LiaisonCore
import TerminalUI

/// Opens the wall display on the terminal.
public enum Wall {
    /// Runs the read-only wall display over the store at `path` until `q`, a signal or the
    /// terminal going away. A store that is missing or locked is not an error: the wall says so
    /// and keeps trying. `clock` gives "now" to the records shown and to the screen's timers alike.
    /// With `home`, only that home's people and their work are shown.
    /// `calendar` says where days begin, for the store and the screen alike.
    /// `opened` is a server's source the command already opened, kept rather than opened again.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been opened then.
    public static func run(
        path: String, names: NameDisplay, home: Home? = nil, theme: Theme, clock: any CareClock = SystemClock(), calendar: Calendar,
        opened: (any WallSource)? = nil
    ) throws -> ExitReason {
        try TerminalApp.checkTerminal()
        let watcher = StoreWatcher(path: path, opened: opened) { path in
            // With its settings, read-only, so the group's wall knows the homes to mark each line with.
            try Store.openForWall(path: path, clock: clock, calendar: calendar)
        }
        let time = ClockTime(clock)
        return try TerminalApp.run(WallScreen(watcher: watcher, names: names, home: home, time: time, calendar: calendar), theme: theme, time: time)
    }
}
