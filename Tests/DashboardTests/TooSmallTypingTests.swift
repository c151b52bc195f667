import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
import TerminalUITestSupport
@testable import Dashboard
@testable import LiaisonCore

/// A window shrunk below a form's size shows "Terminal too small". Keys typed then must not go
/// into the form nobody can see: a summary typed blind, or an Enter that saves it, would be a
/// record nobody read. Only `q` on the dashboard itself still leaves.
@Suite struct TooSmallTypingTests {
    @Test func keysTypedWhileAFormIsTooSmallToShowChangeNothing() throws {
        let fixture = try EntryFixture()
        let (screen, _) = try fixture.dashboard()
        let saved = try fixture.store.contacts(on: EntryFixture.start).count
        let backend = ScriptedBackend(size: Size(width: 120, height: 30))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        backend.send(keys: [.character("a")] + "harold".map(Key.character))
        for _ in 0..<7 { #expect(loop.step() == nil) }
        let before = loop.frame.dump()
        #expect(before.contains("harold"), "\(before)")

        backend.send(.resized(Size(width: 50, height: 12)))
        backend.send(keys: "blind".map(Key.character) + [.escape, .enter, .character("q")])
        for _ in 0..<9 { #expect(loop.step() == nil) }
        #expect(loop.frame.dump().contains("Terminal too small"))

        backend.send(.resized(Size(width: 120, height: 30)))
        #expect(loop.step() == nil)
        #expect(loop.frame.dump() == before)
        #expect(try fixture.store.contacts(on: EntryFixture.start).count == saved)
    }

    @Test func qStillLeavesTheDashboardWhenItIsTooSmall() throws {
        let fixture = try EntryFixture()
        let (screen, _) = try fixture.dashboard()
        let backend = ScriptedBackend(size: Size(width: 30, height: 8))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        backend.send(keys: [.character("a"), .character("q")])
        #expect(loop.step() == nil)
        #expect(screen.presented.isEmpty)  // `a` opened nothing unseen
        #expect(loop.step() == .quit)
    }
}
