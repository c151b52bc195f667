import Foundation
@testable import LiaisonCore
import LiaisonTestSupport
import Testing
import TerminalUI
import TerminalUITestSupport
@testable import Dashboard

/// The wall and the dashboard of a group of two homes whose residents have nearly the same
/// names, drawn whole at 80×24 and 200×60: one home's screens never show the other's people or
/// work; the whole group's mark each line with its home.
@Suite struct HomesScreenTests {
    /// A store file with its settings in a private folder, and walls over it read-only.
    final class Files {
        let folder: URL
        let fixture: HomesFixture

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-homes-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            fixture = try HomesFixture(path: folder.appendingPathComponent("group.sqlite").path)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func wall(home: Home?, names: NameDisplay = .full) -> WallScreen {
            let clock = fixture.clock
            let watcher = StoreWatcher(path: fixture.store.path) { path in
                try Store.openService(path: path, mode: .readOnly, staff: "wall display", clock: clock, calendar: HomesFixture.calendar)
            }
            return WallScreen(watcher: watcher, names: names, home: home, time: ManualTime(HomesFixture.later), calendar: HomesFixture.calendar)
        }
    }

    static let rosewood = HomesFixture.homes[0]
    static let elm = HomesFixture.homes[1]

    static func wallDump(_ screen: WallScreen, _ width: Int, _ height: Int) -> String {
        var grid = CellGrid(size: Size(width: width, height: height))
        grid.clear(style: Theme.monochrome[.text])
        screen.draw(into: &grid, theme: .monochrome)
        return grid.dump()
    }

    /// "Edith Brown" as a whole name: not the start of "Edith Browne".
    static let rosewoodResident = #"Edith Brown(?!e)"#

    /// Every size from the smallest the screens take to a large one: one home's screens never
    /// show the other home's resident, the contacts about her, or her home's name.
    /// Open work about someone who left says so at every width of a group's dashboard, where
    /// the Home column takes room from whom and what: the Tasks pane keeps one column of both
    /// until the For column has room for a name and its mark.
    @Test func aTaskAboutSomeoneWhoDiedSaysSoAtEveryWidthOfTheGroupsDashboard() throws {
        let memory = try HomesFixture()
        _ = try memory.store.leave(memory.rosewood, as: .died, on: HomesFixture.start, note: nil, reason: "")
        // Below 70 columns the column of whom and what holds fewer than nine: a name's letter,
        // "…" and "(died)" do not fit, and the row is cut as any is.
        for width in stride(from: 70, through: 220, by: 2) {
            for home in [nil, Self.rosewood] {
                let screen = render(try DashboardScreen(store: memory.store, home: home), width, 30).dump()
                let row = try #require(screen.components(separatedBy: "\n").first { $0.contains("⚠ OVERDUE") }, "\(width): \(screen)")
                let tasks = row.components(separatedBy: "││")[0]
                #expect(tasks.contains("(died)"), "\(width) columns, \(home?.id ?? "group"): \(tasks)")
            }
        }
    }

    @Test(arguments: [(80, 24), (100, 30), (120, 40), (160, 50), (200, 60), (300, 80)])
    func oneHomesScreensNeverShowTheOtherHomesResident(width: Int, height: Int) throws {
        let files = try Files()
        let memory = try HomesFixture()
        for names in NameDisplay.allCases {
            let elm = Self.wallDump(files.wall(home: Self.elm, names: names), width, height)
            #expect(elm.contains("Elm House"))
            #expect(elm.range(of: Self.rosewoodResident, options: .regularExpression) == nil)
            #expect(!elm.contains("Rosewood") && !elm.contains("GP ·") && !elm.contains("Call Dr Patel"))
            let rosewood = Self.wallDump(files.wall(home: Self.rosewood, names: names), width, height)
            #expect(!rosewood.contains("Browne") && !rosewood.contains("Elm") && !rosewood.contains("District nurse"))
            #expect(!rosewood.contains("Order dressings") && !rosewood.contains("Disagreement"))
        }
        let elm = render(try DashboardScreen(store: memory.store, home: Self.elm), width, height).dump()
        #expect(elm.contains("Edith Browne"))
        #expect(elm.range(of: Self.rosewoodResident, options: .regularExpression) == nil)
        #expect(!elm.contains("Book fire training"), "a task about no one is the group's, not a home's")
        let rosewood = render(try DashboardScreen(store: memory.store, home: Self.rosewood), width, height).dump()
        #expect(!rosewood.contains("Browne") && !rosewood.contains("Order dressings") && !rosewood.contains("Ola Nurse"))
    }

