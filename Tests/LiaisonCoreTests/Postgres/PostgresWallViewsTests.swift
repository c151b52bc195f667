import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A wall signed in as the wall's own role reads the schema's wall views and nothing else
/// (`PostgresWallViews`), and is told what a wall signed in as staff is told: the same feed, line
/// for line, for the same records, whether of one home or of the whole group.
///
/// The views keep to the last day by the server's clock, so "now" here is the server's, read
/// once at the start and then fixed; every record is placed relative to it, and today's contacts
/// between midnight and now, so the test reads the same at any hour.
@Suite(.needsPostgres, .liaisonPostgres)
struct PostgresWallViewsTests {
    typealias Staff = LiaisonPostgres.Staff

    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// A group's wall over every home, as its administrator would add one.
    static let groupWall = Staff.Member(role: "group_wall", name: "Group office wall", job: .wall, homes: [], allHomes: true)

    struct Group {
        let db: LiaisonPostgres.Database
        let now: Date
        let clock: ManualClock
        /// Signed in as a manager over every home, who records everything below.
        let staff: Store
    }

    /// Two homes' worth of what a wall shows, and of what it must not: names that initials are
    /// hard to make from, every state of written confirmation, tasks and escalations due at
    /// every distance, a discharged resident, records about no one.
    func group() async throws -> Group {
        let db = try await LiaisonPostgres.database()
        let serverNow = try await db.sql("SELECT floor(extract(epoch FROM now()))::bigint")
        let now = Date(timeIntervalSince1970: try #require(serverNow.first.flatMap { Double($0) }))
        let clock = ManualClock(now.addingTimeInterval(-30 * 86_400))
        let store = try Store.open(path: db.address(as: Staff.groupManager), staff: "", clock: clock, calendar: Self.utc)
        let today = Self.utc.startOfDay(for: now)
        // Between midnight and now: today whatever the hour.
        func earlierToday(_ fraction: Double) -> Date { today.addingTimeInterval((now.timeIntervalSince(today) * fraction).rounded(.down)) }

        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", location: "Room 4", basis: .consent, home: "ash"))
        let peggy = try store.addPerson(PersonDraft(name: "Margaret (Peggy) Jones", location: "Room 7", basis: .none, home: "ash"))
        let zoe = try store.addPerson(PersonDraft(name: "Zoë Ölund", basis: .consent, basisReview: now.addingTimeInterval(-2 * 86_400), home: "ash"))
        let li = try store.addPerson(PersonDraft(name: "李明", location: " ", basis: .withdrawn, home: "ash"))
        let jean = try store.addPerson(PersonDraft(name: "jean de la Tour", location: "Flat 2", basis: .none, home: "ash"))
        let bill = try store.addPerson(PersonDraft(name: "Bill Cole", location: "Room 1", basis: .none, home: "birch"))
        let gp = try store.addPartner(PartnerDraft(name: "Dr Anil Patel", role: .gp))
        let nurse = try store.addPartner(PartnerDraft(name: "Ola Nurse", role: .districtNurse))

        // Old advice still owed: asked for in writing and chased, and never decided.
        let asked = try store.addContact(ContactDraft(personID: peggy.id, partnerID: gp.id, channel: .phone, happenedAt: clock.now,
                                                      summary: "Rang about Peggy's tablets", advice: "Halve the dose", confirmation: .requested))
        clock.set(now.addingTimeInterval(-10 * 86_400))
        _ = try store.recordConfirmation(.chased(note: "Left a message"), on: asked)
        try store.addContact(ContactDraft(personID: zoe.id, partnerID: nurse.id, channel: .visit, happenedAt: clock.now,
                                          summary: "Dressing for Zoë", advice: "Keep the leg raised"))
        let received = try store.addContact(ContactDraft(personID: bill.id, partnerID: gp.id, channel: .email, happenedAt: clock.now,
                                                         summary: "Bill's review", advice: "Walk daily", confirmation: .requested))
        _ = try store.recordConfirmation(.received(), on: received)
        try store.addContact(ContactDraft(personID: bill.id, partnerID: nurse.id, channel: .phone, happenedAt: clock.now,
                                          summary: "Bill's leg", advice: "Rest it", confirmation: .requested))

        // Today, in both homes; one resident has since left.
        clock.set(now)
        for (fraction, person, partner, channel) in [(0.2, edith, gp, Contact.Channel.phone), (0.5, li, nurse, .visit), (0.7, jean, gp, .phone),
                                                     (0.9, bill, nurse, .visit)] {
            try store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: channel, happenedAt: earlierToday(fraction),
                                              summary: "Today's call about \(person.name)"))
        }
        // Open work about him stays after he leaves, and says he left.
        try store.addTask(TaskDraft(title: "Send Jean's records on", personID: jean.id, owner: "Carla Reid", due: now.addingTimeInterval(2 * 3600)))
        _ = try store.leave(jean, as: .discharged, on: now, note: nil, reason: "Moved to his daughter's")

