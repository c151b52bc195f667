import Foundation
import LiaisonCore
import TerminalUI
import TerminalUITestSupport
import Testing
@testable import Dashboard

/// Another terminal's saves arriving on the timer, and screens presented over the dashboard.
@Suite struct DashboardLiveTests {
    /// A store file in a fresh folder, removed afterwards.
    final class TemporaryStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-dash-\(UUID().uuidString)")
        var path: String { folder.appendingPathComponent("store.sqlite").path }
        init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    /// The dashboard over a store file, in a loop over a scripted terminal, drawn once; with a
    /// signal, its first step taken too: the look at once as the signal starts.
    func running(_ file: TemporaryStore, polling: Bool = false) throws -> (DashboardFixture, DashboardScreen, EventLoop, ScriptedBackend) {
        let fixture = try DashboardFixture(path: file.path)
        let screen = try fixture.screen()
        if polling { screen.startSignal = { _, _ in nil } }
        let backend = ScriptedBackend(size: Size(width: 100, height: 30))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        if !polling { _ = loop.step() }
        return (fixture, screen, loop, backend)
    }

    @Test func anIdleDashboardAsksToBeWokenOnlyOnTheMinute() throws {
        let file = try TemporaryStore()
        let (_, screen, loop, backend) = try running(file)
        let start = backend.time.now  // on a whole minute
        #expect(start == ManualTime().now)  // the first look took no time, and found nothing to draw
        #expect(backend.frames.count == 1)
        #expect(screen.nextWakeUp(after: start) == start.addingTimeInterval(60))
        for minute in 1...10 {
            #expect(loop.step() == nil)
            #expect(backend.time.now == start.addingTimeInterval(TimeInterval(minute * 60)))
        }
        #expect(backend.frames.count == 11)  // the first, then one a minute for the day header
        #expect(backend.watched.count == 1)  // the store's signal, waited on all along
    }

    @Test func aColleaguesSaveAppearsAtOnceKeepingTheHighlight() throws {
        let file = try TemporaryStore()
        let (fixture, screen, loop, backend) = try running(file)
        _ = screen.handle(.down)  // Νίκος Παππάς
        let highlighted = screen.selectedID(in: .people)
        let colleague = try fixture.colleague(path: file.path)
        // Sorts first, so the highlighted person moves down a row.
        let aaron = try colleague.addPerson(PersonDraft(name: "Aaron Abbott", basis: .consent))
        let gp = try #require(colleague.partners.first { $0.name == "Dr Helen Ward" })
        try colleague.addContact(ContactDraft(
            personID: aaron.id, partnerID: gp.id, channel: .phone, happenedAt: DashboardFixture.at(9, 55), summary: "Registered with the practice"))
        #expect(screen.rows(of: .people).count == 4)  // nothing behind the loop's back
        let start = backend.time.now
        #expect(loop.step() == nil)
        #expect(backend.time.now == start)  // woken by the signal, not a timer
        #expect(screen.rows(of: .people).count == 5)
        #expect(screen.rows(of: .contacts).map { $0[2] }.contains("Aaron Abbott"))
        #expect(screen.selectedID(in: .people) == highlighted)
        #expect(backend.frames.count == 2)
    }

    @Test func withoutASignalTheDashboardLooksTwiceASecondAsBefore() throws {
        let file = try TemporaryStore()
        let (fixture, screen, loop, backend) = try running(file, polling: true)
        let start = backend.time.now
        #expect(screen.wakeDescriptors.isEmpty)
        #expect(screen.nextWakeUp(after: start) == start.addingTimeInterval(LiveUpdates.pollInterval))
        try fixture.colleague(path: file.path).addPerson(PersonDraft(name: "Aaron Abbott", basis: .consent))
        #expect(loop.step() == nil)
        #expect(backend.time.now == start.addingTimeInterval(LiveUpdates.pollInterval))
        #expect(screen.rows(of: .people).count == 5)
        #expect(backend.frames.count == 2)
    }