    @Test func aHomesSearchFindsOnlyItsOwnPeopleAndTheGroupsFindsPeopleByHome() throws {
        let memory = try HomesFixture()
        func search(_ words: String, home: Home?) throws -> SearchResults {
            let screen = try DashboardScreen(store: memory.store, home: home)
            _ = screen.handle(.character("/"))
            for c in words { _ = screen.handle(.character(c)) }
            _ = screen.handle(.enter)
            return try #require(screen.presentedScreen as? SearchView).results
        }
        #expect(try search("edith", home: Self.rosewood).people.map(\.name) == ["Edith Brown"])
        #expect(try search("dressing", home: Self.rosewood).contacts.isEmpty)
        #expect(try search("dressing", home: nil).contacts.count == 1)
        #expect(try search("elm house", home: nil).people.map(\.name) == ["Edith Browne"])
        #expect(try search("elm", home: Self.rosewood).people.isEmpty)
    }

    @Test func aPartnersRecordOnAHomesDashboardListsOnlyThatHomesWork() throws {
        let memory = try HomesFixture()
        func partnerRecord(home: Home?) throws -> String {
            let screen = try DashboardScreen(store: memory.store, home: home)
            _ = screen.handle(.character("/"))
            for c in "anil patel" { _ = screen.handle(.character(c)) }
            _ = screen.handle(.enter)
            _ = screen.handle(.enter)
            #expect(screen.presentedScreen is DetailView)
            return render(screen, 120, 40).dump()
        }
        let group = try partnerRecord(home: nil)
        #expect(group.contains("Open task: Call Dr Patel back") && group.contains("about Edith Brown: Rang about"))
        let elm = try partnerRecord(home: Self.elm)
        #expect(elm.contains("Partner — Dr Anil Patel"))
        #expect(!elm.contains("Call Dr Patel back") && !elm.contains("Rang about"))
    }

    @Test func aPersonsRecordNamesTheirHome() throws {
        let memory = try HomesFixture()
        let screen = try DashboardScreen(store: memory.store)
        _ = screen.handle(.enter)  // the People pane leads: Edith Brown, of Rosewood
        #expect(screen.presentedScreen is DetailView)
        let lines = render(screen, 100, 30).dump().components(separatedBy: "\n")
        #expect(lines.contains { $0.range(of: #"Home\s+Rosewood"#, options: .regularExpression) != nil })
    }

    @Test func aHomesShiftLeadMarksOnlyTheirHomesContactsReviewed() throws {
        let memory = try HomesFixture()
        let state = try DashboardState(store: memory.store, home: Self.elm)
        try state.markDayReviewed()
        let all = try memory.store.contacts(on: HomesFixture.start)
        let marks = try memory.store.dayMarks(for: HomesFixture.start)
        #expect(marks.reviews.map(\.home) == [Self.elm.id], "the day is Elm's, reviewed")
        #expect(all.first { $0.personID == memory.elm.id }.map { marks.isReviewed($0) } == true)
        #expect(all.first { $0.personID == memory.rosewood.id }.map { marks.isReviewed($0) } == false)
        #expect(try memory.store.dayReview(for: HomesFixture.start) == nil, "the whole day is not claimed for one home")
        #expect(try memory.store.dayReview(for: HomesFixture.start, home: Self.elm)?.reviewedBy == "Ruth Okafor")
    }
    /// The day header counts what was entered for earlier days that a review made here could
    /// cover: over the whole group, a shift lead of Elm is not asked about Rosewood's.
    @Test func theLateEntriesCountedAreThoseTheViewerReviews() throws {
        let memory = try HomesFixture()
        let partner = try #require(memory.store.partners.first).id
        for person in [memory.elm, memory.rosewood] {
            try memory.store.addContact(ContactDraft(personID: person.id, partnerID: partner, channel: .phone,
                                                     happenedAt: HomesFixture.start - 86_400, summary: "Typed up a day late"))
        }
        let kim = try Store(backend: memory.store.backend, staff: "Kim Night", clock: memory.clock, calendar: HomesFixture.calendar, timescales: .standard)
        kim.apply(HomesFixture.settings)
        #expect(try DashboardState(store: kim, home: nil).lateEntries.map(\.personID) == [memory.elm.id])
        #expect(try DashboardState(store: memory.store, home: nil).lateEntries.count == 2, "Ruth works in every home")
        #expect(try DashboardState(store: memory.store, home: Self.rosewood).lateEntries.map(\.personID) == [memory.rosewood.id])
    }

