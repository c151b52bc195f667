import Foundation
import ProcessSpawning

/// A throwaway PostgreSQL server for tests: `initdb` into a new folder under /tmp, listening on
/// a Unix socket in that folder and on no network address, started with `pg_ctl`; `stop()`
/// stops that server and removes its folder. It touches no other server, and nothing outside
/// its folder.
///
/// PostgreSQL refuses to run as root, so when the tests run as root (CI) the folder is given
/// to `nobody` and `initdb` and `pg_ctl` run as `nobody` through `setpriv`, as the end-to-end
/// harness runs the binary (`UnprivilegedUsers`); as anyone else they run as that user. `psql`
/// runs as whoever runs the tests: root reaches the socket in `nobody`'s private folder, and a
/// user reaches their own.
///
/// Nothing is taken from the caller's environment: the server and `psql` get a PATH, a HOME
/// inside the folder, the C locale, UTC, and libpq's files pointed into the folder, so no
/// `~/.psqlrc`, `~/.pgpass`, service file or `PG*` variable of the caller's takes part.
/// Authentication is `trust`, which is safe here only because the socket is in a folder that
/// only the server's user (and root) can enter; the roles stand for staff, not for accounts.
///
/// The folder is under /tmp rather than TMPDIR: a socket's path must stay under about 100
/// bytes, and `nobody` must be able to reach it. Should a test process die without `stop()`,
/// the server notices its removed lock file within a minute or so of the folder going and
/// shuts itself down; until then its folder (and socket) stay in /tmp.
public final class PostgresCluster: @unchecked Sendable {
    /// The superuser `initdb` makes: the only role that applies schemas and makes roles.
    public static let superuser = "liaison_test_admin"
    /// The port names the socket file (`.s.PGSQL.5432`); no TCP port is opened.
    public static let port = 5432

    public let binaries: PostgresBinaries
    /// The cluster's folder: the data folder `data`, the socket, the server's log.
    public let folder: String
    public var dataFolder: String { folder + "/data" }
    public var logFile: String { folder + "/server.log" }
    /// The user the server runs as: `nobody` when the tests run as root, else nil (the caller).
    public let serverUser: uid_t?

    private let lock = NSLock()
    private var running = false

    private init(binaries: PostgresBinaries, folder: String, serverUser: uid_t?) {
        self.binaries = binaries
        self.folder = folder
        self.serverUser = serverUser
    }

    deinit { stopNow() }

    /// A new server, started and accepting connections; `stop()` it when done.
    public static func start() async throws -> PostgresCluster {
        guard let binaries = PostgresBinaries.find() else { throw Failure(PostgresBinaries.missingMessage) }
        let root = getuid() == 0
        if root && !UnprivilegedUsers.available {
            throw Failure("the tests run as root, and PostgreSQL refuses root: running it as nobody needs /usr/bin/setpriv (util-linux)")
        }
        var template = Array("/tmp/liaison-pg-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw Failure("cannot make a folder under /tmp: \(String(cString: strerror(errno)))") }
        let folder = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let serverUser: uid_t? = root ? UnprivilegedUsers.nobody : nil
        if let serverUser { UnprivilegedUsers.chown(folder, serverUser) }
        chmod(folder, 0o700)
        let cluster = PostgresCluster(binaries: binaries, folder: folder, serverUser: serverUser)
        do {
            try await cluster.initialise()
            try await cluster.startServer()
        } catch {
            cluster.stopNow()
            throw error
        }
        return cluster
    }

    private func initialise() async throws {
        let made = try await Self.run(
            binaries.initdb,
            ["-D", dataFolder, "-U", Self.superuser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"],
            environment: environment, user: serverUser)
        guard made.status == 0 else { throw Failure("initdb failed (\(made.status)): \(made.stderr)\(made.stdout)") }
        // Appended, so the last setting wins over initdb's. Written by the caller (root, or the
        // server's user): appending keeps the file's owner.
        let settings = """

            # Liaison's tests: a private socket only, no durability, UTC, C messages.
            listen_addresses = ''
            unix_socket_directories = '\(folder)'
            unix_socket_permissions = 0700
            port = \(Self.port)
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            timezone = 'UTC'
            log_timezone = 'UTC'
            lc_messages = 'C'
            max_connections = 50
            shared_buffers = 16MB

            """
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dataFolder + "/postgresql.conf"))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
    }

