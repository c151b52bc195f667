import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// Stores on disk: another connection's writes are noticed, read-only means read-only,
/// files are private, and a newer store is refused unchanged.
@Suite struct PersistenceTests {
    /// Removed with the suite's instance, when the test is done.
    let scratch: TestFolder
    var folder: URL { scratch.url }

    init() throws {
        scratch = try TestFolder("liaison-core")
    }

    var path: String { folder.appendingPathComponent("store.sqlite").path }

    @Test func anotherWritersSaveIsNoticedAndAnnounced() throws {
        let mine = try Store.create(path: path, staff: "Shift lead")
        let theirs = try Store.open(path: path, staff: "Colleague")
        let wall = try Store.open(path: path, mode: .readOnly, staff: "Wall")
        var changes: [StoreChange] = []
        wall.addObserver { changes.append($0) }
        #expect(try wall.refreshIfChanged() == false)
        let person = try theirs.addPerson(PersonDraft(name: "Øyvind Haugen", basis: .consent))
        #expect(try mine.refreshIfChanged() == true)
        #expect(mine.person(id: person.id)?.name == "Øyvind Haugen")
        #expect(try wall.refreshIfChanged() == true)
        #expect(changes == [.reloaded])
        #expect(try wall.refreshIfChanged() == false)
        // A store's own saves need no reload: they are already in memory.
        try mine.addPartner(PartnerDraft(name: "Dr Ward", role: .gp))
        #expect(try mine.refreshIfChanged() == false)
        #expect(mine.partners.count == 1)
    }

    @Test func readOnlyCannotWrite() throws {
        _ = try Store.create(path: path, staff: "A")
        let wall = try Store.open(path: path, mode: .readOnly, staff: "Wall")
        #expect(throws: StoreError.self) { try wall.addPerson(PersonDraft(name: "X")) }
        #expect(throws: StoreError.self) { try Store.open(path: folder.appendingPathComponent("none.sqlite").path, mode: .readOnly, staff: "Wall") }
    }

    @Test func newStoresAreOwnerOnly() throws {
        _ = try Store.create(path: path, staff: "A")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func aSharedSetgidFolderGivesGroupAccess() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o2770], ofItemAtPath: folder.path)
        let store = try Store.create(path: path, staff: "A")
        try store.addPerson(PersonDraft(name: "Y"))
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o660, "\(file)")
        }
    }

    @Test func aNewerSchemaIsRefusedUnchanged() throws {
        try Store.create(path: path, staff: "A").close()
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data.replaceSubrange(60..<64, with: [0, 0, 0, 42])
        try data.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try Store.open(path: path, staff: "A") }
        #expect(error?.message.contains("newer version of Liaison") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
    }

    @Test func exportImportRoundTripInMemory() throws {
        let clock = ManualClock(Fixture.start)
        let source = try Store.inMemory(clock: clock, calendar: Fixture.utc)
        try source.fillWithDemo(seed: 5)
        #expect(source.people.count == 40)
        let json = try source.exportJSON()
        let copy = try Store.inMemory(clock: clock, calendar: Fixture.utc)
        try copy.importJSON(json)
        #expect(try copy.exportJSON() == json)
        #expect(throws: FieldError.self) { try copy.importJSON(json) }
        #expect(throws: FieldError.self) { try copy.fillWithDemo(seed: 5) }
    }

    /// Two `liaison demo` started at once on a new store both find it empty; the second to fill
    /// it must open the first one's sample data, whole and once, not fail.
    @Test func twoDemosAtOnceGiveOneDemoAndNoFailure() throws {
        let clock = ManualClock(Fixture.start)
        let first = try Store.create(path: path, staff: "First", clock: clock, calendar: Fixture.utc)
        let second = try Store.open(path: path, staff: "Second", clock: clock, calendar: Fixture.utc)
        var filledFirst = false
        let filledSecond = try second.fillWithDemoIfEmpty(seed: 3, afterLooking: {
            filledFirst = try first.fillWithDemoIfEmpty(seed: 3)
        })
        #expect(filledFirst && !filledSecond)
        #expect(second.staffList == DemoText.staffList(madeBy: "First"), "the second demo's dashboard has the demo's staff list too")
        let alone = try Store.inMemory(clock: clock, calendar: Fixture.utc)
        try alone.fillWithDemo(seed: 3)
        let expected = try alone.exportDocument()
        let stored = try Store.open(path: path, mode: .readOnly, staff: "Reader", clock: clock, calendar: Fixture.utc).exportDocument()
        #expect(stored.people.count == expected.people.count && stored.contacts.count == expected.contacts.count)
        #expect(!expected.contacts.isEmpty)
        // A store that was not empty to begin with is still refused as before, not passed over.
        #expect(throws: FieldError.self) { try first.fillWithDemo(seed: 3) }
    }

    @Test func demoCoversWhatTheDashboardShows() throws {
        let clock = ManualClock(Fixture.start)
        let store = try Store.inMemory(clock: clock, calendar: Fixture.utc)
        try store.fillWithDemo(seed: 9)
        let counts = store.counts
        #expect(counts.contactsToday > 0)
        #expect(try store.contacts(on: Fixture.start.addingTimeInterval(-86_400)).count > 0)
        #expect(counts.overdueTasks > 0)
        #expect(counts.awaitingConfirmation > 0)
        #expect(counts.basisReviewOverdue > 0)
        #expect(counts.withoutSharingBasis > 0)
        #expect(try !store.sharingExceptions().isEmpty)
        let kinds = Set(try store.exportDocument().escalations.map(\.kind))
        #expect(kinds == Set(Escalation.Kind.allCases))
        #expect(Set(store.partners.map(\.role)).isSuperset(of: PartnerRole.allCases.filter { $0 != .other }))
        #expect(store.people.contains { $0.basis.kind == .representative })
        #expect(store.people.contains { $0.basis.kind == .withdrawn })
    }
}
