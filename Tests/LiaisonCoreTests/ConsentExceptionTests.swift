import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R3's three cases: an attorney or deputy consents for a person who lacks capacity; best
/// interests only for a person assessed as lacking capacity for this decision with no attorney
/// or deputy; safeguarding, which can override a refusal. Every exception has a real reason and
/// is in the manager's register until acknowledged.
@Suite struct ConsentExceptionTests {
    let f: Fixture
    let nurse: Partner

    init() throws {
        f = try Fixture()
        nurse = try f.partner("Jo Okafor", role: .districtNurse)
    }

    func share(_ person: Person, _ exception: SharingException?) throws -> Contact {
        try f.contact(person, nurse, summary: "Told the nurse about the pressure sore", shared: true, exception: exception)
    }

    @Test func bestInterestsCannotOverrideSomeoneWhoWithdrewConsent() throws {
        let harold = try f.person("Harold Finch", basis: .withdrawn)
        let error = fieldError {
            _ = try share(harold, SharingException(kind: .bestInterests, reason: "Nurse needs to know to treat the sore", capacity: .sample))
        }
        #expect(error?.field == "exception")
        #expect(error?.message.contains("cannot be overridden in their best interests") == true)
        // Safeguarding still can, with a real reason.
        #expect(fieldError { _ = try share(harold, SharingException(kind: .safeguarding, reason: "x")) }?.field == "reason")
        let shared = try share(harold, SharingException(kind: .safeguarding, reason: "Unexplained bruising; shared to protect him from harm"))
        #expect(shared.sharingException?.decidedBy == "Amara Shift-Lead")
    }

    @Test func bestInterestsNeedsTheCapacityAssessmentItRestsOn() throws {
        let arthur = try f.person("Arthur Lee", basis: .none)
        let reason = "Urgent treatment needed and no one can consent for him"
        #expect(fieldError { _ = try share(arthur, SharingException(kind: .bestInterests, reason: reason)) }?.field == "capacity-assessed-by")
        var capacity = CapacityAssessment.sample
        capacity.consulted = " "
        #expect(fieldError { _ = try share(arthur, SharingException(kind: .bestInterests, reason: reason, capacity: capacity)) }?.field == "consulted")
        capacity = .sample
        capacity.assessedOn = Fixture.start + 86_400
        #expect(fieldError { _ = try share(arthur, SharingException(kind: .bestInterests, reason: reason, capacity: capacity)) }?.field == "capacity-assessed-on")
        #expect(fieldError { _ = try share(arthur, SharingException(kind: .bestInterests, reason: "x", capacity: .sample)) }?.field == "reason")
        // Capacity is judged one decision at a time: one word does not say which.
        capacity = .sample
        capacity.decision = "sharing"
        let vague = fieldError { _ = try share(arthur, SharingException(kind: .bestInterests, reason: reason, capacity: capacity)) }
        #expect(vague?.field == "capacity-decision")
        #expect(vague?.message.hasPrefix("The decision capacity was assessed for needs naming in a few words") == true, "\(String(describing: vague))")
        #expect(vague?.message.hasSuffix("; \"sharing\" does not say") == true)
        capacity.decision = "sharing his notes"
        #expect(try share(arthur, SharingException(kind: .bestInterests, reason: reason, capacity: capacity)).sharingException?.capacity?.decision
            == "sharing his notes")
        let shared = try share(arthur, SharingException(kind: .bestInterests, reason: reason, decidedBy: "Ruth Okafor", capacity: .sample))
        #expect(shared.sharingException?.capacity == .sample)
        #expect(shared.sharingException?.decidedBy == "Ruth Okafor")
    }

    /// A share entered late cannot rest on an assessment made after it: on 20 November the
    /// nurse was told, and capacity was assessed on the 22nd. The same day is before it.
    @Test func theAssessmentComesBeforeTheShareItSupports() throws {
        let arthur = try f.person("Arthur Lee", basis: .none)
        let reason = "Urgent treatment needed and no one could consent for him"
        var capacity = CapacityAssessment.sample
        capacity.assessedOn = Fixture.start - 3 * 86_400
        let refused = fieldError {
            _ = try f.contact(arthur, nurse, shared: true, exception: SharingException(kind: .bestInterests, reason: reason, capacity: capacity),
                              at: Fixture.start - 5 * 86_400)
        }
        #expect(refused?.field == "capacity-assessed-on")
        #expect(refused?.message.contains("dated after the information was shared") == true)
        capacity.assessedOn = Fixture.utc.startOfDay(for: Fixture.start - 5 * 86_400)
        let sameDay = try f.contact(arthur, nurse, shared: true, exception: SharingException(kind: .bestInterests, reason: reason, capacity: capacity),
                                    at: Fixture.start - 5 * 86_400)
        #expect(sameDay.sharingException?.capacity?.assessedOn == capacity.assessedOn)
    }

    @Test func anAttorneyOrDeputyDecidesRatherThanBestInterests() throws {
        let wang = try f.person("王秀英", basis: .representative, by: "Her son, health and welfare attorney")
        // Their consent is the basis: no exception is needed to share...
        #expect(try share(wang, nil).sharingException == nil)
        // ...and best interests is not for deciding over them.
        let error = fieldError { _ = try share(wang, SharingException(kind: .bestInterests, reason: "Quicker than asking her son", capacity: .sample)) }
        #expect(error?.field == "exception" && error?.message.contains("attorney or deputy") == true)
    }

    @Test func theRegisterCoversAnyPeriodAndRecordsTheManagersAcknowledgement() throws {
        let arthur = try f.person("Arthur Lee", basis: .none)
        f.clock.set(Fixture.start - 10 * 86_400)
        let old = try share(arthur, SharingException(kind: .safeguarding, reason: "Concern about a visitor; shared to protect him"))
        f.clock.set(Fixture.start)
        let recent = try share(arthur, SharingException(kind: .bestInterests, reason: "Urgent treatment, no one can consent", capacity: .sample))
        #expect(try f.store.sharingExceptions(from: Fixture.start - 14 * 86_400, to: Fixture.start).map(\.id) == [old.id, recent.id])
        #expect(try f.store.sharingExceptions(from: Fixture.start - 2 * 86_400, to: Fixture.start).map(\.id) == [recent.id])

        f.clock.advance(by: 3_600)
        let acknowledged = try f.store.acknowledgeException(recent)
        #expect(acknowledged.exceptionAcknowledged == ReviewMark(by: "Amara Shift-Lead", at: Fixture.start + 3_600))
        #expect(try f.store.acknowledgeException(acknowledged) == acknowledged)
        #expect(try f.store.history(of: recent.id).map(\.reason) == ["sharing exception acknowledged by the manager"])
        // The report's register over the period says who acknowledged what.
        let report = try HandoverReport.gather(from: f.store, first: Fixture.start - 14 * 86_400, last: Fixture.start)
        #expect(report.sharingExceptions.map { $0.acknowledged?.by } == [nil, "Amara Shift-Lead"])
        #expect(report.isPeriod)
        let plain = try f.contact(arthur, nurse)
        #expect(fieldError { _ = try f.store.acknowledgeException(plain) }?.field == "contact")
    }
}
