import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A typed role is read as the one role it fits, never as the first of several.
@Suite struct PartnerRoleReadingTests {
    @Test func wordsThatFitOneRoleAreThatRole() throws {
        let cases: [(String, PartnerRole)] = [
            ("gp", .gp), ("GP", .gp), ("speech", .salt), ("SALT", .salt), ("district nurse", .districtNurse),
            ("  District   Nurse ", .districtNurse), ("psychologist", .clinicalPsychologist), ("OT", .occupationalTherapist),
            ("occupational", .occupationalTherapist), ("other", .other), ("social-worker", .socialWorker), ("Diétician", .dietician),
        ]
        for (typed, role) in cases {
            #expect(try PartnerRole.read(typed) == role, "\(typed)")
        }
    }

    @Test func wordsThatFitSeveralOrNoneAreRefusedSayingWhich() {
        #expect(fieldError { _ = try PartnerRole.read("nurse") }?.message == "“nurse” fits district nurse, community nurse; type more of it")
        #expect(fieldError { _ = try PartnerRole.read("psych") }?.message.contains("clinical psychiatrist, clinical psychologist") == true)
        #expect(fieldError { _ = try PartnerRole.read("community") }?.message.contains("volunteer or community group") == true)
        #expect(fieldError { _ = try PartnerRole.read("plumber") }?.message.contains("is not one of the roles") == true)
        #expect(fieldError { _ = try PartnerRole.read("  ") }?.field == "role")
    }

    /// The words that join a role's name ("speech and language", "volunteer or community group")
    /// name no role alone, and are passed over beside words that do.
    @Test func joiningWordsAloneNameNoRole() throws {
        for typed in ["and", "or", "AND", "of the", "&"] {
            #expect(fieldError { _ = try PartnerRole.read(typed) }?.message == "“\(typed)” names no role; e.g. GP, district nurse, social worker, SALT, or other", "\(typed)")
        }
        #expect(try PartnerRole.read("speech and language") == .salt)
        #expect(try PartnerRole.read("volunteer or community") == .volunteer)
        #expect(try PartnerRole.read("speech & language therapist") == .salt)
    }
}

/// Every basis that allows sharing has a review date (R3): consent, the person's own or a
/// representative's, given without one is looked at again a year on, so it is flagged when due.
@Suite struct ConsentReviewTests {
    @Test func consentGivenWithoutAReviewIsReviewedAYearOn() throws {
        let f = try Fixture()
        for (kind, by) in [(SharingBasis.Kind.consent, nil), (.representative, "Ann Lee (attorney)")] as [(SharingBasis.Kind, String?)] {
            let person = try f.store.addPerson(PersonDraft(name: "Person \(kind.rawValue)", basis: kind, basisBy: by))
            #expect(person.basis.reviewDue == Fixture.start + PersonDraft.consentReview, "\(kind)")
        }
        let given = try f.store.addPerson(PersonDraft(name: "Given", basis: .consent, basisReview: Fixture.start + 86_400 * 30))
        #expect(given.basis.reviewDue == Fixture.start + 86_400 * 30)
        f.clock.set(Fixture.start + PersonDraft.consentReview + 60)
        #expect(try #require(f.store.person(id: given.id)).basis.isReviewOverdue(now: f.clock.now))
    }
}
