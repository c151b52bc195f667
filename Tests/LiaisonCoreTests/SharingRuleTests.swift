import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

@Suite struct SharingRuleTests {
    @Test func whatAPartnerToldUsIsAlwaysRecorded() throws {
        let f = try Fixture()
        let person = try f.person(basis: .none)
        let contact = try f.contact(person, try f.partner(), shared: false)
        #expect(try f.store.contact(id: contact.id) == contact)
    }

    @Test func sharingWithNoBasisIsRefusedNamingTheField() throws {
        let f = try Fixture()
        let partner = try f.partner()
        for kind in [SharingBasis.Kind.none, .withdrawn] {
            let person = try f.person("Person \(kind)", basis: kind)
            let error = fieldError { _ = try f.contact(person, partner, shared: true) }
            #expect(error?.field == "shared")
            #expect(error?.message.contains("Person \(kind)") == true)
        }
        #expect(f.store.recentContacts.isEmpty)
    }

    @Test func anExceptionNeedsAReason() throws {
        let f = try Fixture()
        let person = try f.person(basis: .withdrawn)
        let error = fieldError {
            _ = try f.contact(person, try f.partner(), shared: true, exception: SharingException(kind: .safeguarding, reason: "  "))
        }
        #expect(error?.field == "reason")
    }

    @Test func exceptionsAreListedForTheManager() throws {
        let f = try Fixture()
        let person = try f.person(basis: .none)
        let partner = try f.partner()
        let shared = try f.contact(person, partner, shared: true, exception: SharingException(kind: .bestInterests, reason: "Needed for the hospital assessment", capacity: .sample))
        _ = try f.contact(try f.person("Ana Lima", basis: .consent), partner, shared: true)
        #expect(try f.store.sharingExceptions().map(\.id) == [shared.id])
        #expect(shared.sharingException?.kind == .bestInterests)
    }