    private func startServer() async throws {
        // The server pg_ctl leaves running must not inherit this process's descriptors:
        // Foundation learns that a child ended when a socket it handed the child closes, and a
        // server holding it would keep pg_ctl "running" for as long as the server runs. A shell
        // closes every descriptor above stderr for pg_ctl alone, and waits for it (bash: dash
        // cannot name a descriptor above 9).
        let closingOthers = #"c=""; for f in /proc/$$/fd/*; do n=${f##*/}; [ "$n" -gt 2 ] && c="$c $n>&-"; done; eval "\"\$@\" $c""#
        let started = try await Self.run(
            "/bin/bash", ["-c", closingOthers, "bash", binaries.pgCtl, "-D", dataFolder, "-l", logFile, "-w", "-t", "60", "-s", "start"],
            environment: environment, user: serverUser)
        guard started.status == 0 else {
            throw Failure("pg_ctl start failed (\(started.status)): \(started.stderr)\(started.stdout)\nserver log:\n\(serverLog)")
        }
        lock.withLock { running = true }
    }

    /// Runs `body` with a new server, stopped and removed before this returns, whether `body`
    /// succeeds or throws. (A `defer { Task { await stop() } }` is not enough: a test process that
    /// exits first leaves the server running.)
    public static func withServer<T>(_ body: (PostgresCluster) async throws -> T) async throws -> T {
        let cluster = try await start()
        do {
            let result = try await body(cluster)
            await cluster.stop()
            return result
        } catch {
            await cluster.stop()
            throw error
        }
    }

