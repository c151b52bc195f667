import Foundation

/// `liaison init postgresql://…`: Liaison's schema, its job roles and their grants, made in an
/// existing database by the server's administrator. Like `init` for a file, it never works over
/// anything: a database that already has a `liaison` schema is refused and left as it was.
public enum PostgresSetup {
    /// What was set up, for the command to say.
    public struct Outcome: Sendable, Equatable {
        /// The schema version now in the database.
        public var version: Int
        /// The database, as the server names it.
        public var database: String
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
        if try connection.value("SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = $1", [schema]) != "0" {
            throw StoreError("The database \(database) already has a \(schema) schema; it has not been changed.")
        }
        for (version, script) in PostgresSchema.scripts(from: 0) {
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
        return Outcome(version: version, database: database)
    }

    /// A name as SQL quotes it, so any database name is one identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
