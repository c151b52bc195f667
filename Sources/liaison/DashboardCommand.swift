import ArgumentParser
import Dashboard
import Foundation
import LiaisonCore
import TerminalUI

/// `liaison` with no subcommand: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default)."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        // No terminal, no store: a script that runs plain `liaison` must not create one.
        try Self.requireTerminal()
        try reportingFailures {
            let store = try options.open()
            try Self.open(store: store, theme: themeOption)
        }
    }

    /// Refuses, with TerminalError's one line, a process with no usable terminal, before
    /// anything is opened; shared with `liaison demo`.
    static func requireTerminal() throws {
        do {
            try TerminalApp.checkTerminal()
        } catch let error as TerminalError {
            FileHandle.standardError.write(Data((error.sentence + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// Shows the dashboard on `store` in this terminal; shared with `liaison demo`.
    static func open(store: Store, theme themeOption: ThemeOption) throws {
        let resolution = themeOption.resolve()
        // Said before the screen takes over too, so it is also in the scrollback after quitting.
        if let notice = resolution.notice {
            say(notice)
        }
        let reason: ExitReason
        do {
            reason = try Dashboard.run(store: store, theme: resolution.theme, notice: resolution.notice)
        } catch let error as TerminalError {
            // One plain line: ArgumentParser's "Error:" prefix and usage text would only add noise.
            say(error.sentence)
            throw ExitCode(1)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }
}
