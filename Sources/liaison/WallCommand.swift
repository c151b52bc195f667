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

    @Option(name: .long, help: ArgumentHelp(
        "How people are named: initials (the default), room, or full (name and room); never initials beside a room. Overrides the settings file's wall.names, e.g. --names room.",
        valueName: "initials|room|full"))
    var names: NameDisplay?

    @Option(help: "Show only this home's people and their work, by the home's id or name in any case, e.g. --home Elm.")
    var home: String?

    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        let path = StoreLocation.resolve(flag: store)
        // Refused before the screen takes over: a mistyped path must not wait all day for a store.
        if !storeExists(at: path) { try reportingFailures { throw StoreError.missing(path) } }
        let names = try self.names ?? Self.settingsNames(forStore: path)
        let home = try Self.home(home, forStore: path)
        let resolution = themeOption.resolve()
        if let notice = resolution.notice {
            say(notice)
        }
        let clock = try testingClock()
        let reason: ExitReason
        do {
            reason = try Wall.run(path: path, names: names, home: home, theme: resolution.theme, clock: clock)
        } catch let error as TerminalError {
            say(error.sentence)
            throw ExitCode(1)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }

    /// The home `--home` names, from the settings file, checked before the screen takes over:
    /// a wall that cannot tell which home it is for must not show the whole group instead.
    static func home(_ typed: String?, forStore path: String) throws -> Home? {
        guard typed != nil else { return nil }
        let settings: ServiceSettings
        do {
            // A group's homes are in its database: asked of the server, as the wall's own sign-in.
            settings = PostgresAddress.isAddress(path)
                ? try Store.open(path: path, mode: .readOnly, staff: "wall display").settings
                : try ServiceSettings.load(forStore: path)
        } catch let error as StoreError {
            say("liaison: \(error.message)")
            throw ExitCode(2)
        }
        return try chosenHome(typed, in: settings)
    }

    /// The service's choice in its settings file, else initials. A settings file that cannot be
    /// read is said once, and the wall then shows the least: initials.
    static func settingsNames(forStore path: String) throws -> NameDisplay {
        do {
            if PostgresAddress.isAddress(path) {
                return try Store.open(path: path, mode: .readOnly, staff: "wall display", scope: .lookup).wallSettings.names
            }
            return try ServiceSettings.load(forStore: path).wall.names
        } catch let error as StoreError {
            say("liaison: \(error.message) The wall shows initials.")
            return .initials
        }
    }
}

/// Whether anything is at `path`; outside `WallCommand`, whose `store` option hides the type's name.
private func storeExists(at path: String) -> Bool { Store.exists(at: path) }