    /// A bulk import next door: commits keep coming while the dashboard runs. Each is heard, but
    /// they are gathered so the store is read again no more often than the old timer did.
    @Test func aBurstOfCommitsIsGatheredIntoFewLooks() throws {
        let file = try TemporaryStore()
        let (fixture, screen, loop, backend) = try running(file)
        var reloads = 0
        fixture.store.addObserver { if $0 == .reloaded { reloads += 1 } }
        let colleague = try fixture.colleague(path: file.path)
        let start = backend.time.now
        for index in 0..<40 {
            try colleague.addPartner(PartnerDraft(name: "Imported partner \(index)", role: .gp))
            #expect(loop.step() == nil)
        }
        let elapsed = backend.time.now.timeIntervalSince(start)
        #expect(reloads < 40)
        #expect(Double(reloads) <= 1 + elapsed / LiveUpdates.pollInterval)
        // The last of them is shown once the burst is over, before the minute comes round.
        let seen = screen.state.store.partners.count
        while backend.time.now < start.addingTimeInterval(elapsed + 1) { #expect(loop.step() == nil) }
        #expect(backend.time.now < start.addingTimeInterval(60))
        #expect(seen < 43 && screen.state.store.partners.count == 43)
    }

    @Test func aHalfTypedSearchSurvivesARefresh() throws {
        let file = try TemporaryStore()
        let fixture = try DashboardFixture(path: file.path)
        let screen = try fixture.screen()
        _ = screen.handle(.character("/"))
        _ = screen.handle(.character("?"))  // nothing typed yet: the search's own keys
        #expect(render(screen, 100, 30).dump().contains("Keys in the search"))
        _ = screen.handle(.escape)
        for c in "readi" { _ = screen.handle(.character(c)) }
        try fixture.colleague(path: file.path).addPartner(PartnerDraft(name: "Dr New", role: .gp))
        #expect(screen.wakeUp(at: DashboardFixture.now) == .changed)
        let search = try #require(screen.presentedScreen as? SearchView)
        #expect(search.field.text == "readi")
        _ = screen.handle(.character("n"))
        _ = screen.handle(.character("g"))
        _ = screen.handle(.enter)
        #expect(search.searched == "reading")
        #expect(search.resultIDs.count == 1)
        // The open task about the readings comes before the contact: open work is listed first.
        #expect(search.listed.count == 2 && search.listed.last == .contact(search.resultIDs[0]))
        _ = screen.handle(.enter)  // the same words again: open the highlighted result
        #expect((screen.presentedScreen as? DetailView)?.record == search.listed[0])
        _ = screen.handle(.escape)
        #expect(screen.presentedScreen === search)
        _ = screen.handle(.escape)
        #expect(screen.presentedScreen == nil)
    }

    /// A stand-in for an entry form: takes keys, saves through the store, quits on Esc.
    final class FakeForm: Screen {
        let store: Store
        var typed = ""
        init(store: Store) { self.store = store }
        var minimumSize: Size { Size(width: 10, height: 3) }
        func draw(into grid: inout CellGrid, theme: Theme) {
            grid.write("FORM: " + typed, x: 2, y: 2, style: theme[.overlay])
        }
        func handle(_ key: Key) -> ScreenResponse {
            switch key {
            case .escape: return .quit
            case .character(let c): typed.append(c)
            case .enter:
                let person = store.people.first!, partner = store.partners.first!
                _ = try? store.addContact(ContactDraft(
                    personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: DashboardFixture.at(9, 58), summary: typed))
            default: return .ignored
            }
            return .handled
        }
    }

    @Test func aPresentedScreenTakesTheKeysDrawsOnTopAndItsSaveShowsAfterwards() throws {
        let fixture = try DashboardFixture()
        let backend = ScriptedBackend(size: Size(width: 80, height: 24))
        let screen = try fixture.screen()
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        screen.present(FakeForm(store: fixture.store))
        backend.send(keys: [.character("q"), .character("t"), .enter])
        for _ in 0..<3 { #expect(loop.step() == nil) }  // q is typed into the form: no quitting
        #expect(loop.frame.row(2).contains("FORM: qt"))
        #expect(loop.frame.row(0).contains("People"))  // the dashboard is still drawn beneath
        #expect(screen.rows(of: .contacts).count == 3)  // not re-read while the form is up
        backend.send(keys: [.escape])
        #expect(loop.step() == nil)
        #expect(screen.presentedScreen == nil)
        #expect(screen.rows(of: .contacts).map { $0[7] }.contains("qt"))
        #expect(!loop.frame.dump().contains("FORM:"))
    }

    /// A presented screen with a timer of its own, as a form saving drafts would have.
    final class Ticking: Screen {
        var wakes: [Date] = []
        var next: Date?
        var minimumSize: Size { Size(width: 10, height: 3) }
        func draw(into grid: inout CellGrid, theme: Theme) {}
        func handle(_ key: Key) -> ScreenResponse { key == .escape ? .quit : .handled }
        func nextWakeUp(after now: Date) -> Date? {
            if next.map({ $0 <= now }) ?? true { next = now.addingTimeInterval(0.2) }
            return next
        }
        func wakeUp(at now: Date) -> WakeResult {
            wakes.append(now)
            next = now.addingTimeInterval(0.2)
            return .changed
        }
    }

    @Test func aPresentedScreensTimerIsHonouredAlongsideTheRefresh() throws {
        let fixture = try DashboardFixture()
        let backend = ScriptedBackend(size: Size(width: 80, height: 24))
        let screen = try fixture.screen()
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        let ticking = Ticking()
        screen.present(ticking)
        let start = backend.time.now
        // No keys: the clock jumps to each deadline in turn — 0.2, 0.4, the refresh at 0.5, 0.6, 0.8.
        for _ in 0..<5 { #expect(loop.step() == nil) }
        let offsets = ticking.wakes.map { ($0.timeIntervalSince(start) * 10).rounded() / 10 }
        #expect(offsets == [0.2, 0.4, 0.6, 0.8])
    }

    /// A presented screen whose timer usually finds nothing to do, as a draft saver would.
    final class Quiet: Screen {
        var results: [WakeResult] = []
        var wakes = 0
        var minimumSize: Size { Size(width: 10, height: 3) }
        func draw(into grid: inout CellGrid, theme: Theme) {}
        func handle(_ key: Key) -> ScreenResponse { key == .escape ? .quit : .handled }
        func nextWakeUp(after now: Date) -> Date? { now.addingTimeInterval(0.2) }
        func wakeUp(at now: Date) -> WakeResult {
            wakes += 1
            return results.isEmpty ? .unchanged : results.removeFirst()
        }
    }

    @Test func looksThatFindNoSaveDrawNothing() throws {
        let file = try TemporaryStore()
        let (fixture, screen, loop, backend) = try running(file)
        let start = backend.time.now
        try fixture.colleague(path: file.path).addPartner(PartnerDraft(name: "Dr New", role: .gp))
        #expect(loop.step() == nil)
        #expect(backend.frames.count == 2)
        // The store is looked at a few times more while the commit settles: nothing new, no frame.
        let minute = start.addingTimeInterval(60)
        while let next = screen.nextWakeUp(after: backend.time.now), next < minute { #expect(loop.step() == nil) }
        #expect(backend.time.now == start.addingTimeInterval(LiveUpdates.settleDelays.last ?? 0))
        #expect(backend.frames.count == 2)
        #expect(loop.step() == nil)  // the minute
        #expect(backend.time.now == start.addingTimeInterval(60))
        #expect(backend.frames.count == 3)
    }

    @Test func pollsThatFindNoSaveDrawNothing() throws {
        let file = try TemporaryStore()
        let (fixture, _, loop, backend) = try running(file, polling: true)
        for _ in 0..<20 { #expect(loop.step() == nil) }  // ten seconds of looking at the store
        #expect(backend.frames.count == 1)
        try fixture.colleague(path: file.path).addPartner(PartnerDraft(name: "Dr New", role: .gp))
        #expect(loop.step() == nil)
        #expect(backend.frames.count == 2)
        for _ in 0..<4 { #expect(loop.step() == nil) }
        #expect(backend.frames.count == 2)
    }

    @Test func aNewMinuteRedrawsForTheDayHeadersOverdueCount() throws {
        let backend = ScriptedBackend(size: Size(width: 100, height: 30))
        let screen = try DashboardFixture().screen()
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        let start = backend.time.now  // on a whole minute
        while backend.time.now < start.addingTimeInterval(59.5) { #expect(loop.step() == nil) }
        #expect(backend.frames.count == 1)
        #expect(loop.step() == nil)
        #expect(backend.time.now == start.addingTimeInterval(60))
        #expect(backend.frames.count == 2)
    }

    @Test func aPresentedScreensTimerThatDidNothingDrawsNothing() throws {
        let backend = ScriptedBackend(size: Size(width: 80, height: 24))
        let screen = try DashboardFixture().screen()
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        let quiet = Quiet()
        quiet.results = [.unchanged, .unchanged, .unchanged, .changed]
        screen.present(quiet)
        loop.render()
        // 0.2, 0.4, the refresh at 0.5, 0.7: nothing changed; at 0.9 the presented screen did.
        for _ in 0..<4 { #expect(loop.step() == nil) }
        #expect(quiet.wakes == 3)
        #expect(backend.frames.count == 1)
        #expect(loop.step() == nil)
        #expect(quiet.wakes == 4)
        #expect(backend.frames.count == 2)
    }
}

/// A partner a colleague adds while this terminal's contact form is open is found by typing
/// their name: the form used to offer only "New partner…", and the same GP was added twice.
@Suite struct OpenFormLiveTests {
    @Test func anOpenFormsPickersFindWhatAnotherTerminalAdded() throws {
        let file = try DashboardLiveTests.TemporaryStore()
        let (fixture, screen, loop, _) = try DashboardLiveTests().running(file)
        let drafts = DraftStore(storePath: file.path, staff: "Amara Okafor", session: 999_981)
        screen.entry = EntryFlows(store: fixture.store, drafts: drafts)
        _ = screen.handle(.character("a"))
        let form = try #require(screen.presentedScreen as? ContactEntryScreen)
        _ = form.handle(.tab)  // to the partner

        let colleague = try fixture.colleague(path: file.path)
        let rosa = try colleague.addPartner(PartnerDraft(name: "Dr Rosa Diaz", role: .gp, organisation: "Hillside Practice"))
        let walter = try colleague.addPerson(PersonDraft(name: "Walter Oyelaran", basis: .consent))
        #expect(loop.step() == nil)

        for letter in "rosa" { _ = form.handle(.character(letter)) }
        #expect(form.model.matches("partner").map(\.id).contains(rosa.id), "\(form.model.matches("partner").map(\.title))")
        _ = form.handle(.enter)
        #expect(form.model["partner"] == rosa.id)
        #expect(form.model.items["person"]?.contains { $0.id == walter.id } == true)
        #expect(form.bases[walter.id]?.kind == .consent, "the new person's basis is known to the form")
    }
}
