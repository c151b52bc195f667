import ArgumentParser
import Foundation
import LiaisonCore

/// `--store` and `--as`, shared by every command that opens a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store file, e.g. ~/care/home.sqlite, or a group's PostgreSQL store, e.g. postgresql:///care (default: $LIAISON_STORE, else $XDG_DATA_HOME/liaison/liaison.sqlite).")
    var store: String?

    @Option(name: .customLong("as"), help: "Who is making the entry, e.g. \"Sam Lead\" (default: $LIAISON_STAFF, else your login name). Not on a PostgreSQL store: there the server's sign-in says who you are.")
    var staff: String?

    /// A blank `--as` is a mistake, not a request for the default: recording the login name
    /// (often a shared one) as the author of a care record would hide who wrote it.
    func validate() throws { try Self.refuseBlank(staff) }

    static func refuseBlank(_ staff: String?) throws {
        if let staff, staff.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--as is empty: give the name of whoever is making the entry, e.g. --as \"Sam Lead\"")
        }
    }

    var path: String { StoreLocation.resolve(flag: store) }
    var staffName: String { StoreLocation.staff(flag: staff) }

    /// Reads typed dates before the store is opened, in the order the service writes dates.
    /// The settings file is read only when the order changes the answer (`4/3`, not `yesterday`
    /// or `2026-03-04`), and then it must be readable: a guess would move a day by months.
    /// Nil on a group's server when the order matters: its order is in its database, read as
    /// the store opens (`Store.dateOrder`); a text that is a date in neither order is refused here.
    func readingDates<Reading: Equatable>(_ parse: (DateOrder) throws -> Reading) throws -> Reading? {
        let dayFirst = Result { try parse(.dayFirst) }
        let monthFirst = Result { try parse(.monthFirst) }
        if case .success(let one) = dayFirst, case .success(let other) = monthFirst, one == other { return one }
        guard !PostgresAddress.isAddress(path) else {
            if case .failure = monthFirst { _ = try dayFirst.get() }
            return nil
        }
        // Neither order reads it: the mistake is said in the service's order if it can be told.
        if case .failure = dayFirst, case .failure = monthFirst {
            return try parse((try? ServiceSettings.load(forStore: path))?.dateOrder ?? .dayFirst)
        }
        return try parse(ServiceSettings.load(forStore: path).dateOrder)
    }

    /// - Parameter scope: `.lookup` for a command that writes one record or streams the store:
    ///   it then loads no record until it looks one up.
    /// - Parameter recentDays: how many days of contacts to hold at first (`Store.widenRecent`).
    /// - Parameter readsSettings: false for a command that reads records alone (`export`), which
    ///   a mistake in the settings file must not stop.
    func open(
        _ mode: Store.Mode = .readWrite, recentDays: Int = Store.defaultRecentDays, scope: WorkingSet.Scope = .everything,
        readsSettings: Bool = true
    ) throws -> Store {
        // The environment read once: each read copies all of it into a dictionary.
        let environment = ProcessInfo.processInfo.environment
        let path = StoreLocation.resolve(flag: store, environment: environment)
        // On a PostgreSQL store the server says who is signed in; a name typed here could only lie.
        if staff != nil && PostgresAddress.isAddress(path) {
            throw FieldError("as", "a PostgreSQL store records you as the member of staff the server signed in, so --as is not accepted there")
        }
        return try Store.openService(
            path: path, mode: mode, staff: StoreLocation.staff(flag: staff, environment: environment), clock: try testingClock(environment),
            recentDays: recentDays, scope: scope, readsSettings: readsSettings)
    }
}

extension StoreOptions {
    /// `open` for a command that records something: once it has saved, a note when the name
    /// it records under is not on the staff list (`Store.unlistedStaffNotice`).
    func openForRecording() throws -> Store {
        let store = try open(scope: .lookup)
        if let notice = store.unlistedStaffNotice { ClosingNotes.add(notice) }
        return store
    }
}

/// The real time, or the moment a test fixed with `LIAISON_NOW` (see `TestingNow`); a bad
/// value is refused like a bad option.
func testingClock(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any CareClock {
    do {
        return try TestingNow.clock(environment: environment)
    } catch let error as FieldError {
        FileHandle.standardError.write(Data("liaison: \(error.field): \(error.message)\n".utf8))
        throw ExitCode(2)
    }
}

/// Runs a command's body, printing a refusal as `liaison: field: message` on stderr with a
/// non-zero exit instead of ArgumentParser's usage text. Every message passes through
/// `InertText`: it may quote what someone typed or stored, which must not act on the terminal.
/// An error of any other kind is never shown as Swift describes it.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
        ClosingNotes.say()
    } catch let error as FieldError {
        say("liaison: \(error.field): \(error.message)")
        throw ExitCode.failure
    } catch let error as StoreError where error.missingStore != nil {
        say("liaison: \(error.message)")
        say("liaison: `liaison init \(shellWord(error.missingStore ?? ""))` creates a new store there; check the path if you meant an existing one.")
        throw ExitCode(missingStoreExit)
    } catch let error as StoreError {
        say("liaison: \(error.message)")
        throw ExitCode(2)
    } catch let error as ImportRefusal {
        for problem in error.problems { say("liaison: \(problem)") }
        say("liaison: \(error.description)")
        throw ExitCode.failure
    } catch let error as PrivateFile.Failure {
        say("liaison: could not \(error.action): \(error.reason)")
        throw ExitCode.failure
    } catch let exit as ExitCode {
        throw exit
    } catch {
        say("liaison: \(ErrorWords.describe(error))")
        throw ExitCode(70)
    }
}

/// One line on stderr, with controls and invisible formatting shown rather than obeyed.
func say(_ line: String) {
    FileHandle.standardError.write(Data((InertText.visible(line) + "\n").utf8))
}

/// The exit status of a command refused because no store is at the path it was given
/// (sysexits' EX_NOINPUT), apart from other failures so scripts can tell a typo.
let missingStoreExit: Int32 = 66

/// `path` as one word a shell reads back unchanged: quoted when it holds anything but plain characters.
func shellWord(_ path: String) -> String {
    let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+,:@".contains($0)) }
    return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// `--store` and `--as` for `liaison demo`, whose store is never `$LIAISON_STORE`: sample data
/// must not land in the service's real store, so its help says where it does go.
struct DemoStoreOptions: ParsableArguments {
    @Option(name: .long, help: "Where to write the sample store, e.g. ~/demo.sqlite (default: $XDG_DATA_HOME/liaison/demo.sqlite; never $LIAISON_STORE, so sample data cannot reach a real store).")
    var store: String?

    @Option(name: .customLong("as"), help: "Who the sample entries are made by, e.g. \"Sam Lead\" (default: $LIAISON_STAFF, else your login name).")
    var staff: String?

    func validate() throws { try StoreOptions.refuseBlank(staff) }

    var staffName: String { StoreLocation.staff(flag: staff) }
}

/// Notes about what a command did, said once it has done it: a refused command saved nothing,
/// so they would only bury its refusal.
enum ClosingNotes {
    // One command runs once, on the main thread, in each process.
    nonisolated(unsafe) private static var lines: [String] = []

    static func add(_ note: String) { lines.append(note) }

    static func say() {
        for line in lines { liaison.say("liaison: note: \(line)") }
        lines = []
    }
}
