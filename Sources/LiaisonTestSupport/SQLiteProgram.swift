import Foundation
import ProcessSpawning

/// The `sqlite3` program, run on a store as a process of its own: a colleague's save or
/// checkpoint that this process's own locks do not keep out, as they keep out no one in it.
public enum SQLiteProgram {
    /// Runs `sql` on the database at `path`; returns the program's exit status.
    @discardableResult
    public static func run(_ path: String, _ sql: String) throws -> Int32 {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A copy of a store's first person under another id and name, as a colleague's save.
    public static func copyFirstPerson(as name: String) -> String {
        "INSERT INTO person SELECT '\(name)', json_set(body, '$.id', '\(name)', '$.name', '\(name)') FROM person LIMIT 1;"
    }
}
