import ArgumentParser
import Dashboard
import Foundation
import LiaisonCore
import TerminalUI

extension NameDisplay: ExpressibleByArgument {}

/// `liaison wall`: the read-only office display.
struct WallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall",
        abstract: "Show the read-only wall display: what is owed and overdue, for a shared screen."
    )

    @Option(name: .long, help: "The store file, e.g. ~/care/home.sqlite (default: $LIAISON_STORE, else $XDG_DATA_HOME/liaison/liaison.sqlite).")
    var store: String?

    @Option(name: .long, help: "How people are named: initials (with location) or full.")
    var names: NameDisplay = .initials

    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        let resolution = themeOption.resolve()
        if let notice = resolution.notice {
            say(notice)
        }
        let clock = try testingClock()
        let reason: ExitReason
        do {
            reason = try Wall.run(path: StoreLocation.resolve(flag: store), names: names, theme: resolution.theme, clock: clock)
        } catch let error as TerminalError {
            say(error.description)
            throw ExitCode(1)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }
}