    /// R3 applies when we share: a contact shared while consent stood can still be reviewed (R12)
    /// and have its written confirmation recorded (R6) after the consent is withdrawn, but an
    /// amendment that now says we shared is checked against the basis as it stands.
    @Test func consentWithdrawnLaterDoesNotBlockReviewingWhatWasSharedBefore() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let contact = try f.contact(person, partner, advice: "Encourage fluids", confirmation: .requested, shared: true)
        let unshared = try f.contact(person, partner, summary: "Told us the clinic moved")
        try f.store.setBasis(of: person, to: .withdrawn, because: "She asked us to stop sharing")
        let reviewed = try f.store.markReviewed(contact)
        #expect(reviewed.reviewed != nil)
        #expect(try f.store.recordConfirmation(.received(reference: "Letter 12 Nov"), on: reviewed).confirmation?.state == .received)
        var nowShared = unshared
        nowShared.sharedByUs = true
        #expect(fieldError { _ = try f.store.amend(nowShared, reason: "we did share her notes") }?.field == "shared")
        // Moved to someone else, the sharing is about them: checked against their basis.
        let other = try f.person("Ana Lima", basis: .none)
        var moved = try #require(try f.store.contact(id: contact.id))
        moved.personID = other.id
        #expect(fieldError { _ = try f.store.amend(moved, reason: "entered against the wrong person") }?.field == "shared")
    }

    @Test func validBasesAllowSharing() throws {
        let f = try Fixture()
        let partner = try f.partner()
        let rep = try f.person("Harold Finch", basis: .representative, by: "Mary Finch (attorney)")
        #expect(try f.contact(rep, partner, shared: true).sharingException == nil)
    }

    @Test func aBasisNeedsWhoDecided() throws {
        let f = try Fixture()
        for kind in [SharingBasis.Kind.representative, .bestInterests, .safeguarding] {
            let error = fieldError { _ = try f.store.addPerson(PersonDraft(name: "X", basis: kind)) }
            #expect(error?.field == "basis-by")
        }
    }

    /// No basis has no one to name, no reason and nothing to review: details given with it
    /// would be stored where nothing shows them, so they are refused, on a new person and on a
    /// change of basis alike.
    @Test func noBasisTakesNoDetails() throws {
        let f = try Fixture()
        let review = Fixture.start + 90 * 86_400
        #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: "X", basis: .none, basisBy: "Dr Y")) }?.field == "basis-by")
        #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: "X", basisReason: "Lacks capacity to decide")) }?.field == "basis-reason")
        #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: "X", basisReview: review)) }?.field == "basis-review")
        #expect(f.store.people.isEmpty)
        let joan = try f.person("Joan Hale", basis: .consent)
        #expect(fieldError { _ = try f.store.setBasis(of: joan, to: .none, by: "Joan Hale", because: "Recorded in error") }?.field == "basis-by")
        #expect(try f.store.setBasis(of: joan, to: .none, because: "Recorded in error").basis.kind == SharingBasis.Kind.none)
    }

    /// R3: best interests says who decided and why; safeguarding, who authorised it and the
    /// reason. Both share without the person's own consent, so both are reviewed.
    @Test func anExceptionalBasisSaysWhyAndWhenItIsReviewed() throws {
        let f = try Fixture()
        let review = Fixture.start + 90 * 86_400
        for kind in [SharingBasis.Kind.bestInterests, .safeguarding] {
            #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: "X", basis: kind, basisBy: "Dr Y", basisReview: review)) }?
                .field == "basis-reason", "\(kind) with no reason")
            #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: "X", basis: kind, basisBy: "Dr Y", basisReason: "x", basisReview: review)) }?
                .field == "basis-reason", "\(kind) with a reason that says nothing")
            #expect(fieldError { _ = try f.store.addPerson(PersonDraft(
                name: "X", basis: kind, basisBy: "Dr Y", basisReason: "Lacks capacity to decide; the GP needs the history")) }?
                .field == "basis-review", "\(kind) with no review")
            let person = try f.store.addPerson(PersonDraft(
                name: kind == .bestInterests ? "Arthur Lee" : "Arthur Lee-Hale", basis: kind, basisBy: "Ruth Okafor (manager)",
                basisReason: "Lacks capacity to decide; the GP needs the history", basisReview: review))
            #expect(person.basis.reason == "Lacks capacity to decide; the GP needs the history" && person.basis.reviewDue == review)
        }
        #expect(f.store.people.count == 2, "only the complete ones were saved")
        // A change of basis is held to the same rule.
        let joan = try f.person("Joan Hale", basis: .consent)
        #expect(fieldError { _ = try f.store.setBasis(of: joan, to: .safeguarding, by: "Ruth Okafor", because: "Enquiry opened") }?
            .field == "basis-reason")
        // Consent and representatives need no reason or review of their own.
        _ = try f.store.addPerson(PersonDraft(name: "Mary Finch", basis: .representative, basisBy: "Tom Finch (attorney)"))
    }

    @Test func overdueBasisReviewsAreFlagged() throws {
        let f = try Fixture()
        let review = Fixture.start.addingTimeInterval(86_400)
        _ = try f.store.addPerson(PersonDraft(name: "Joan", basis: .consent, basisReview: review))
        #expect(f.store.counts.basisReviewOverdue == 0)
        f.clock.advance(by: 2 * 86_400)
        #expect(f.store.counts.basisReviewOverdue == 1)
        #expect(Attention.basisReviewOverdue(f.store.people, now: f.clock.now).map(\.name) == ["Joan"])
    }
}

/// An exception is for a share made without a valid basis (R3); the manager's register lists
/// each as one. A basis in place when we shared needs none.
@Suite struct NeedlessExceptionTests {
    @Test func aShareOnABasisInPlaceIsRefusedAnException() throws {
        let f = try Fixture()
        let partner = try f.partner()
        for kind in [SharingBasis.Kind.consent, .representative] {
            let person = try f.person("Person \(kind)", basis: kind, by: kind == .representative ? "Her son, attorney" : nil)
            let error = fieldError {
                _ = try f.contact(person, partner, shared: true, exception: SharingException(kind: .safeguarding, reason: "Concern about a visitor at night"))
            }
            #expect(error?.field == "exception")
            #expect(error?.message.contains("Person \(kind)'s sharing basis (\(kind.rawValue)) was in place") == true, "\(String(describing: error))")
        }
        #expect(try f.store.sharingExceptions().isEmpty)
    }

    /// Consent recorded today does not make a share two days ago lawful after the fact: that
    /// share keeps its exception, and the register lists it.
    @Test func aBasisRecordedAfterTheShareLeavesItsExceptionStanding() throws {
        let f = try Fixture()
        let person = try f.person("Arthur Lee", basis: .consent)
        let shared = try f.contact(person, try f.partner(), shared: true,
                                   exception: SharingException(kind: .safeguarding, reason: "Concern about a visitor at night"),
                                   at: Fixture.start - 2 * 86_400)
        #expect(shared.sharingException?.kind == .safeguarding)
        #expect(try f.store.sharingExceptions().map(\.id) == [shared.id])
    }
}

