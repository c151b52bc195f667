import Foundation

/// Runs a screen on the real terminal: the one call a command needs.
///
/// A screen is a class conforming to `Screen`: it draws into a `CellGrid` with widgets (`Pane`,
/// `Table`, `FormView`, `Overlay`, `FooterBar`) and turns `Key`s into state changes. A screen that
/// refreshes on a timer returns the next time from `nextWakeUp(after:)`, does the work in
/// `wakeUp(at:)` and answers `.unchanged` when it found nothing, so no frame is drawn; one that
/// follows something outside the process names its descriptors in `wakeDescriptors` and is
/// woken through `descriptorsReady(_:at:)` instead of polling.
/// Tests skip this type: they give the screen an `EventLoop` over a `ScriptedBackend` (keys in,
/// frames out, a `ManualTime` clock) or call `draw` on a grid and compare `grid.dump()` with
/// the expected screen.
public enum TerminalApp {
    /// Takes over the terminal, runs `screen` until it quits (or a signal, or hang-up), and
    /// restores the terminal on every path, including when this throws.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    public static func run(
        _ screen: Screen,
        theme: Theme = .monochrome,
        time: TimeSource = SystemTime(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ExitReason {
        let terminal = try NcursesTerminal(environment: environment, time: time)
        defer { terminal.restore() }
        return EventLoop(backend: terminal, screen: screen, theme: theme, time: time).run()
    }

    /// Refuses, before anything is opened or drawn, a process that has no usable terminal: a
    /// command calls this first, so the program run from a script or with a bad TERM touches no
    /// file and leaves nothing behind.
    /// - Throws: `TerminalError`, whose description is one line for stderr.
    public static func checkTerminal(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try NcursesTerminal.checkUsable(environment: environment)
    }
}
