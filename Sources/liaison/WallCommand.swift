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

    @Option(help: "Show only this home's people and their work, by the home's id or name in any case, e.g. --home Elm. A PostgreSQL wall role listed for one home shows that home without it.")
    var home: String?

    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        let path = StoreLocation.resolve(flag: store)
        // Refused before the screen takes over: a mistyped path must not wait all day for a store.
        if !storeExists(at: path) { try reportingFailures { throw StoreError.missing(path) } }
        let clock = try testingClock()
        // Days begin where the wall hangs: the machine's own calendar and zone.
        let calendar = Calendar.current
        // A group's server is asked once, as the wall's own sign-in: its homes, its settings, and
        // then the wall itself on the same connection.
        let server = PostgresAddress.isAddress(path) ? try Self.openServer(path, clock: clock, calendar: calendar, mustOpen: home != nil) : nil
        let names = try Self.names(self.names, server: server, forStore: path)
        // A wall role listed for one home shows that home without being told.
        let home = try Self.home(home, in: server.map { ServiceSettings(homes: $0.homes.homes) }, forStore: path) ?? server?.soleHome
        let resolution = themeOption.resolve()
        if let notice = resolution.notice {
            say(notice)
        }
        let reason: ExitReason
        do {
            reason = try Wall.run(path: path, names: names, home: home, theme: resolution.theme, clock: clock, calendar: calendar, opened: server)
        } catch let error as TerminalError {
            say(error.sentence)
            throw ExitCode(1)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }

    /// The wall's source on a group's server, opened before the screen takes over, so that a
    /// refusal is said where someone setting the wall up reads it. A wall for one home cannot
    /// start without the server's list of homes; a wall of everything the role may see starts
    /// anyway (a machine that boots before the server), says why, and keeps trying on screen.
    static func openServer(_ path: String, clock: any CareClock, calendar: Calendar, mustOpen: Bool) throws -> (any WallSource)? {
        do {
            return try Store.openForWall(path: path, clock: clock, calendar: calendar)
        } catch let error as StoreError {
            say("liaison: \(error.message)\(mustOpen ? "" : " The wall keeps trying.")")
            if mustOpen { throw ExitCode(2) }
            return nil
        }
    }

    /// The home `--home` names, from the group's homes (`server`'s) or the settings file,
    /// checked before the screen takes over: a wall that cannot tell which home it is for must
    /// not show the whole group instead.
    static func home(_ typed: String?, in serverSettings: ServiceSettings?, forStore path: String) throws -> Home? {
        guard typed != nil else { return nil }
        let settings: ServiceSettings
        do {
            settings = try serverSettings ?? ServiceSettings.load(forStore: path)
        } catch let error as StoreError {
            say("liaison: \(error.message)")
            throw ExitCode(2)
        }
        return try chosenHome(typed, in: settings)
    }

    /// `--names`, else the service's choice in its settings, else initials. A settings file that
    /// this user may not read is said once, and the wall then shows the least: initials; one that
    /// is wrong is refused before the screen takes over, where the one starting it sees why. The wall's own
    /// role on a server reads no names: `--names full` is refused there, and a group's setting of
    /// `full` shows initials, said once.
    static func names(_ typed: NameDisplay?, server: (any WallSource)?, forStore path: String) throws -> NameDisplay {
        if let server, !server.readsNames {
            if typed == .full {
                say("""
                    liaison: names: this wall is signed in as a wall display's role, which never reads people's names; \
                    choose initials or room, or sign the wall in as a member of staff of its home for full names
                    """)
                throw ExitCode.failure
            }
            if typed == nil && server.wallSettings.names == .full {
                say("liaison: the group's settings name people in full on walls, but a wall display's role never reads names; this wall shows initials.")
                return .initials
            }
        }
        if let typed { return typed }
        if let server { return server.wallSettings.names }
        if PostgresAddress.isAddress(path) { return .initials }
        do {
            return try ServiceSettings.load(forStore: path).wall.names
        } catch let error as StoreError {
            guard ServiceSettings.isReadable(forStore: path) else {
                say("liaison: \(error.message) The wall shows initials.")
                return .initials
            }
            say("liaison: \(error.message)")
            throw ExitCode(2)
        }
    }
}

/// Whether anything is at `path`; outside `WallCommand`, whose `store` option hides the type's name.
private func storeExists(at path: String) -> Bool { Store.exists(at: path) }
