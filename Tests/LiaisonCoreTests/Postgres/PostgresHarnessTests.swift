import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The test cluster's own pieces that need no server: finding Debian's programs by version
/// rather than by a version written down, and reading what psql printed.
@Suite struct PostgresHarnessTests {
    @Test func theNewestCompleteVersionIsFoundWhateverItsNumber() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-pgbin-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        func install(_ version: String, _ programs: [String]) throws {
            try FileManager.default.createDirectory(atPath: "\(root)/\(version)/bin", withIntermediateDirectories: true)
            for program in programs {
                let path = "\(root)/\(version)/bin/\(program)"
                _ = FileManager.default.createFile(atPath: path, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
            }
        }
        #expect(PostgresBinaries.find(root: root) == nil)
        try install("9", ["initdb", "pg_ctl", "postgres", "psql"])
        try install("15", ["initdb", "pg_ctl", "postgres", "psql"])
        try install("17", ["initdb", "psql"])  // a client only: not enough to run a server
        try install("common", ["initdb", "pg_ctl", "postgres", "psql"])
        let found = try #require(PostgresBinaries.find(root: root))
        #expect(found.version == 15 && found.pgCtl == "\(root)/15/bin/pg_ctl")
        try install("16", ["initdb", "pg_ctl", "postgres", "psql"])
        #expect(PostgresBinaries.find(root: root)?.version == 16)
    }

    @Test func psqlsErrorsAndNotificationsAreRead() {
        let refused = PSQLResult(
            status: 3, stdout: "",
            stderr: """
                psql:/tmp/x.sql:2: ERROR:  42501: marking a day reviewed is for a shift lead or a manager; Carla Reid is a care worker
                HINT:  Ask the shift lead on duty to mark the day reviewed.
                CONTEXT:  PL/pgSQL function record_write() line 61 at RAISE

                """)
        #expect(refused.sqlState == "42501" && !refused.succeeded)
        #expect(refused.errorMessage == "marking a day reviewed is for a shift lead or a manager; Carla Reid is a care worker")
        let custom = PSQLResult(status: 3, stdout: "", stderr: "ERROR:  LS002: records are never deleted: DELETE on contact refused\n")
        #expect(custom.sqlState == "LS002" && custom.errorMessage == "records are never deleted: DELETE on contact refused")
        let plain = PSQLResult(status: 2, stdout: "", stderr: "psql: error: connection to server failed\n")
        #expect(plain.sqlState == nil && plain.errorMessage == nil)
        let heard = PSQLResult(
            status: 0,
            stdout: """
                Asynchronous notification "liaison_change" with payload "{"table" : "contact", "id" : "c-1"}" received from server process with PID 4242.
                done

                """,
            stderr: "")
        #expect(heard.notifications.map { $0.channel } == ["liaison_change"])
        #expect(heard.notifications.first?.payload == #"{"table" : "contact", "id" : "c-1"}"#)
        #expect(heard.lines.last == "done")
    }

    @Test func namesAndTextAreQuotedForSQL() {
        #expect(PostgresCluster.identifier(#"we"ird"#) == #""we""ird""#)
        #expect(PostgresCluster.literal("O'Brien") == "'O''Brien'")
    }
}
