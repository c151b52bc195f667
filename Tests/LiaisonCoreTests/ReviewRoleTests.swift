import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R12: the shift lead marks contacts and days reviewed at handover (a manager may too). With a
/// staff list, a care worker's mark, or an unlisted name's, would claim a check nobody with that
/// duty made, so the store refuses it in the words a group's database uses.
@Suite struct ReviewRoleTests {
    static let team = [
        StaffMember(name: "Ruth Okafor", role: .registeredManager), StaffMember(name: "Sam Lead", role: .manager),
        StaffMember(name: "Amara Shift-Lead", role: .shiftLead), StaffMember(name: "Kasia Nowak", role: .carer),
    ]

    /// A store signed in as `staff`, on `team`'s list, holding one contact of the day.
    func store(as staff: String, team: [StaffMember] = Self.team) throws -> (Store, Contact) {
        let store = try Store.inMemory(staff: staff, clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        store.apply(ServiceSettings(staff: team))
        let person = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let partner = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let contact = try store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone, summary: "Rang about her cough"))
        return (store, contact)
    }

    @Test func aCareWorkerAndAnUnlistedNameCannotMarkAContactOrADayReviewed() throws {
        for (name, who) in [("Kasia Nowak", "Kasia Nowak is a care worker"), ("Visiting Agency Carer", "Visiting Agency Carer is not on the staff list")] {
            let (store, contact) = try store(as: name)
            #expect(!store.canReview)
            let one = fieldError { _ = try store.markReviewed(contact) }
            #expect(one?.message == "marking a contact reviewed is for a shift lead or a manager; \(who)")
            let day = fieldError { _ = try store.markDayReviewed(Fixture.start) }
            #expect(day?.field == "date")
            #expect(day?.message == "marking a day reviewed is for a shift lead or a manager; \(who)")
            #expect(try store.contact(id: contact.id)?.reviewed == nil)
            #expect(try store.dayReview(for: Fixture.start) == nil)
            // Reading the handover is everyone's.
            #expect(try store.acknowledgeHandover(of: Fixture.start).map(\.reviewedBy) == [name])
        }
    }

    @Test func aShiftLeadOrAManagerMayAndSoMayAnyoneWithoutAStaffList() throws {
        for name in ["amara shift-lead", "Sam Lead", "Ruth Okafor"] {
            let (store, contact) = try store(as: name)
            #expect(try store.markReviewed(contact).reviewed?.by == name)
            #expect(try store.markDayReviewed(Fixture.start).map(\.reviewedBy) == [name])
        }
        // A service of one keeps no staff list: nobody to check against.
        let (alone, contact) = try store(as: "Kasia Nowak", team: [])
        #expect(try alone.markReviewed(contact).reviewed?.by == "Kasia Nowak")
    }
}

/// Someone trying the demo under their login name can try every key, reviewing and
/// acknowledging included: the demo's staff list names them as a manager.
@Suite struct DemoStaffListTests {
    @Test func theDemosMakerIsOnItsStaffListAsAManagerOnce() {
        let list = DemoText.staffList(madeBy: "ana")
        #expect(list.last == StaffMember(name: "ana", role: .manager))
        #expect(list.count == DemoText.staffList.count + 1)
        // Someone already on it keeps their role.
        #expect(DemoText.staffList(madeBy: "amara okafor") == DemoText.staffList)
    }

    @Test func aDemoStoreFileLetsItsMakerReviewAndAcknowledge() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-demo-roles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("demo.sqlite").path
        let store = try Store.create(path: path, staff: "ana", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        #expect(try store.fillWithDemoIfEmpty(seed: 1))
        #expect(store.canReview && store.isManager)
        #expect(try store.markDayReviewed(Fixture.start).map(\.reviewedBy) == ["ana"])
        let waiting = try #require(try store.sharingExceptions(from: Fixture.start - 60 * 86_400, to: Fixture.start).first { $0.exceptionAcknowledged == nil })
        #expect(try store.acknowledgeException(waiting).exceptionAcknowledged?.by == "ana")
    }
}
