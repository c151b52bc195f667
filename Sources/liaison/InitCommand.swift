import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison init [PATH] [--group GROUP]`: creates a store, the only command besides `demo` that
/// does. Every other command refuses a path with no store, so a typo cannot start a second record.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new, empty store (the only command besides demo that creates one).",
        discussion: """
            The store is readable by you only (0600). With --group, its folder is first made the \
            group's team folder: owned by the group, setgid, closed to everyone else (2770); the \
            store and its journal files are then 0660, so every member can open it. A path that \
            already exists is refused and left as it was.

            Given a PostgreSQL address (postgresql://…, as psql takes it), it sets up Liaison's \
            schema, job roles and grants in that existing database instead, as the server's \
            administrator; a database that already has them is refused and left as it was.
            """)

    @Argument(help: ArgumentHelp(
        "Where to create the store, e.g. /srv/liaison/home.sqlite or postgresql:///care?host=/run/postgresql (default: --store, else $LIAISON_STORE, else $XDG_DATA_HOME/liaison/liaison.sqlite).",
        valueName: "path"))
    var path: String?

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp(
        "Share the store's folder with this Unix group, e.g. --group care-team. You must be in the group.",
        valueName: "group"))
    var group: String?

    func run() throws {
        try reportingFailures {
            let target = StoreLocation.resolve(flag: path ?? options.store)
            if let path, let store = options.store, StoreLocation.resolve(flag: store) != target {
                throw FieldError("store", "two different stores were named (\(path) and --store \(store)); give one")
            }
            if let address = PostgresAddress(target) {
                guard group == nil else {
                    throw FieldError("group", "--group shares a store file's folder; a PostgreSQL store's access is its roles'")
                }
                let outcome = try PostgresSetup.initialise(address)
                if let earlier = outcome.upgradedFrom {
                    print(InertText.visible(
                        "Brought Liaison's schema in the database \(outcome.database) at \(address.shown) from version \(earlier) to \(outcome.version); no record was changed."))
                    return
                }
                print(InertText.visible("Set up Liaison (schema version \(outcome.version)) in the database \(outcome.database) at \(address.shown)."))
                print("Job roles: " + PostgresSchema.Job.allCases.map(\.groupRole).joined(separator: ", ") + ".")
                print("Next: give each member of staff a login role in one of them, and a row in liaison.staff with their name and homes.")
                return
            }
            let store = try Store.create(path: target, group: group, staff: options.staffName, clock: try testingClock())
            try store.close()
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
            if let group {
                // Members open it from wherever their shell starts, so they are given the whole path,
                // as a shell reads it back.
                let shared = shellWord(URL(fileURLWithPath: target).standardizedFileURL.path)
                print(InertText.visible("Created the store \(target), shared with the group \(group): \(folder) is the team's folder (2770), the store 0660."))
                print(InertText.visible("Each member opens it with --store \(shared), or LIAISON_STORE=\(shared) in their shell profile."))
            } else {
                print(InertText.visible("Created the store \(target), readable by you only."))
            }
        }
    }
}
