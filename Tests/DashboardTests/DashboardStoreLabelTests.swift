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
}
