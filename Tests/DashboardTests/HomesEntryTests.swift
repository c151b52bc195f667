import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// The person form in a group of homes: a Home choice (starting at the dashboard's own home),
/// and a move to another home saved as an amendment that keeps the old home in history.
@Suite struct HomesEntryTests {
    func dashboard(_ fixture: HomesFixture, home: Home?) throws -> (DashboardScreen, KeyScript) {
        let screen = try DashboardScreen(store: fixture.store, home: home)
        screen.entry = EntryFlows(store: fixture.store, drafts: nil, home: home)
        return (screen, KeyScript(screen))
    }

    @Test func aNewPersonsHomeStartsAtTheDashboardsHomeAndCanBeChosen() throws {
        let fixture = try HomesFixture()
        let (screen, script) = try dashboard(fixture, home: HomesFixture.homes[1])
        script.press(.character("p"))
        #expect(script.render().contains(" Home                       Rosewood [Elm House]\n"))
        script.type("Ada Lovelace")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(fixture.store.people.first { $0.name == "Ada Lovelace" }?.home == "Elm")

        let (group, groupScript) = try dashboard(fixture, home: nil)
        groupScript.press(.character("p"))
        groupScript.type("Grace Hopper")
        groupScript.press(.tab, .tab, .tab, .tab, .right)  // preferred, room, key worker, home: Rosewood → Elm House
        groupScript.press(.control("s"))
        #expect(group.presentedScreen == nil)
        #expect(fixture.store.people.first { $0.name == "Grace Hopper" }?.home == "Elm")
    }

    @Test func aServiceWithoutHomesNeverShowsTheChoice() throws {
        let fixture = try EntryFixture()
        let screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(screen)
        script.press(.character("p"))
        #expect(!script.render().contains("Home"))
    }

    @Test func movingSomeoneIsAnAmendmentThatKeepsTheOldHome() throws {
        let fixture = try HomesFixture()
        let (screen, script) = try dashboard(fixture, home: nil)
        script.press(.character("P"))
        script.type("browne")
        script.press(.enter, .tab, .tab, .tab, .tab, .tab, .left)  // on to Home: Elm House → Rosewood
        script.press(.tab, .tab, .tab, .tab, .tab)
        script.type("moved for nursing care")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        let moved = try #require(fixture.store.person(id: fixture.elm.id))
        #expect(moved.home == "Rosewood" && moved.audit.version == 2)
        let history = try fixture.store.history(of: moved.id)
        #expect(history.map(\.reason) == ["moved for nursing care"])
        #expect(history[0].record.contains(#""home":"Elm""#))
        #expect(history[0].isCorrection == nil, "a move is not a mistake put right")
        #expect(screen.rows(of: .people).first { $0[0] == "Edith Browne" }?[1] == "R")
    }

    /// Someone who left has not moved since: a home changed on them puts a mistake right, and
    /// the handover lists it among the corrections.
    @Test func aHomeChangedOnSomeoneWhoLeftIsACorrection() throws {
        let fixture = try HomesFixture()
        try fixture.store.leave(fixture.elm, as: .moved, on: fixture.store.clock.now, note: nil, reason: "")
        let (screen, script) = try dashboard(fixture, home: nil)
        script.press(.character("P"))
        script.type("browne")
        script.press(.enter, .tab, .tab, .tab, .tab, .tab, .left)  // on to Home: Elm House → Rosewood
        script.press(.tab, .tab, .tab, .tab, .tab)
        script.type("her home was recorded wrongly")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render())")
        let history = try fixture.store.history(of: fixture.elm.id)
        #expect(history.last?.reason == "her home was recorded wrongly" && history.last?.isCorrection == true)
    }

    /// A home's office records its own residents' leaving and coming back: the leaving form
    /// offers no one from another home, as every other picker on that dashboard.
    @Test func theLeavingFormOffersOnlyTheHomesOwnPeople() throws {
        let fixture = try HomesFixture()
        try fixture.store.leave(fixture.rosewood, as: .moved, on: fixture.store.clock.now, note: nil, reason: "")
        let (_, script) = try dashboard(fixture, home: HomesFixture.homes[1])
        script.press(.character("L"))
        script.type("edith")
        var form = script.render()
        #expect(form.contains("Edith Browne  Room 1") && !form.contains("Edith Brown  Room 1"), "\(form)")
        let (_, group) = try dashboard(fixture, home: nil)
        group.press(.character("L"))
        group.type("edith")
        form = group.render()
        #expect(form.contains("Edith Browne  Room 1\n") && form.contains("Edith Brown  Room 1 · left: moved"), "\(form)")
    }
}
