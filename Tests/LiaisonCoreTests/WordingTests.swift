import Testing
@testable import LiaisonCore

/// Each partner role and escalation kind has one set of words, used by every screen and report;
/// they must tell the values apart at both lengths, or a column would show two roles alike.
@Suite struct WordingTests {
    @Test func everyRoleHasItsOwnTitleAndShortForm() {
        let words = PartnerRole.allCases.map(\.words)
        #expect(Set(words.map(\.title)).count == PartnerRole.allCases.count)
        #expect(Set(words.map(\.short)).count == PartnerRole.allCases.count)
        #expect(words.allSatisfy { !$0.short.isEmpty && $0.short.count <= $0.title.count })
        #expect(PartnerRole.salt.words == Wording(title: "Speech and language therapist", short: "SALT"))
        #expect(PartnerRole.gp.title == PartnerRole.gp.words.title)
    }

    @Test func everyEscalationKindHasItsOwnTitleAndShortForm() {
        let words = Escalation.Kind.allCases.map(\.words)
        #expect(Set(words.map(\.title)).count == Escalation.Kind.allCases.count)
        #expect(Set(words.map(\.short)).count == Escalation.Kind.allCases.count)
        #expect(Escalation.Kind.partnerPractice.words.short == "their practice")
        #expect(Escalation.Kind.partnerPractice.words.shortHeading == "Their practice")
    }
}
