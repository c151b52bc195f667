import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The signal that another process may have changed a store: it fires for a commit through
/// another connection, a store moved or made unreadable, and a colleague's unsaved form, and
/// stays quiet while the store is only read. inotify queues an event before the write that
/// caused it returns, so each test asks the descriptor without waiting: no sleeps.
@Suite struct StoreChangeSignalTests {
    /// Removed with the suite's instance, when the test is done.
    let scratch: TestFolder
    var folder: URL { scratch.url }
    let clock = ManualClock(Fixture.start)

    init() throws {
        scratch = try TestFolder("liaison-signal")
    }

    var path: String { folder.appendingPathComponent("store.sqlite").path }

    func open(_ staff: String, mode: Store.Mode = .readWrite) throws -> Store {
        try Store.open(path: path, mode: mode, staff: staff, clock: clock)
    }

    /// Whether the descriptor can be read now, asked without waiting.
    static func isReadable(_ signal: StoreChangeSignal) -> Bool {
        var fds = [pollfd(fd: signal.descriptor, events: Int16(POLLIN), revents: 0)]
        return poll(&fds, 1, 0) == 1
    }

    @Test func anotherConnectionsCommitMakesTheDescriptorReadable() throws {
        _ = try Store.create(path: path, staff: "Shift lead", clock: clock)
        let wall = try open("Wall", mode: .readOnly)
        let colleague = try open("Colleague")
        let signal = try #require(StoreChangeSignal(storePath: path))
        #expect(!Self.isReadable(signal))
        _ = try colleague.addPerson(PersonDraft(name: "Øyvind Haugen", basis: .consent))
        #expect(Self.isReadable(signal))
        #expect(signal.drain() == .store)
        #expect(!Self.isReadable(signal))  // drained: the loop would not wake again for it
        #expect(try wall.refreshIfChanged())
        #expect(wall.people.map(\.name) == ["Øyvind Haugen"])
    }

    @Test func readingTheStoreMakesNoSignal() throws {
        let mine = try Store.create(path: path, staff: "Shift lead", clock: clock)
        _ = try mine.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let wall = try open("Wall", mode: .readOnly)
        let signal = try #require(StoreChangeSignal(storePath: path))
        for store in [mine, wall] {
            #expect(try store.refreshIfChanged() == false)
            _ = try store.contacts(on: Fixture.start)
            _ = try store.search("Edith")
        }
        #expect(!Self.isReadable(signal))
        #expect(signal.drain().isEmpty)
    }

    @Test func aStoreMovedAwayAndBackOrMadeUnreadableIsSignalled() throws {
        _ = try Store.create(path: path, staff: "Shift lead", clock: clock)
        let signal = try #require(StoreChangeSignal(storePath: path))
        try FileManager.default.moveItem(atPath: path, toPath: path + ".away")
        #expect(signal.drain() == .store)
        try FileManager.default.moveItem(atPath: path + ".away", toPath: path)
        #expect(signal.drain() == .store)
        chmod(path, 0)
        #expect(signal.drain() == .store)
        // Files beside the store that are not its own say nothing.
        try Data("notes".utf8).write(to: folder.appendingPathComponent("store.sqlite.bak"))
        #expect(signal.drain().isEmpty)
    }

    @Test func aColleaguesUnsavedFormIsSignalledEvenWhenItsFolderIsMadeLater() throws {
        _ = try Store.create(path: path, staff: "Shift lead", clock: clock)
        let night = DraftStore(storePath: path, staff: "Night Carer", session: 999_981)
        let signal = try #require(StoreChangeSignal(storePath: path, draftsFolder: night.folder.path))
        #expect(!FileManager.default.fileExists(atPath: night.folder.path))
        let notice = DraftNotice(staff: "Night Carer", form: "contact", updatedAt: Fixture.start, about: "HF")
        try night.saveNotice(notice)  // makes the folder, and the notice in it
        #expect(signal.drain().contains(.drafts))
        try night.saveNotice(notice)  // the folder is watched now
        #expect(signal.drain() == .drafts)
        night.discard("contact")
        #expect(signal.drain() == .drafts)
    }

    @Test func theStoresFolderGoingAwayIsALostSignal() throws {
        _ = try Store.create(path: path, staff: "Shift lead", clock: clock)
        let signal = try #require(StoreChangeSignal(storePath: path))
        try FileManager.default.removeItem(at: folder)
        #expect(signal.drain().contains(.lost))
    }

    @Test func noSignalWhereNothingCanBeWatched() {
        #expect(StoreChangeSignal(storePath: ":memory:") == nil)
        #expect(StoreChangeSignal(storePath: folder.appendingPathComponent("no-such-folder/store.sqlite").path) == nil)
    }
}
