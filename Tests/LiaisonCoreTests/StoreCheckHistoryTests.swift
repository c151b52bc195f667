import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// `check`'s rules for earlier versions (R11), each broken by hand the way another program or a
/// damaged disk could, and named in words: a record's history runs 1, 2, … up to the version
/// before its own, and belongs to a record that exists.
@Suite struct StoreCheckHistoryTests {
    /// A store whose person was amended twice (so versions 1 and 2 are kept and it is at 3),
    /// with a partner amended once; `damage` then runs with foreign keys off.
    static func store(_ folder: TempFolder, damage: (Database, _ person: String, _ partner: String) throws -> Void) throws -> String {
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start))
        var person = try store.addPerson(PersonDraft(name: "Edith Brown"))
        person.location = "Room 4"
        person = try store.amend(person, reason: "Moved rooms")
        person.location = "Room 5"
        person = try store.amend(person, reason: "Moved again")
        var partner = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        partner.phone = "01632 960000"
        partner = try store.amend(partner, reason: "New number")
        try store.close()
        var config = Configuration()
        config.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in try damage(db, person.id, partner.id) }
        try queue.close()
        return path
    }

    @Test func aHealthyAmendedStorePasses() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try Self.store(folder) { _, _, _ in }
        let report = try StoreCheck.run(path: path)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.counts["history"] == 3)
    }

    @Test func aMissingVersionIsAGap() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var person = ""
        let path = try Self.store(folder) { db, p, _ in
            person = p
            try db.execute(sql: "DELETE FROM history WHERE record_id = ? AND version = 1", arguments: [p])
        }
        #expect(try StoreCheck.run(path: path).problems == [
            "person \(person): is version 3, so its history should hold versions 1 to 2, but it holds 2",
        ])
    }

    /// History entries put in by hand, with ids as Liaison makes them.
    static let copy = "c0b70000-0000-4000-8000-000000000001", late = "1a7e0000-0000-4000-8000-000000000002"
    static let stray = "5a1e0000-0000-4000-8000-000000000003"

    @Test func aVersionKeptTwiceOrOneNotEarlierIsNamed() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var person = "", partner = ""
        let path = try Self.store(folder) { db, p, q in
            (person, partner) = (p, q)
            // A second copy of the person's version 2, and a "version 1" of the partner's that is its current one.
            try db.execute(sql: "INSERT INTO history (id, body) SELECT '\(Self.copy)', json_set(body, '$.id', '\(Self.copy)') FROM history WHERE record_id = ? AND version = 2", arguments: [p])
            try db.execute(sql: "INSERT INTO history (id, body) SELECT '\(Self.late)', json_set(json_set(body, '$.id', '\(Self.late)'), '$.version', 2) FROM history WHERE record_id = ?", arguments: [q])
        }
        let problems = try StoreCheck.run(path: path).problems
        #expect(Set(problems) == [
            "person \(person): is version 3, so its history should hold versions 1 to 2, but it holds 1, 2, 2",
            "partner \(partner): is version 2, so its history should hold versions 1 to 1, but it holds 1, 2",
            // The entry edited to say version 2 still keeps version 1.
            "history \(Self.late): the earlier version it keeps is version 1, where the entry says 2",
        ], "\(problems)")
    }

    @Test func historyOfARecordThatIsNotThereIsNamed() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try Self.store(folder) { db, _, q in
            try db.execute(sql: "INSERT INTO history (id, body) SELECT '\(Self.stray)', json_set(json_set(body, '$.id', '\(Self.stray)'), '$.recordID', 'nobody') FROM history WHERE record_id = ?", arguments: [q])
        }
        let problems = try StoreCheck.run(path: path).problems
        #expect(problems.contains("history of partner nobody: the record it belongs to does not exist"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("history \(Self.stray): the earlier version it keeps is of partner ") && $0.hasSuffix(", not of nobody") },
                "\(problems)")
        #expect(problems.count == 2, "\(problems)")
    }

    @Test func anAmendedRecordWithNoHistoryAtAllIsNamed() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var partner = ""
        let path = try Self.store(folder) { db, _, q in
            partner = q
            try db.execute(sql: "DELETE FROM history WHERE record_id = ?", arguments: [q])
        }
        #expect(try StoreCheck.run(path: path).problems == ["partner \(partner): is version 2 but none of its earlier versions is kept"])
    }

    @Test func theSameChecksRunOnOneConnectionAsOnTwo() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try Self.store(folder) { db, p, _ in
            try db.execute(sql: "DELETE FROM history WHERE record_id = ? AND version = 2", arguments: [p])
        }
        let database = try StoreDatabase.open(path: path, mode: .readOnly)
        let sequential = try database.read { db in try StoreCheck.check(db) }
        let parallel = try StoreCheck.run(path: path)
        #expect(sequential.problems == parallel.problems)
        #expect(sequential.counts == parallel.counts)
        #expect(parallel.problems.count == 1)
    }
}
