import Foundation

/// `liaison init postgresql://…`: Liaison's schema, its job roles and their grants, made in an
/// existing database by the server's administrator. Like `init` for a file, it never works over
/// a store: a database already at this version (or a newer one) is refused and left as it was.
/// One set up by an older Liaison is brought up to this version, each newer script in its own
/// transaction, records untouched: that is how a group moves to a new Liaison.
public enum PostgresSetup {
    /// What was set up, for the command to say.
    public struct Outcome: Sendable, Equatable {
        /// The schema version now in the database.
        public var version: Int
        /// The database, as the server names it.
        public var database: String
        /// The version it was at before, when it was brought up to date; nil when it was set up new.
        public var upgradedFrom: Int? = nil
    }

    public static func initialise(_ address: PostgresAddress) throws -> Outcome {
        let connection = try PostgresConnection(address)
        let database = try connection.value("SELECT current_database()") ?? "?"
        // Making the job roles, and owning what staff may not change, needs a superuser.
        guard try connection.value("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user") == "t" else {
            throw StoreError("""
                Setting up Liaison in \(address.shown) makes its job roles, which needs the server's administrator; \
                \(connection.user) is not a superuser. Nothing was changed. Run it as the administrator, for example \
                `sudo -u postgres liaison init postgresql:///\(database)`.
                """)
        }
        let schema = PostgresSchema.schemaName
        var current = 0
        if try connection.value("SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = $1", [schema]) != "0" {
            current = Int(try connection.value("SELECT max(version) FROM \(schema).schema_version") ?? "") ?? PostgresSchema.version
            guard current < PostgresSchema.version else {
                throw StoreError("The database \(database) already has a \(schema) schema (version \(current)); it has not been changed.")
            }
        }
        for (version, script) in PostgresSchema.scripts(from: current) {
            // One script, one transaction: a failure leaves the database as it was.
            do {
                try connection.execute(script)
            } catch let error as PostgresError {
                throw StoreError("Setting up Liaison in \(database) failed at schema version \(version) and was undone: \(error)")
            }
        }
        // Every connection then finds Liaison's tables by name; the store also sets it itself.
        try connection.execute("ALTER DATABASE \(quoted(database)) SET search_path = \(schema), pg_catalog")
        let version = Int(try connection.value("SELECT max(version) FROM \(schema).schema_version") ?? "") ?? 0
        return Outcome(version: version, database: database, upgradedFrom: current == 0 ? nil : current)
    }

    /// A name as SQL quotes it, so any database name is one identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
