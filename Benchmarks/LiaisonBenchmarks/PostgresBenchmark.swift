import Foundation
import LiaisonCore
#if canImport(Glibc)
import Glibc
import ProcessSpawning
#endif

/// `liaison-bench postgres [CONTACTS…]`: the PostgreSQL store beside the SQLite one, on the same
/// records (the SQLite benchmark store of that size, moved over with `StoreMigration`, as
/// `liaison migrate` moves it), over TCP on loopback as a terminal on another machine would reach
/// it, with the server's defaults: every commit flushed to disk (`fsync`, `synchronous_commit`).
///
/// Each size's server is kept under /tmp between runs (built once, like the SQLite stores) and
/// started and stopped around the figures. It runs as `nobody` when this is root (PostgreSQL
/// refuses root). The figures: opening with the working set, a durable save, a search, a day a
/// year back, and how soon a save by another process reaches a dashboard (`LiveBenchmark.follow`):
/// through LISTEN/NOTIFY on PostgreSQL, through inotify on SQLite.
enum PostgresBenchmark {
    static func handles(_ arguments: [String]) -> Bool { arguments.count >= 2 && arguments[1] == "postgres" }

    static func run(_ arguments: [String], bench: String) throws -> Never {
        let sizes = arguments.dropFirst(2).compactMap { Int($0) }
        for size in sizes.isEmpty ? [100_000, 1_000_000] : sizes {
            try measure(contacts: size, bench: bench)
        }
        exit(0)
    }

