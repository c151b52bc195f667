import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// In a group of homes, a day's review and its handover's acknowledgement are one home's when
/// made with that home in view (R12): Elm's shift lead who read Elm's handover has not read
/// Rosewood's, and Rosewood's part must not say it was read.
@Suite struct HomeDayMarksTests {
    static let elm = HomesFixture.homes[1]
    static let rosewood = HomesFixture.homes[0]

    /// The store as another member of staff, over the same records and settings, with a second
    /// manager who works across the group, and Rosewood's shift lead, on its staff list.
    static func store(_ memory: HomesFixture, as staff: String) throws -> Store {
        let store = try Store(backend: memory.store.backend, staff: staff, clock: memory.clock, calendar: HomesFixture.calendar, timescales: .standard)
        var settings = HomesFixture.settings
        settings.staff += [StaffMember(name: "Amara Shift-Lead", role: .manager), StaffMember(name: "Rosa Lead", role: .shiftLead, homes: ["Rosewood"])]
        store.apply(settings)
        return store
    }

    static func part(_ report: GroupReport, _ home: Home) throws -> HandoverReport {
        try #require(report.parts.first { $0.home == home.name })
    }

    @Test func anAcknowledgementOfOneHomesHandoverIsInThatHomesPartOnly() throws {
        let memory = try HomesFixture()
        let marks = try memory.store.acknowledgeHandover(of: HomesFixture.start, home: Self.elm)
        #expect(marks.map(\.home) == ["Elm"])
        #expect(try memory.store.acknowledgeHandover(of: HomesFixture.start, home: Self.elm) == marks, "each reader once for each part")

        var group = try GroupReport.gather(from: memory.store, period: .day(HomesFixture.start))
        #expect(try Self.part(group, Self.elm).acknowledgedBy.map(\.by) == ["Ruth Okafor"])
        #expect(try Self.part(group, Self.rosewood).acknowledgedBy.isEmpty)
        let rosewoodText = try Self.part(group, Self.rosewood).text(width: 200)
        #expect(rosewoodText.contains("Not yet acknowledged by the incoming shift lead."), "\(rosewoodText)")
        #expect(try memory.store.handoverAcknowledgements(for: HomesFixture.start).isEmpty, "not the whole group's")

        // Reading the whole group's handover is reading every part.
        memory.clock.advance(by: 600)
        let rosa = try Self.store(memory, as: "Rosa Lead").acknowledgeHandover(of: HomesFixture.start, home: Self.rosewood)
        #expect(rosa.map(\.home) == ["Rosewood"])
        memory.clock.advance(by: 600)
        let whole = try Self.store(memory, as: "Amara Shift-Lead").acknowledgeHandover(of: HomesFixture.start)
        #expect(whole.map(\.home) == [nil])
        group = try GroupReport.gather(from: memory.store, period: .day(HomesFixture.start))
        #expect(try Self.part(group, Self.elm).acknowledgedBy.map(\.by) == ["Ruth Okafor", "Amara Shift-Lead"])
        #expect(try Self.part(group, Self.rosewood).acknowledgedBy.map(\.by) == ["Rosa Lead", "Amara Shift-Lead"])
        // One home's handover asked for alone says the same as its part.
        let elmAlone = try HandoverReport.gather(from: memory.store, period: .day(HomesFixture.start), filter: memory.store.filter(for: Self.elm))
        #expect(elmAlone.acknowledgedBy.map(\.by) == ["Ruth Okafor", "Amara Shift-Lead"])
        // A whole-group reader who then reads one home's part has read it already.
        let again = try Self.store(memory, as: "Amara Shift-Lead").acknowledgeHandover(of: HomesFixture.start, home: Self.elm)
        #expect(again == whole)
    }

