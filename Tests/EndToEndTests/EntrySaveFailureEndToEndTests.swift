import Foundation
import LiaisonTestSupport
import Testing

/// Issue 5: "a save that fails keeps the form open with the message". Another program holds the
/// store's write lock (as a stuck save or a copying backup would); the form must say it was not
/// saved within a moment, not freeze for the store's full wait, keep every word, and save on the
/// next Ctrl-S once the store is free.
@Suite(.endToEnd, .tags(.endToEnd)) struct EntrySaveFailureEndToEndTests {
    let entry: EntryEndToEndTests
    var store: String { entry.store }

    init() throws { entry = try EntryEndToEndTests() }

    /// sqlite3 in its own tmux server, holding the write lock until it is told to quit.
    func holdStore() async throws -> TmuxSession {
        let holder = try TmuxSession(
            command: "sh -c \"sqlite3 -cmd 'BEGIN EXCLUSIVE;' \(store); echo RELEASED; exec sh\"", width: 80, height: 10)
        #expect(await holder.waitFor("sqlite>"))
        #expect(!holder.capture().contains("Error"), "sqlite3 did not get the lock: \(holder.capture())")
        return holder
    }

    /// Whether the sqlite3 shell is on the PATH: it is what holds the store here.
    static var hasSQLiteShell: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/sqlite3") }
    }

    @Test(.enabled(if: hasSQLiteShell, "needs the sqlite3 shell to hold the store's lock"))
    func aSaveRefusedByAHeldStoreKeepsTheFormThenSavesOnceItIsFree() async throws {
        let session = try await entry.open()
        defer { session.kill() }
        let summary = "Nurse rang while the store was held"
        try await EntryEndToEndTests.startContact(session, summary: summary)
        try session.send("Tab")
        try session.send("Zoë: «keep her legs raised», 王", literal: true)
        #expect(await session.waitFor("«keep her legs raised»"))

        let holder = try await holdStore()
        defer { holder.kill() }
        try session.send("C-s")
        // The form waits only briefly for the lock (EntryShortWaitTests reads the wait back);
        // here it is enough that it gives up while the store is still held.
        #expect(await session.waitFor("Not saved"))
        let refused = EntryEndToEndTests.flattened(session.capture())
        #expect(refused.contains("New contact / advice"))
        #expect(refused.contains("busy"), "\(refused)")
        #expect(refused.contains("The form stays open with everything you typed; Ctrl-S tries again."), "\(refused)")
        #expect(refused.contains(summary) && refused.contains("Zoë: «keep her legs raised», 王"))
        #expect(try await entry.records("contacts", where: "summary", is: summary).isEmpty)
        #expect(entry.draftFiles.count == 1, "the typing is kept as a draft while it cannot be saved")

        // Still answering keys while the store is held: the form is not stuck in a save.
        try session.send("Tab")
        try session.send("Right")
        #expect(await session.waitFor("Asked for how"))

        try holder.send(".quit", literal: true)
        try holder.send("Enter")
        #expect(await holder.waitFor("RELEASED"))
        try session.send("C-s")
        #expect(await eventually { !session.capture().contains("New contact / advice") })
        let contact = try #require(try await entry.records("contacts", where: "summary", is: summary).first)
        #expect(contact["advice"] as? String == "Zoë: «keep her legs raised», 王")
        #expect((contact["confirmation"] as? [String: Any])?["state"] as? String == "requested")
        #expect(entry.draftFiles.isEmpty)
        #expect(await session.waitFor("Saved: \(summary)"))
    }
}
