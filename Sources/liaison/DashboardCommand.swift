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

    @Flag(name: .customLong("read-only"), help: ArgumentHelp(
        "Open the store without changing it, e.g. for a shift lead reviewing on a shared screen: every editing key is refused and no drafts are kept. A store you may read but not write opens so anyway."))
    var readOnly = false

    @Option(help: "Show only this home's people and their work, by the home's id or name in any case, e.g. --home Elm.")
    var home: String?

    func run() throws {
        try reportingFailures {
            // A missing store is offered, never made silently: with no terminal to ask on, it is
            // refused as every command refuses it; on a terminal the dashboard cannot use, the
            // terminal is the problem to name, and nothing is asked.
            if !Store.exists(at: options.path) {
                if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 { throw StoreError.missing(options.path) }
                try Self.requireTerminal()
                try Self.offerToCreate(options)
            }
            try Self.requireTerminal()
            let unwritable = !readOnly && !Store.canChange(at: options.path)
            let store = try options.open(readOnly || unwritable ? .readOnly : .readWrite, recentDays: DashboardState.openingDays)
            let home = try choosingHome { try self.home.map { try store.homes.resolve($0) } }
            let notice = unwritable ? "You may read this store but not change it, so it is open read-only" : nil
            try Self.open(store: store, home: home, theme: themeOption, notice: notice)
        }
    }

    /// Asks on the terminal whether to create a store at the path given, naming it whole, so a
    /// typo shows before anything exists. Only "y" or "yes" creates; anything else, or no
    /// terminal to ask on, refuses and creates nothing.
    static func offerToCreate(_ options: StoreOptions) throws {
        let path = options.path
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StoreError.missing(path) }
        let question = "There is no store at \(path).\nCreate a new, empty store there? Anything but y leaves everything as it is. [y/N] "
        FileHandle.standardOutput.write(Data(InertText.visible(question, keepingLineBreaks: true).utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" else {
            say("liaison: nothing was created. To open an existing store, give its path with --store or LIAISON_STORE.")
            throw ExitCode.failure
        }
        try Store.create(path: path, staff: options.staffName, clock: try testingClock()).close()
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
    /// `notice` (why the store is read-only, say) shows in the footer after any theme problem.
    static func open(store: Store, home: Home? = nil, theme themeOption: ThemeOption, notice: String? = nil) throws {
        let resolution = themeOption.resolve()
        // Said before the screen takes over too, so it is also in the scrollback after quitting.
        if let notice = resolution.notice {
            say(notice)
        }
        let reason: ExitReason
        do {
            let footer = [resolution.notice, notice].compactMap { $0 }.joined(separator: "; ")
            reason = try Dashboard.run(store: store, home: home, theme: resolution.theme, notice: footer.isEmpty ? nil : footer)
        } catch let error as TerminalError {
            // One plain line: ArgumentParser's "Error:" prefix and usage text would only add noise.
            say(error.sentence)
            throw ExitCode(1)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }
}