    /// One home's review and handover read are that home's: its dashboard says so, the other
    /// home's says nothing of them, and the whole group's names the home each was for.
    @Test func aHomesMarksAreOnItsOwnDayHeaderAndNamedOverTheGroup() throws {
        let memory = try HomesFixture()
        let elm = try DashboardScreen(store: memory.store, home: Self.elm)
        elm.entry = EntryFlows(store: memory.store, drafts: nil)
        _ = elm.handle(.character("R"))
        let asked = render(elm, 120, 30).dump()
        #expect(asked.contains("Mark all 1 contact of Wed 25 Nov in Elm House reviewed (1 not yet), as Ruth Okafor?"), "\(asked)")
        _ = elm.handle(.character("y"))
        _ = elm.handle(.character("H"))
        let read = render(elm, 120, 30).dump()
        #expect(read.contains("read Elm House's handover for Wed 25 Nov?"), "\(read)")
        _ = elm.handle(.character("y"))
        let elmScreen = render(elm, 200, 40).dump()
        #expect(elmScreen.contains("1 of 1 reviewed · day marked by Ruth Okafor · handover read by Ruth Okafor"), "\(elmScreen)")

        let rosewood = render(try DashboardScreen(store: memory.store, home: Self.rosewood), 200, 40).dump()
        #expect(rosewood.contains("0 of 1 reviewed") && !rosewood.contains("marked") && !rosewood.contains("read by"), "\(rosewood)")

        let group = render(try DashboardScreen(store: memory.store), 200, 40).dump()
        #expect(group.contains("1 of 2 reviewed · day for Elm House by Ruth Okafor · read for Elm House by Ruth Okafor"), "\(group)")
    }
    /// A member the staff list has working in some homes reviews those over the whole group:
    /// the question says which, counts only theirs, asks again about what was entered since
    /// their homes' reviews, and does not count contacts shown from another home as theirs.
    @Test func aMemberOfSomeHomesIsAskedAboutTheirHomesOnly() throws {
        let files = try Files()
        let memory = files.fixture
        let path = memory.store.path
        func open(as staff: String, _ settings: ServiceSettings) throws -> Store {
            let store = try Store.open(path: path, staff: staff, clock: memory.clock, calendar: HomesFixture.calendar)
            store.apply(settings)
            return store
        }
        // Narrowed to someone in a home that is not theirs, nothing shown is what they review.
        let kim = try open(as: "Kim Night", HomesFixture.settings)
        let narrowed = try DashboardScreen(store: kim)
        narrowed.state.filter(person: memory.rosewood.id)
        _ = narrowed.handle(.character("R"))
        let elsewhere = render(narrowed, 120, 30).dump()
        #expect(elsewhere.contains("Mark all 1 contact of Wed 25 Nov in Elm House reviewed (1 not yet), as Kim Night?"), "\(elsewhere)")
        #expect(elsewhere.contains("None of the contacts shown is among them; this marks every contact of the day in Elm House."), "\(elsewhere)")
        #expect(elsewhere.contains("The mark is for Elm House only: the staff list has you working there."), "\(elsewhere)")

        let homes = HomesFixture.homes + [Home(id: "Ash", name: "Ash Court")]
        let duo = try open(as: "Duo Lead", ServiceSettings(staff: [StaffMember(name: "Duo Lead", role: .shiftLead, homes: ["Rosewood", "Elm"])], homes: homes))
        let screen = try DashboardScreen(store: duo)
        _ = screen.handle(.character("R"))
        _ = screen.handle(.character("y"))
        #expect(try Set(duo.dayMarks(for: HomesFixture.start).reviews.map(\.home)) == ["Rosewood", "Elm"])
        memory.clock.advance(by: 600)
        try duo.addContact(ContactDraft(personID: memory.elm.id, partnerID: try #require(duo.partners.first).id, channel: .phone,
                                        happenedAt: HomesFixture.start, summary: "Stop the diuretic"))
        screen.reloadKeepingSelection()
        _ = screen.handle(.character("R"))
        let again = render(screen, 140, 30).dump()
        #expect(again.contains("Mark the 1 contact entered since Duo Lead reviewed Wed 25 Nov in Rosewood and Elm House reviewed, as Duo Lead?"),
                "\(again)")
    }
}