    /// The server's log so far, for a failure's message.
    public var serverLog: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "(no log)" }

    /// Stops the server (fast shutdown: sessions are ended) and removes the folder. Safe to call twice.
    public func stop() async {
        let wasRunning = lock.withLock { defer { running = false }; return running }
        if wasRunning {
            let stopped = try? await Self.run(
                binaries.pgCtl, ["-D", dataFolder, "-m", "fast", "-w", "-t", "60", "-s", "stop"],
                environment: environment, user: serverUser)
            if stopped?.status != 0 {
                _ = try? await Self.run(
                    binaries.pgCtl, ["-D", dataFolder, "-m", "immediate", "-w", "-s", "stop"],
                    environment: environment, user: serverUser)
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Stops the server at once, as a crash or a kill -9 would: no checkpoint, every connection
    /// cut. Its data stays; `restart()` starts it again and it recovers from its write-ahead log.
    public func crash() async throws {
        let stopped = try await Self.run(
            binaries.pgCtl, ["-D", dataFolder, "-m", "immediate", "-w", "-s", "stop"], environment: environment, user: serverUser)
        guard stopped.status == 0 else { throw Failure("pg_ctl stop -m immediate failed (\(stopped.status)): \(stopped.stderr)") }
        lock.withLock { running = false }
    }

    /// Starts again a server `crash()` stopped, on the same folder and socket.
    public func restart() async throws {
        try await startServer()
    }

    /// A hot standby of this server, as a group runs one for its walls and reports: a copy taken
    /// with `pg_basebackup` into a folder of its own, started read-only and following this
    /// server's write-ahead log over its socket. `stop()` it as well.
    public func replica() async throws -> PostgresCluster {
        var template = Array("/tmp/liaison-pg-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw Failure("cannot make a folder under /tmp: \(String(cString: strerror(errno)))") }
        let folder = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if let serverUser { UnprivilegedUsers.chown(folder, serverUser) }
        chmod(folder, 0o700)
        let replica = PostgresCluster(binaries: binaries, folder: folder, serverUser: serverUser)
        let copied = try await Self.run(
            binaries.folder + "/pg_basebackup",
            ["-h", self.folder, "-p", String(Self.port), "-U", Self.superuser, "-D", replica.dataFolder, "-R", "-X", "stream", "--checkpoint=fast"],
            environment: environment, user: serverUser)
        guard copied.status == 0 else {
            replica.stopNow()
            throw Failure("pg_basebackup failed (\(copied.status)): \(copied.stderr)")
        }
        // The copy's settings name this server's socket folder: its own, appended, wins.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: replica.dataFolder + "/postgresql.conf"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nunix_socket_directories = '\(folder)'\nhot_standby = on\n".utf8))
        try handle.close()
        do {
            try await replica.startServer()
        } catch {
            replica.stopNow()
            throw error
        }
        return replica
    }

    /// `stop()` for `deinit`, which cannot wait asynchronously: blocks until pg_ctl is done.
    private func stopNow() {
        let wasRunning = lock.withLock { defer { running = false }; return running }
        if wasRunning {
            let process = Self.process(
                binaries.pgCtl, ["-D", dataFolder, "-m", "immediate", "-w", "-s", "stop"],
                environment: environment, user: serverUser)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            if (try? process.run()) != nil { process.waitUntilExit() }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: - SQL

    /// Runs `sql` through `psql` as `role` in `database`: `-X` (no psqlrc), ON_ERROR_STOP (the
    /// first error ends the run, exit status 3), verbose errors (with their SQLSTATE), unaligned
    /// rows without headers, fields split by `|`. With `singleTransaction`, all or nothing.
    /// Notifications for a LISTEN of this session are printed after each later command.
    public func psql(
        _ sql: String, as role: String = superuser, database: String = "postgres", singleTransaction: Bool = false
    ) async throws -> PSQLResult {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-psql-\(UUID().uuidString).sql")
        try Data(sql.utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        var arguments = [
            "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose",
            "-h", folder, "-p", String(Self.port), "-U", role, "-d", database, "-f", script.path,
        ]
        if singleTransaction { arguments.insert("--single-transaction", at: 0) }
        let result = try await Self.run(binaries.psql, arguments, environment: environment, user: nil)
        return PSQLResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    /// `psql` that must succeed: its rows, or a thrown failure with psql's words.
    @discardableResult
    public func sql(_ sql: String, as role: String = superuser, database: String = "postgres") async throws -> [String] {
        let result = try await psql(sql, as: role, database: database)
        guard result.succeeded else { throw Failure("as \(role) in \(database): \(result.stderr)") }
        return result.lines
    }

    /// A new, empty database owned by the superuser.
    public func createDatabase(_ name: String) async throws {
        try await sql("CREATE DATABASE \(Self.identifier(name))")
    }

    /// A role that can log in (over this cluster's socket, trusted), member of `groups`. Roles
    /// are the cluster's, shared by its databases; an existing one is left as it is.
    public func createLoginRole(_ name: String, memberOf groups: [String] = []) async throws {
        let grants = groups.map { "GRANT \(Self.identifier($0)) TO \(Self.identifier(name));" }.joined(separator: "\n")
        try await sql("""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = \(Self.literal(name))) THEN
                CREATE ROLE \(Self.identifier(name)) LOGIN;
              END IF;
            END $$;
            \(grants)
            """)
    }

    /// `name` as an SQL identifier, quoted.
    public static func identifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// `text` as an SQL string literal.
    public static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    // MARK: - Processes

    /// The environment of every program run here, made from nothing.
    var environment: [String: String] {
        [
            "PATH": "/usr/bin:/bin",
            "HOME": folder,
            "LC_ALL": "C",
            "LANG": "C",
            "TZ": "UTC",
            "PGTZ": "UTC",
            "PGDATESTYLE": "ISO",
            "PGCLIENTENCODING": "UTF8",
            "PGSYSCONFDIR": folder,
            "PGPASSFILE": folder + "/no-pgpass",
            "PGSERVICEFILE": folder + "/no-pg-service",
            "PGCONNECT_TIMEOUT": "30",
        ]
    }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    private static func process(_ executable: String, _ arguments: [String], environment: [String: String], user: uid_t?) -> ChildProcess {
        let process = ChildProcess()
        if let user {
            let prefix = UnprivilegedUsers.prefix(user)
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// Runs a program to its end without holding a thread, its output gathered in files (a
    /// server started meanwhile cannot hold a file open the way it can a pipe).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], user: uid_t?) async throws -> Output {
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("liaison-pg-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("liaison-pg-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let process = process(executable, arguments, environment: environment, user: user)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let exit = ExitSignal()
        process.terminationHandler = { _ in exit.fire() }
        try process.run()
        try? out.close()
        try? err.close()
        await exit.wait()
        return Output(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = "PostgreSQL test cluster: " + description }
    }
}
