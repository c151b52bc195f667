import Foundation
import Testing
import LiaisonCore
import TerminalUI
@testable import Dashboard

/// The dashboard says which store it has open, on its top border, and "read-only" where so.
@Suite struct DashboardStoreLabelTests {
    @Test func theTopBorderNamesTheStoreAndSaysWhenItIsReadOnly() throws {
        let file = try DashboardLiveTests.TemporaryStore()
        let fixture = try DashboardFixture(path: file.path)
        let name = (file.path as NSString).lastPathComponent
        let writable = render(try fixture.screen(), 80, 24).row(0)
        #expect(writable.hasSuffix(" \(name) ─┐"), "\(writable)")
        #expect(writable.hasPrefix("┌─ People ─"))
        #expect(!writable.contains("read-only"))

        let readOnly = try Store.open(path: file.path, mode: .readOnly, staff: "Sam Lead", clock: fixture.clock, calendar: DashboardFixture.calendar)
        let wide = render(try DashboardScreen(store: readOnly), 200, 60).row(0)
        // At 200 columns the whole path fits (it is not under HOME here).
        #expect(wide.hasSuffix(" \(file.path) · read-only ─┐"), "\(wide)")
        let narrow = render(try DashboardScreen(store: readOnly), 80, 24).row(0)
        #expect(narrow.hasSuffix(" · read-only ─┐"), "\(narrow)")
        #expect(narrow.displayWidth == 80)
    }

    /// Every key that would save is refused on a read-only store with the one line, before any
    /// form opens or anything is asked: nothing is typed only to fail at the save.
    @Test func aReadOnlyStoreRefusesEveryEditingKeyWithOneLine() throws {
        let file = try DashboardLiveTests.TemporaryStore()
        let fixture = try DashboardFixture(path: file.path)
        let readOnly = try Store.open(path: file.path, mode: .readOnly, staff: "Sam Lead", clock: fixture.clock, calendar: DashboardFixture.calendar)
        let screen = try DashboardScreen(store: readOnly)
        // As if forms were there: the refusal must not depend on their absence.
        screen.entry = EntryFlows(store: readOnly, drafts: nil)
        let before = render(screen, 80, 24).dump()
        let editing = EntryForm.allCases.map(\.key) + [.character("r"), .character("R"), .character("H")]
        for key in editing {
            screen.focused = .contacts
            #expect(screen.handle(key) == .handled, "\(key)")
            #expect(screen.status == DashboardScreen.readOnlyRefusal, "\(key)")
            let text = render(screen, 80, 24).dump()
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.contains { $0.contains("Read-only: this store can be read here but not changed") }, "\(key)\n\(text)")
            // Nothing opened over the panes: only the footer line differs from before.
            let changed = zip(before.split(separator: "\n", omittingEmptySubsequences: false), lines).filter { $0 != $1 }
            #expect(changed.count <= 1, "\(key)\n\(text)")
        }
        // A key that only reads still works, and clears the refusal.
        #expect(screen.handle(.character("j")) == .handled)
        #expect(screen.status == nil)
    }
}