        try store.addTask(TaskDraft(title: "Ring Dr Patel about Edith Brown", personID: edith.id, partnerID: gp.id, owner: "Sam Okoro",
                                    due: now.addingTimeInterval(-3600)))
        try store.addTask(TaskDraft(title: "Peggy's promise", personID: peggy.id, owner: "Carla Reid", due: now.addingTimeInterval(3600), isPromise: true))
        try store.addTask(TaskDraft(title: "Book fire training", owner: "Mo Grant", due: now.addingTimeInterval(2 * 3600)))
        try store.addTask(TaskDraft(title: "Order Bill's dressings", personID: bill.id, partnerID: nurse.id, due: now.addingTimeInterval(3 * 86_400)))

        let concern = try store.raiseEscalation(EscalationDraft(kind: .partnerConcern, summary: "Nurse worried about Zoë's skin", personID: zoe.id,
                                                                partnerID: nurse.id, manager: "Mo Grant"))
        _ = concern
        var urgentDraft = EscalationDraft(kind: .disagreement, summary: "GP declined a visit for Edith", personID: edith.id, partnerID: gp.id,
                                          manager: "Mo Grant")
        urgentDraft.urgency = .urgent
        let urgent = try store.raiseEscalation(urgentDraft)
        _ = try store.acknowledge(urgent, note: "Spoke to the practice manager")
        try store.raiseEscalation(EscalationDraft(kind: .complaintToPartner, summary: "Late deliveries", partnerID: gp.id, manager: "Mo Grant"))
        let done = try store.raiseEscalation(EscalationDraft(kind: .partnerPractice, summary: "Bill's lost referral", personID: bill.id,
                                                             partnerID: gp.id, manager: "Nia Evans"))
        _ = try store.resolve(try store.acknowledge(done), outcome: "Referral found")
        return Group(db: db, now: now, clock: clock, staff: store)
    }

    func wall(_ db: LiaisonPostgres.Database, as member: Staff.Member, clock: ManualClock) throws -> PostgresWallViews {
        let source = try Store.openForWall(path: db.address(as: member), clock: clock, calendar: Self.utc)
        return try #require(source as? PostgresWallViews, "\(member.role) should read the wall views, not a store")
    }

    @Test func oneHomesWallRoleIsToldWhatItsStaffsWallIsTold() async throws {
        let group = try await group()
        let ash = try #require(group.staff.homes.home(id: "ash"))
        let expected = group.staff.wallFeed(now: group.now, home: ash)
        let views = try wall(group.db, as: Staff.ashWall, clock: group.clock)
        #expect(views.soleHome == ash)

        #expect(try views.wallFeed(now: group.now, home: nil, names: .initials) == expected)
        #expect(try views.wallFeed(now: group.now, home: ash, names: .initials) == expected)
        // Birch is not this wall's to see, even when asked for by name.
        let birch = try #require(views.homes.home(id: "birch"))
        let other = try views.wallFeed(now: group.now, home: birch, names: .initials)
        #expect(other.today.isEmpty && other.awaited.isEmpty && other.tasks.isEmpty && other.escalations.isEmpty && other.sharing.isEmpty, "\(other)")

        // What it was told, line by line: a regression in the views shows here, not only as a difference.
        #expect(expected.today.map(\.person?.initials) == ["J.D.L.T.", "李.", "E.B."])
        #expect(expected.awaited.map(\.person?.initials) == ["M.P.J."])
        #expect(expected.awaited.first?.owed == .confirmation(requestedAt: group.now.addingTimeInterval(-30 * 86_400), chases: 1))
        #expect(expected.undecided.map(\.person?.initials) == ["Z.Ö."])
        #expect(expected.tasks.map(\.owner) == ["Sam Okoro", "Carla Reid", "Carla Reid"])
        #expect(expected.tasks.map { $0.person?.hasLeft } == [false, false, true])
        #expect(expected.today.map { $0.person?.hasLeft } == [true, false, false])
        #expect(expected.tasks.allSatisfy { $0.title == nil })
        #expect(expected.escalations.map(\.awaitsManager) == [true, false])
        #expect(expected.sharing == [WallFeed.Sharing(home: "ash", noBasis: 2, reviewOverdue: 1)])
    }

    @Test func aGroupsWallRoleIsToldWhatAWallOfEveryHomeIsTold() async throws {
        let group = try await group()
        try await group.db.cluster.createLoginRole(Self.groupWall.role, memberOf: [PostgresSchema.Job.wall.groupRole])
        try await group.db.sql("INSERT INTO staff (role_name, display_name, job, all_homes) VALUES ('group_wall', 'Group office wall', 'wall', true)")
        let views = try wall(group.db, as: Self.groupWall, clock: group.clock)
        let expected = group.staff.wallFeed(now: group.now)

        #expect(try views.wallFeed(now: group.now, home: nil, names: .initials) == expected)
        // The task about no one, and Bill's chase in Birch, are the whole group's wall's.
        #expect(expected.tasks.contains { $0.person == nil && $0.owner == "Mo Grant" })
        #expect(expected.awaited.map(\.person?.initials) == ["M.P.J.", "B.C."])
        #expect(views.homes.homes.map(\.id) == ["ash", "birch"])
        #expect(views.soleHome == nil)
    }

    @Test func theWallRoleReadsNoNameAndHearsAColleaguesSave() async throws {
        let group = try await group()
        let views = try wall(group.db, as: Staff.ashWall, clock: group.clock)
        #expect(!views.readsNames)
        let full = try views.wallFeed(now: group.now, home: nil, names: .full)
        #expect(full.today.allSatisfy { $0.person?.name == nil } && full.tasks.allSatisfy { $0.title == nil })
        // Staff asked for full names get them; the wall's role never does.
        #expect(group.staff.wallFeed(now: group.now, names: .full).tasks.contains { $0.title == "Book fire training" })

        #expect(try views.refreshIfChanged())  // the first look
        #expect(try !views.refreshIfChanged())
        let writer = try Store.open(path: group.db.address(as: Staff.ashCarer), staff: "", clock: group.clock, calendar: Self.utc)
        let edith = try #require(writer.people.first { $0.name == "Edith Brown" })
        let gp = try #require(writer.partners.first { $0.role == .gp })
        try writer.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .video, happenedAt: group.now, summary: "Video call"))
        #expect(try views.refreshIfChanged())
        #expect(try views.wallFeed(now: group.now, home: nil, names: .initials).today.first?.channel == Contact.Channel.video.rawValue)

        // The role opens nothing else: no store, no records.
        #expect(throws: StoreError.self) { try Store.open(path: group.db.address(as: Staff.ashWall), mode: .readOnly, staff: "") }
    }
}
