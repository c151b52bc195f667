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
}
