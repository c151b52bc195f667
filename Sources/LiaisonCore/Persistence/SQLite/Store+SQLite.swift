import Foundation

extension Store {
    /// The SQLite database under this store, for the tools that work on SQLite's rows directly:
    /// export, import and bulk loading (`Exchange/`). A store kept elsewhere is refused in words:
    /// those tools are SQLite's alone for now.
    func sqliteDatabase() throws -> StoreDatabase {
        guard let sqlite = backend as? SQLiteBackend else {
            if let address = PostgresAddress(path) { throw StoreError.fileOnly(address) }
            throw StoreError("The store \(path) is not a SQLite file, and this works only on one; nothing was changed.")
        }
        return sqlite.database
    }

    /// The SQLite database under a store known to be one: tests that look at its rows.
    var database: StoreDatabase {
        guard let sqlite = backend as? SQLiteBackend else { preconditionFailure("\(path) is not a SQLite store") }
        return sqlite.database
    }
}