/// Only a manager may take an exception off a contact (R3): it leaves the register they read.
@Suite struct ExceptionRemovalTests {
    @Test func aCareWorkersCorrectionCannotTakeAnExceptionOffTheRegisterAManagersCan() throws {
        let f = try Fixture()
        let person = try f.person("Arthur Lee", basis: .none)
        let shared = try f.contact(person, try f.partner(), shared: true,
                                   exception: SharingException(kind: .safeguarding, reason: "Concern about a visitor at night"))
        f.store.apply(ServiceSettings(staff: [StaffMember(name: "Amara Shift-Lead", role: .shiftLead)]))
        var notShared = shared
        notShared.sharedByUs = false
        notShared.sharingException = nil
        let refused = fieldError { _ = try f.store.correct(notShared, reason: "We did not share in the end") }
        #expect(refused?.field == "exception")
        #expect(refused?.message.contains("only a manager may") == true, "\(String(describing: refused))")
        #expect(try f.store.sharingExceptions().map(\.id) == [shared.id])
        // Changing the exception's words is not taking it off: the manager reads it again.
        var reworded = shared
        reworded.sharingException?.reason = "Concern about a visitor at night; the police asked"
        let saved = try f.store.correct(reworded, reason: "The reason left out the police")
        #expect(try f.store.sharingExceptions().map(\.id) == [shared.id])

        f.store.apply(ServiceSettings(staff: [StaffMember(name: "Amara Shift-Lead", role: .manager)]))
        var removed = saved
        removed.sharedByUs = false
        removed.sharingException = nil
        _ = try f.store.correct(removed, reason: "We did not share in the end")
        #expect(try f.store.sharingExceptions().isEmpty)
        #expect(try f.store.history(of: shared.id).count == 2, "the history keeps both versions that held it")
    }
}

/// A contact entered late is judged by the basis that stood when it happened (R3), read from the
/// person's history when their basis has changed since.
@Suite struct BasisAtTheShareTests {
    @Test func aShareBeforeConsentWasRecordedNeedsAnException() throws {
        let f = try Fixture()
        let edith = try f.person("Edith Brown", basis: .consent)  // recorded at Fixture.start
        let refused = fieldError { _ = try f.contact(edith, try f.partner(), shared: true, at: Fixture.start - 3 * 86_400) }
        #expect(refused?.field == "shared")
        #expect(refused?.message.contains("Edith Brown had no sharing basis recorded when this was shared (their current basis, consent, was recorded after it)") == true,
                "\(String(describing: refused))")
        // Earlier the same day counts as the day it was recorded: a call at 08:00 entered as the
        // person is added at 10:00.
        let sameDay = try f.contact(edith, try f.partner("Kofi Asante", role: .districtNurse), shared: true, at: Fixture.start - 2 * 3_600)
        #expect(sameDay.sharingException == nil)
    }

    @Test func consentRenewedOrWithdrawnSinceIsReadAsItStoodThen() throws {
        let f = try Fixture()
        let partner = try f.partner()
        let edith = try f.person("Edith Brown", basis: .consent)
        // A week later her consent is reviewed (recorded again), and a fortnight later withdrawn.
        f.clock.set(Fixture.start + 7 * 86_400)
        var now = try f.store.setBasis(of: edith, to: .consent, reviewDue: Fixture.start + 200 * 86_400, because: "Reviewed with her")
        f.clock.set(Fixture.start + 14 * 86_400)
        now = try f.store.setBasis(of: now, to: .withdrawn, because: "She asked us to stop sharing")
        // A share on day 3, entered now, stood on her first consent: no exception, none allowed.
        let day3 = try f.contact(now, partner, shared: true, at: Fixture.start + 3 * 86_400)
        #expect(day3.sharingException == nil)
        let needless = fieldError {
            _ = try f.contact(now, partner, shared: true, exception: SharingException(kind: .safeguarding, reason: "Concern about a visitor at night"),
                              at: Fixture.start + 10 * 86_400)
        }
        #expect(needless?.field == "exception")
        // Today, withdrawn: refused without an exception, as always.
        #expect(fieldError { _ = try f.contact(now, partner, shared: true) }?.message.contains("has withdrawn consent") == true)
    }
}