    @Test func aReviewOfOneHomesDayCoversOnlyItsContacts() throws {
        let memory = try HomesFixture()
        let elmReview = try memory.store.markDayReviewed(HomesFixture.start, home: Self.elm)
        #expect(elmReview.map(\.home) == ["Elm"])
        #expect(try memory.store.dayReview(for: HomesFixture.start) == nil, "the whole day is not claimed for one home")
        #expect(try memory.store.dayReview(for: HomesFixture.start, home: Self.rosewood) == nil)
        #expect(try memory.store.dayReview(for: HomesFixture.start, home: Self.elm) == elmReview.first)

        let group = try GroupReport.gather(from: memory.store, period: .day(HomesFixture.start))
        let elm = try Self.part(group, Self.elm)
        let rosewood = try Self.part(group, Self.rosewood)
        #expect(elm.review?.by == "Ruth Okafor" && elm.contacts.allSatisfy(\.reviewed))
        #expect(rosewood.review == nil && rosewood.contacts.count == 1 && !rosewood.contacts[0].reviewed)
        #expect(rosewood.text(width: 200).contains("The day has not been reviewed."))

        // A later review of the whole service covers Rosewood, and what Elm entered since.
        memory.clock.advance(by: 600)
        let fluids = try memory.store.addContact(ContactDraft(
            personID: memory.elm.id, partnerID: try #require(memory.store.partners.first).id, channel: .phone,
            happenedAt: HomesFixture.start, summary: "GP: more fluids"))
        #expect(try !HandoverReport.gather(from: memory.store, period: .day(HomesFixture.start), filter: memory.store.filter(for: Self.elm))
            .contacts.first { $0.id == fluids.id }!.reviewed, "entered after Elm's review")
        memory.clock.advance(by: 600)
        let whole = try Self.store(memory, as: "Amara Shift-Lead").markDayReviewed(HomesFixture.start)
        #expect(whole.map(\.home) == [nil])
        let after = try GroupReport.gather(from: memory.store, period: .day(HomesFixture.start))
        let elmAfter = try Self.part(after, Self.elm)
        #expect(elmAfter.review?.by == "Ruth Okafor", "Elm's part names its first review")
        #expect(elmAfter.contacts.first { $0.id == fluids.id }?.reviewedBy == "Amara Shift-Lead")
        #expect(try Self.part(after, Self.rosewood).review?.by == "Amara Shift-Lead")
        #expect(try Self.part(after, Self.rosewood).contacts.allSatisfy(\.reviewed))
        let stored = try memory.store.contacts(on: HomesFixture.start)
        #expect(stored.filter { $0.personID == memory.rosewood.id }.allSatisfy { $0.reviewed == nil }, "covered by the whole day's review")
        #expect(stored.first { $0.personID == memory.elm.id && $0.id != fluids.id }?.reviewed?.by == "Ruth Okafor",
                "a home's review marks each of its contacts")
    }

    /// Who reviewed a contact stays true when its person moves to another home: a home's review
    /// marked each contact it covered, so moving Edith out of Elm takes nothing from Elm's
    /// review and moving someone in gives them nothing they were not reviewed for.
    @Test func movingSomeoneAfterTheirHomesReviewChangesNoContactsReview() throws {
        let memory = try HomesFixture()
        try memory.store.markDayReviewed(HomesFixture.start, home: Self.elm)
        func reviewed() throws -> [String: Bool] {
            let group = try GroupReport.gather(from: memory.store, period: .day(HomesFixture.start))
            return Dictionary(uniqueKeysWithValues: group.parts.flatMap(\.contacts).map { ($0.personID ?? "", $0.reviewed) })
        }
        #expect(try reviewed() == [memory.elm.id: true, memory.rosewood.id: false])
        try memory.store.move(memory.elm, toHome: "Rosewood", reason: "Moved to be nearer her daughter")
        try memory.store.move(try #require(memory.store.person(id: memory.rosewood.id)), toHome: "Elm", reason: "Room swap")
        #expect(try reviewed() == [memory.elm.id: true, memory.rosewood.id: false])
        let elmPart = try Self.part(try GroupReport.gather(from: memory.store, period: .day(HomesFixture.start)), Self.elm)
        #expect(elmPart.review?.by == "Ruth Okafor" && elmPart.contacts.map(\.reviewed) == [false],
                "Elm's part now holds Edith Brown's contact, which no one has reviewed")
    }

    /// The staff list's homes are read as the settings read them ("elm" is Elm); a member it has
    /// working in none of the group's homes marks nothing; nobody it lists marks a home they do
    /// not work in by naming it.
    @Test func aMarkIsForTheHomesTheStaffListGivesWhateverIsAskedFor() throws {
        let memory = try HomesFixture()
        func store(_ staff: [StaffMember], as name: String) throws -> Store {
            let store = try Store(backend: memory.store.backend, staff: name, clock: memory.clock, calendar: HomesFixture.calendar, timescales: .standard)
            store.apply(ServiceSettings(staff: staff, homes: HomesFixture.homes))
            return store
        }
        let lower = try store([StaffMember(name: "Kim Night", role: .shiftLead, homes: ["elm"])], as: "Kim Night")
        #expect(try lower.markDayReviewed(HomesFixture.start).map(\.home) == ["Elm"])
        #expect(try lower.acknowledgeHandover(of: HomesFixture.start).map(\.home) == ["Elm"])

        let nowhere = try store([StaffMember(name: "Kim Night", role: .shiftLead, homes: [])], as: "Kim Night")
        let none = try #require(throws: FieldError.self) { try nowhere.acknowledgeHandover(of: HomesFixture.start) }
        #expect(none.message.contains("working in none of the group's homes"), "\(none.message)")
        #expect(throws: FieldError.self) { try nowhere.markDayReviewed(HomesFixture.start) }

        let elsewhere = try #require(throws: FieldError.self) { try lower.acknowledgeHandover(of: HomesFixture.start, home: Self.rosewood) }
        #expect(elsewhere.message == "the staff list has Kim Night working in Elm House, not Rosewood; its day and handover are marked by someone who works there")
        #expect(throws: FieldError.self) { try lower.markDayReviewed(HomesFixture.start, home: Self.rosewood) }
        #expect(try memory.store.dayMarks(for: HomesFixture.start).reviews.map(\.home) == ["Elm"], "nothing more was saved")
    }

    /// A mark whose home the settings do not list speaks for no part: `check` names it, as it
    /// names people in such a home; a home that could never be listed is refused on import.
    @Test func aMarkForAHomeNotListedIsNamedAndOneThatCannotBeAHomeIsRefused() throws {
        let memory = try HomesFixture()
        try memory.store.markDayReviewed(HomesFixture.start, home: Self.elm)
        try memory.store.acknowledgeHandover(of: HomesFixture.start, home: Self.rosewood)
        let marks = try memory.store.homeDayReviews()
        #expect(marks.count == 2)
        #expect(HomeCheck.warnings(marks: marks, homes: HomeList(HomesFixture.homes)).isEmpty)
        let warned = HomeCheck.warnings(marks: marks, homes: HomeList([Self.rosewood]))
        #expect(warned.count == 1 && warned[0].hasPrefix("2026-11-25 was reviewed by Ruth Okafor ("), "\(warned)")
        #expect(warned[0].contains("for “Elm”, which is not a home in the settings (the homes are Rosewood)"), "\(warned)")

        for bad in ["", "Elm House", "elm\u{1B}[2J", String(repeating: "e", count: 5_000)] {
            let review = DayReview(day: "2026-11-25", home: bad, audit: Audit(by: "Ruth Okafor", at: HomesFixture.start))
            #expect(review.textProblems.map(\.field) == ["home"], "\(bad.prefix(20))")
        }
    }

    /// A mark written "elm" (as an import can bring) is Elm's, as the settings read a home
    /// anywhere; `check` names the spelling a group's server would refuse, and a person's too.
    @Test func aMarkOrAPersonWithTheHomeInAnotherCaseIsThatHomesAndCheckSaysSo() throws {
        let memory = try HomesFixture()
        let mark = DayReview(day: "2026-11-25", home: "elm", audit: Audit(by: "Ruth Okafor", at: HomesFixture.start))
        try memory.store.backend.write { try $0.insert(mark) }
        let marks = try memory.store.dayMarks(for: HomesFixture.start)
        #expect(marks.reviews.first?.covers(home: "Elm") == true)
        #expect(marks.reviews.first?.covers(home: "Rosewood") == false)
        let report = try GroupReport.gather(from: memory.store, period: try ReportPeriod.parse(
            date: nil, from: nil, to: nil, now: HomesFixture.later, calendar: HomesFixture.calendar, order: .dayFirst))
        #expect(report.parts[1].text().contains("Day reviewed by Ruth Okafor"), "\(report.parts[1].text())")
        #expect(!report.parts[0].text().contains("Day reviewed by"), "Elm's review is not Rosewood's")

        let warned = HomeCheck.warnings(marks: [mark], homes: memory.store.homes)
        #expect(warned == ["2026-11-25 was reviewed by Ruth Okafor (\(mark.id)) for “elm”, which the settings write “Elm”; "
            + "Liaison reads it as Elm House's, but a group's server takes only the settings' spelling (liaison migrate stops at it)"])
        var lower = memory.elm
        lower.home = "elm"
        let person = HomeCheck.warnings(people: [lower, memory.rosewood], homes: memory.store.homes)
        #expect(person.count == 1 && person[0].hasPrefix("Edith Browne (\(lower.id)) lives in “elm”, which the settings write “Elm”"), "\(person)")
    }

    /// A second review of one home, after contacts were entered since its first, marks that
    /// home's new contacts on their own, and not another home's.
    @Test func aHomesSecondReviewMarksOnlyItsOwnNewContacts() throws {
        let memory = try HomesFixture()
        try memory.store.markDayReviewed(HomesFixture.start, home: Self.elm)
        try memory.store.markDayReviewed(HomesFixture.start, home: Self.rosewood)
        memory.clock.advance(by: 600)
        let partner = try #require(memory.store.partners.first).id
        let elmLate = try memory.store.addContact(ContactDraft(personID: memory.elm.id, partnerID: partner, channel: .phone,
                                                               happenedAt: HomesFixture.start, summary: "Stop the diuretic"))
        let rosewoodLate = try memory.store.addContact(ContactDraft(personID: memory.rosewood.id, partnerID: partner, channel: .phone,
                                                                    happenedAt: HomesFixture.start, summary: "Chest clear"))
        memory.clock.advance(by: 600)
        let kim = try Self.store(memory, as: "Kim Night")
        let kept = try kim.markDayReviewed(HomesFixture.start, home: Self.elm)
        #expect(kept.map(\.reviewedBy) == ["Ruth Okafor"], "Elm's day keeps its first mark")
        #expect(try kim.contact(id: elmLate.id)?.reviewed?.by == "Kim Night")
        #expect(try kim.contact(id: rosewoodLate.id)?.reviewed == nil, "Rosewood's is Rosewood's to review")
    }

    /// A member the staff list has working in some of the group's homes marks those, even with
    /// the whole group in view: on a group's server they see only their homes, and a mark of
    /// the whole service would say they reviewed or read homes they cannot see.
    @Test func aMemberOfSomeHomesMarksThoseHomesOverTheWholeGroup() throws {
        let memory = try HomesFixture()
        let kim = try Self.store(memory, as: "Kim Night")
        #expect(kim.homesMarked(from: nil) == ["Elm"])
        #expect(try kim.markDayReviewed(HomesFixture.start).map(\.home) == ["Elm"])
        #expect(try kim.acknowledgeHandover(of: HomesFixture.start).map(\.home) == ["Elm"])
        let group = try GroupReport.gather(from: memory.store, period: .day(HomesFixture.start))
        #expect(try Self.part(group, Self.rosewood).review == nil && Self.part(group, Self.rosewood).acknowledgedBy.isEmpty)
        #expect(try Self.part(group, Self.elm).review?.by == "Kim Night" && Self.part(group, Self.elm).acknowledgedBy.map(\.by) == ["Kim Night"])
        // Kim's own handover is the part she read: Elm's alone.
        #expect(try GroupReport.gather(from: kim, period: .day(HomesFixture.start)).parts.map(\.home) == ["Elm House"])
        // Ruth works in every home: hers is the whole service's.
        #expect(memory.store.homesMarked(from: nil) == [nil])
        #expect(memory.store.homesMarked(from: Self.rosewood) == ["Rosewood"])
    }

    /// A mark carries its home through the store, an export and an import, and the export says
    /// it is of the version that holds them, so a build before it refuses it rather than read
    /// Elm's review as every home's.
    @Test func aHomesMarkGoesOutAndComesBackAsItWas() throws {
        let memory = try HomesFixture()
        try memory.store.markDayReviewed(HomesFixture.start, home: Self.elm)
        try memory.store.acknowledgeHandover(of: HomesFixture.start, home: Self.rosewood)
        let export = String(decoding: try memory.store.exportJSON(), as: UTF8.self)
        #expect(export.contains(#""schemaVersion" : 4"#) || export.contains(#""schemaVersion":4"#), "\(export.prefix(400))")
        let copy = try Store.inMemory(staff: "Ruth Okafor", clock: memory.clock, calendar: HomesFixture.calendar)
        copy.apply(HomesFixture.settings)
        try copy.importJSON(Data(export.utf8))
        let marks = try copy.dayMarks(for: HomesFixture.start)
        #expect(marks.reviews.map(\.home) == ["Elm"] && marks.acknowledgements.map(\.home) == ["Rosewood"])

        // The same file said to be version 3 was changed by hand: no version 3 held a home's
        // mark, so its marks' homes cannot be trusted, and nothing is imported.
        let older = export.replacingOccurrences(of: #""schemaVersion" : 4"#, with: #""schemaVersion" : 3"#)
            .replacingOccurrences(of: #""schemaVersion":4"#, with: #""schemaVersion":3"#)
        #expect(older != export)
        let another = try Store.inMemory(staff: "Ruth Okafor", clock: memory.clock, calendar: HomesFixture.calendar)
        let refusal = try #require(throws: ImportRefusal.self) { try another.importJSON(Data(older.utf8)) }
        #expect(refusal.problems.contains { $0.field == "home" && $0.record.hasPrefix("dayReviews[") &&
            $0.message == "is in an export that says it is version 3, which cannot hold it (it came with version 4); the file was changed by hand" },
                "\(refusal)")
        #expect(another.people.isEmpty)
        // The whole document's path checks it too.
        var document = try memory.store.exportDocument()
        document.schemaVersion = 3
        #expect(throws: ImportRefusal.self) { try another.importDocument(document) }
    }
}
