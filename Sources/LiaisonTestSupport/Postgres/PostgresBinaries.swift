import Foundation

/// Debian's PostgreSQL programs: `/usr/lib/postgresql/<version>/bin`, the newest version that
/// has all four the tests run. Found by listing the folder, never by a version written here,
/// nor by PATH (whose `psql` is Debian's wrapper, and whose order is the caller's).
public struct PostgresBinaries: Sendable {
    public let folder: String
    public let version: Int

    public var initdb: String { folder + "/initdb" }
    public var pgCtl: String { folder + "/pg_ctl" }
    public var postgres: String { folder + "/postgres" }
    public var psql: String { folder + "/psql" }

    public static let root = "/usr/lib/postgresql"
    static let programs = ["initdb", "pg_ctl", "postgres", "psql"]

    /// The newest complete set under `root`, or nil.
    public static func find(root: String = root) -> PostgresBinaries? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let versions = names.compactMap { name in Int(name).map { ($0, "\(root)/\(name)/bin") } }
        return versions.sorted { $0.0 > $1.0 }.first { _, folder in
            programs.allSatisfy { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
        }.map { PostgresBinaries(folder: $0.1, version: $0.0) }
    }

    /// What a test that needs PostgreSQL says when it is not installed.
    public static let missingMessage =
        "PostgreSQL is not installed: no initdb, pg_ctl, postgres and psql in \(root)/*/bin. "
        + "Install Debian's packages (apt-get install postgresql postgresql-client), as .ci/run does."
}
