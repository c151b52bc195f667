import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R10 as a service sets it: urgency with its own timescales from the settings file beside the
/// store, managers picked from the staff list, and a partner's concern flagged until a manager
/// acknowledges it.
@Suite struct EscalationUrgencyTests {
    /// Removed with the suite's instance, when the test is done.
    let scratch: TestFolder
    var folder: URL { scratch.url }

    init() throws {
        scratch = try TestFolder("liaison-settings")
    }

    var storePath: String { folder.appendingPathComponent("care.sqlite").path }

    func open(as staff: String, settings json: String? = nil) throws -> Store {
        if let json { try Data(json.utf8).write(to: URL(fileURLWithPath: ServiceSettings.path(forStore: storePath))) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        if !Store.exists(at: storePath) { try Store.create(path: storePath, staff: staff).close() }
        return try Store.openService(path: storePath, staff: staff, clock: ManualClock(Fixture.start), calendar: calendar)
    }

    static let settings = """
        {"staff": [{"name": "Ruth Okafor", "role": "registered-manager"}, {"name": "Kim Night", "role": "shift-lead"}],
         "timescales": {"urgent": {"acknowledgeHours": 2, "resolveDays": 1}, "routine": {"disagreement": {"acknowledgeDays": 3, "resolveDays": 10}}}}
        """

    @Test func anUrgentEscalationIsDueWithinHours() throws {
        let store = try Store.inMemory(clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        var draft = EscalationDraft(kind: .partnerPractice, summary: "Insulin visit missed this morning", manager: "Ruth Okafor")
        draft.urgency = .urgent
        let urgent = try store.raiseEscalation(draft)
        #expect(urgent.isUrgent)
        #expect(urgent.acknowledgeBy == Fixture.start + 4 * 3_600)
        #expect(urgent.resolveBy == Fixture.start + 3 * 86_400)
        let routine = try store.raiseEscalation(EscalationDraft(kind: .partnerPractice, summary: "Visits often late", manager: "Ruth Okafor"))
        #expect(routine.urgency == nil && routine.acknowledgeBy == Fixture.start + 2 * 86_400)
    }

    @Test func theSettingsFileSetsTimescalesAndTheStaffList() throws {
        let store = try open(as: "Kim Night", settings: Self.settings)
        var draft = EscalationDraft(kind: .disagreement, summary: "GP declined a visit", manager: "ruth okafor")
        draft.urgency = .urgent
        let urgent = try store.raiseEscalation(draft)
        #expect(urgent.acknowledgeBy == Fixture.start + 2 * 3_600)
        #expect(urgent.manager == "Ruth Okafor")
        let routine = try store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "And the next", manager: "Ruth Okafor (registered manager)"))
        #expect(routine.acknowledgeBy == Fixture.start + 3 * 86_400)
        #expect(routine.manager == "Ruth Okafor", "one manager, one name")
        // Someone not on the list, or not a manager, is refused with who is.
        let error = fieldError { _ = try store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "x", manager: "Kim Night")) }
        #expect(error?.field == "manager" && error?.message.contains("Ruth Okafor") == true)
        // The kind left out of the file keeps its standard timescale.
        #expect(store.timescales.timescale(for: .partnerConcern) == EscalationTimescales.standard.timescale(for: .partnerConcern))
    }

    @Test func aBrokenSettingsFileIsRefusedWithWhereItIs() throws {
        #expect(throws: StoreError.self) { try open(as: "Kim Night", settings: "{ not json") }
    }

    @Test func aPartnersConcernStaysFlaggedUntilAManagerAcknowledgesIt() throws {
        let lead = try open(as: "Kim Night", settings: Self.settings)
        let concern = try lead.raiseEscalation(EscalationDraft(kind: .partnerConcern, summary: "Nurse worried fluid charts are not kept", manager: "Ruth Okafor"))
        #expect(concern.awaitsManager)
        #expect(fieldError { _ = try lead.acknowledge(concern) }?.field == "escalation")
        #expect(try lead.escalation(id: concern.id)?.awaitsManager == true)
        let manager = try open(as: "Ruth Okafor")
        let acknowledged = try manager.acknowledge(concern, note: "Rang the nurse; charts to be checked every shift")
        #expect(!acknowledged.awaitsManager && acknowledged.stage == .acknowledged)
        // Other kinds are anyone's to acknowledge.
        let other = try lead.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Dentist declined a home visit", manager: "Ruth Okafor"))
        #expect(try lead.acknowledge(other).stage == .acknowledged)
    }

    /// The manager named on an escalation sees it through (R10): with a staff list, only a
    /// manager resolves one, as a group's database requires; a shift lead may add notes.
    @Test func onlyAManagerResolvesAnEscalation() throws {
        let lead = try open(as: "Kim Night", settings: Self.settings)
        let disagreement = try lead.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Dentist declined a home visit", manager: "Ruth Okafor"))
        let acknowledged = try lead.acknowledge(disagreement)
        let refused = fieldError { _ = try lead.resolve(acknowledged, outcome: "Visit booked at the surgery") }
        #expect(refused?.field == "escalation")
        #expect(refused?.message == "an escalation is resolved by a manager, who sees it through with the partner; "
                    + "Kim Night is not a manager on the staff list. Add a note for the manager instead")
        #expect(try lead.escalation(id: disagreement.id)?.stage == .acknowledged, "nothing saved")
        #expect(fieldError { _ = try lead.addNote(to: acknowledged, "Surgery offered Tuesday") } == nil)
        let manager = try open(as: "Ruth Okafor")
        let now = try #require(try manager.escalation(id: disagreement.id))
        #expect(try manager.resolve(now, outcome: "Visit booked at the surgery").stage == .resolved)
        // Without a staff list, anyone may, as before.
        let f = try Fixture()
        let open = try f.store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Plan stopped early", manager: "Ruth Okafor"))
        #expect(try f.store.resolve(try f.store.acknowledge(open), outcome: "Plan restored").stage == .resolved)
    }

    @Test func onlyAManagerAcknowledgesASharingException() throws {
        let lead = try open(as: "Kim Night", settings: Self.settings)
        let person = try lead.addPerson(PersonDraft(name: "Harold Finch", basis: .withdrawn))
        let partner = try lead.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let shared = try lead.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .phone, summary: "Shared the bruising history", sharedByUs: true,
            exception: SharingException(kind: .safeguarding, reason: "Unexplained bruising; shared to protect him")))
        #expect(fieldError { _ = try lead.acknowledgeException(shared) }?.message.contains("not a manager") == true)
        let manager = try open(as: "Ruth Okafor")
        #expect(try manager.acknowledgeException(shared).exceptionAcknowledged?.by == "Ruth Okafor")
    }
}