    static func measure(contacts size: Int, bench: String) throws {
        let file = BenchmarkStore.path(contacts: size)
        if !FileManager.default.fileExists(atPath: file) { try BenchmarkStore.build(path: file, contacts: size) }
        let server = try Server(folder: "/tmp/liaison-bench-pg-s\(PostgresSchema.version)-shape\(BenchmarkStore.shape)-\(size)", port: 55_400 + size % 97)
        try server.start()
        defer { server.stop() }
        if try server.psql("SELECT count(*) FROM pg_database WHERE datname = 'care'", database: "postgres") != "1" {
            let started = Date()
            try server.psql("CREATE DATABASE care", database: "postgres")
            _ = try PostgresSetup.initialise(PostgresAddress(server.address(as: Server.admin))!)
            try server.psql("""
                CREATE ROLE bench_lead LOGIN IN ROLE liaison_manager; CREATE ROLE bench_writer LOGIN IN ROLE liaison_manager;
                INSERT INTO liaison.staff (role_name, display_name, job, all_homes) VALUES
                  ('bench_lead', 'Bench Lead', 'manager', true), ('bench_writer', 'Bench Writer', 'manager', true);
                """, database: "care")
            let moved = try StoreMigration.copy(from: file, to: PostgresAddress(server.address(as: Server.admin))!)
            try server.psql("VACUUM ANALYZE", database: "care")
            print("moved \(file) into PostgreSQL (\(moved.tables.map { "\($0.records) \($0.name)" }.joined(separator: ", "))) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
        // An office wall of every home, signed in as the wall's own role (kept databases made
        // before it have it added here).
        try server.psql("""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bench_wall') THEN CREATE ROLE bench_wall LOGIN IN ROLE liaison_wall; END IF;
            END $$;
            INSERT INTO liaison.staff (role_name, display_name, job, all_homes) SELECT 'bench_wall', 'Bench wall', 'wall', true
              WHERE NOT EXISTS (SELECT 1 FROM liaison.staff WHERE role_name = 'bench_wall');
            """, database: "care")
        let lead = server.address(as: "bench_lead")
        print("\(URL(fileURLWithPath: file).lastPathComponent) on PostgreSQL \(server.version) over TCP loopback, beside the SQLite file (load average \(CommandBenchmark.loadAverage())):")
        let scratch = NSTemporaryDirectory() + "liaison-bench-pg-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // The SQLite side writes into a copy, so the kept store stays as built.
        let copy = scratch + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: file, toPath: copy)

        var rows: [(String, String, String)] = []
        for (name, location) in [("PostgreSQL", lead), ("SQLite", copy)] {
            let figures = try storeFigures(location)
            for (index, figure) in figures.enumerated() {
                if rows.count <= index { rows.append((figure.0, "", "")) }
                if name == "PostgreSQL" { rows[index].1 = figure.1 } else { rows[index].2 = figure.1 }
            }
        }
        let live = [("PostgreSQL", server.address(as: "bench_writer"), lead), ("SQLite", copy, copy)].map { name, writer, reader in
            (name, try? LiveBenchmark.follow(path: reader, writerPath: writer, commits: 20, watching: true, bench: bench))
        }
        func liveFigure(_ index: Int, _ pick: (([Double], [Double], Int)) -> [Double]) -> String {
            guard let figures = live[index].1 else { return "failed" }
            let values = pick(figures)
            return "median \(Measurement.ms(Measurement.median(values))), worst \(Measurement.ms(values.max() ?? 0))"
        }
        rows.append(wallFigure(server.address(as: "bench_wall")))
        rows.append(("another process's save to the dashboard's store", liveFigure(0) { $0.0 }, liveFigure(1) { $0.0 }))
        rows.append(("… and to its frame drawn", liveFigure(0) { $0.1 }, liveFigure(1) { $0.1 }))
        print("  | what | PostgreSQL | SQLite |\n  | --- | --- | --- |")
        for row in rows { print("  | \(row.0) | \(row.1) | \(row.2) |") }
    }

    /// The wall's role: opening, and one look (the four wall views read in one snapshot, as on
    /// every save announced and every minute). A file's wall reads its open store instead.
    static func wallFigure(_ address: String) -> (String, String, String) {
        do {
            let (source, opened) = try Measurement.timed { try Store.openForWall(path: address, calendar: .current) }
            var looks: [Double] = []
            var lines = 0
            for _ in 0..<10 {
                let (feed, time) = try Measurement.timed { try source.wallFeed(now: Date(), home: nil, names: .initials) }
                lines = feed.today.count + feed.undecided.count + feed.awaited.count + feed.tasks.count + feed.escalations.count
                looks.append(time)
            }
            return ("the wall's own role: open, then one look at the wall views (\(lines) lines)",
                    "open \(Measurement.ms(opened)); look median \(Measurement.ms(Measurement.median(looks))), worst \(Measurement.ms(looks.max() ?? 0))",
                    "– (a file's wall reads its open store)")
        } catch {
            return ("the wall's own role", "failed: \(error)", "–")
        }
    }

    /// Open, save, search and a day back on one store, as (what, figure) rows.
    static func storeFigures(_ location: String) throws -> [(String, String)] {
        var opens: [Double] = []
        var store: Store?
        for _ in 0..<5 {
            let (opened, time) = try Measurement.timed { try Store.open(path: location, staff: "Bench Lead") }
            opens.append(time)
            store = opened
        }
        guard let store, let person = store.people.first, let partner = store.partners.first else { throw StoreError("empty store") }
        let rss = Measurement.residentMegabytes()
        var saves: [Double] = []
        for i in 0..<20 {
            saves.append(try Measurement.timed {
                try store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone, summary: "Bench save \(i)", advice: "Offer fluids"))
            }.1)
        }
        var searches: [Double] = []
        var hits = 0
        for word in ["paracetamol", "pressure heel", "thickened", "physiotherapy", "zebra"] {
            let (found, time) = try Measurement.timed { try store.search(word) }
            hits += found.count
            searches.append(time)
        }
        var days: [Double] = []
        var dayCount = 0
        for back in 364..<374 {
            let (day, time) = try Measurement.timed { try store.contacts(on: Date().addingTimeInterval(-Double(back) * 86_400)) }
            dayCount = day.count
            days.append(time)
        }
        return [
            ("open + working set (\(store.recentContacts.count) recent contacts)", "median \(Measurement.ms(Measurement.median(opens))) of 5"),
            ("resident memory after five opens", String(format: "%.0f MiB", rss)),
            ("save one contact (durable commit)", "median \(Measurement.ms(Measurement.median(saves))), worst \(Measurement.ms(saves.max() ?? 0))"),
            ("word search (5 queries, \(hits) hits)", "median \(Measurement.ms(Measurement.median(searches))), worst \(Measurement.ms(searches.max() ?? 0))"),
            ("one day's contacts a year back (\(dayCount))", "median \(Measurement.ms(Measurement.median(days))) of 10"),
        ]
    }

    /// A PostgreSQL server of the benchmark's own: its data folder kept, started and stopped here.
    final class Server {
        static let admin = "bench_admin"
        let folder: String
        let port: Int
        let bin: String
        /// `nobody` when this runs as root: PostgreSQL refuses to run as root.
        private let asNobody = getuid() == 0
        private var data: String { folder + "/data" }

        init(folder: String, port: Int) throws {
            guard let bin = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?
                .sorted().reversed().map({ "/usr/lib/postgresql/\($0)/bin" })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl") })
            else { throw StoreError("PostgreSQL is not installed (apt-get install postgresql)") }
            self.folder = folder
            self.port = port
            self.bin = bin
        }

        var version: String { URL(fileURLWithPath: bin).deletingLastPathComponent().lastPathComponent }

        func address(as role: String) -> String { "postgresql://\(role)@127.0.0.1:\(port)/care" }

        func start() throws {
            if !FileManager.default.fileExists(atPath: data + "/PG_VERSION") {
                try? FileManager.default.removeItem(atPath: folder)
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                if asNobody { _ = try shell(["/bin/chown", "nobody:nogroup", folder]) }
                try check(shell(asServer([bin + "/initdb", "-D", data, "-U", Self.admin, "--auth=trust", "--encoding=UTF8", "--no-locale"])), "initdb")
            }
            // The server's defaults for durability; only where it listens is set: loopback and a socket here.
            let options = "-c listen_addresses=127.0.0.1 -c port=\(port) -c unix_socket_directories=\(folder)"
            // bash closes every inherited descriptor above stderr for pg_ctl, so the server holds no pipe of ours.
            let closing = #"c=""; for f in /proc/$$/fd/*; do n=${f##*/}; [ "$n" -gt 2 ] && c="$c $n>&-"; done; eval "\"\$@\" $c""#
            try check(shell(asServer(["/bin/bash", "-c", closing, "bash", bin + "/pg_ctl", "-D", data, "-l", folder + "/server.log", "-w", "-s", "-o", options, "start"])),
                      "pg_ctl start")
        }

        func stop() {
            _ = try? shell(asServer([bin + "/pg_ctl", "-D", data, "-m", "fast", "-w", "-s", "stop"]))
        }

        /// One statement or script through psql as the administrator; its output, trimmed.
        @discardableResult
        func psql(_ sql: String, database: String) throws -> String {
            let (status, output) = try shell([bin + "/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port),
                                              "-U", Self.admin, "-d", database, "-c", sql])
            guard status == 0 else { throw StoreError("psql failed: \(output)") }
            return output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        private func asServer(_ command: [String]) -> [String] {
            asNobody ? ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + command : command
        }

        private func check(_ result: (Int32, String), _ what: String) throws {
            guard result.0 == 0 else { throw StoreError("\(what) failed (\(result.0)): \(result.1)") }
        }

        private func shell(_ command: [String]) throws -> (Int32, String) {
            let process = ChildProcess()
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
            process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bench-pg-\(UUID().uuidString).out")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: output) }
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            process.waitUntilExit()
            try handle.close()
            return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
        }
    }
}
