import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R6 when the advice itself is corrected: a letter confirmed the words as they stood, so a
/// change to them says whether it confirms the new ones; advice taken off takes its request off
/// the chase list; advice confirmed in writing is not taken off until the receipt is taken back.
@Suite struct AdviceCorrectionTests {
    let f: Fixture
    let advice: Contact

    init() throws {
        f = try Fixture()
        advice = try f.contact(try f.person(), try f.partner(), advice: "Paracetamol 500mg three times a day")
    }

    /// The advice asked for in writing, then the letter received with its reference.
    private func confirmed() throws -> Contact {
        let asked = try f.store.recordConfirmation(.requested(how: "email to the surgery"), on: advice)
        f.clock.advance(by: 3_600)
        return try f.store.recordConfirmation(.received(medium: .letter, reference: "RS/2211"), on: asked)
    }

    private func corrected(_ contact: Contact, advice words: String?) -> Contact {
        var next = contact
        next.advice = words
        return next
    }

    @Test func changedWordsOfConfirmedAdviceAskWhetherTheLetterSaysThem() throws {
        let received = try confirmed()
        let refusal = fieldError {
            _ = try f.store.correct(corrected(received, advice: "Paracetamol 250mg twice a day"), reason: "Misheard the dose", letterConfirmsIt: nil)
        }
        #expect(refusal?.field == "letter-confirms")
        #expect(refusal?.message.hasPrefix("their letter (reference RS/2211) confirmed the advice as it was") == true, "\(String(describing: refusal))")
        #expect(try f.store.contact(id: advice.id)?.advice == "Paracetamol 500mg three times a day", "nothing saved")

        // The generic correction, with no answer, is refused the same way.
        #expect(fieldError { _ = try f.store.correct(corrected(received, advice: "250mg"), reason: "Misheard") }?.field == "letter-confirms")
    }

    @Test func aLetterThatSaysTheNewWordsKeepsTheReceipt() throws {
        let received = try confirmed()
        let saved = try f.store.correct(corrected(received, advice: "Paracetamol 250mg twice a day"), reason: "Misheard the dose; the letter says 250mg",
                                        letterConfirmsIt: true)
        #expect(saved.advice == "Paracetamol 250mg twice a day")
        #expect(saved.confirmation == received.confirmation)
        #expect(f.store.chaseList.isEmpty)
        // Who said the letter confirms the new words, and that they said it, is in the history.
        let history = try f.store.history(of: advice.id)
        #expect(history.last?.reason == "Misheard the dose; the letter says 250mg; their letter (reference RS/2211) confirms the corrected advice")
        #expect(history.last?.amendedBy == "Amara Shift-Lead")
    }

    @Test func aLetterThatSaidTheOldWordsPutsTheRequestBackOnTheChaseList() throws {
        let received = try confirmed()
        let saved = try f.store.correct(corrected(received, advice: "Paracetamol 250mg twice a day"), reason: "The GP changed her mind on the call",
                                        letterConfirmsIt: false)
        #expect(saved.confirmation?.state == .requested)
        #expect(saved.confirmation?.requestedAt == Fixture.start && saved.confirmation?.method == "email to the surgery")
        #expect(saved.confirmation?.receivedAt == nil && saved.confirmation?.reference == nil && saved.confirmation?.receivedAs == nil)
        #expect(f.store.chaseList.map(\.id) == [advice.id])
        #expect(try f.store.history(of: advice.id).last?.reason
            == "The GP changed her mind on the call; their letter (reference RS/2211) confirmed the advice as it was, so written confirmation is asked for again")
        // The history keeps the receipt as it was.
        let before = try #require(try f.store.history(of: advice.id).last)
        #expect(before.record.contains(#""state":"received""#))
    }

    @Test func aLetterThatCameUnaskedAndSaidTheOldWordsLeavesTheNewWordsUndecided() throws {
        let received = try f.store.recordConfirmation(.received(medium: .email), on: advice)
        let saved = try f.store.correct(corrected(received, advice: "Paracetamol 250mg twice a day"), reason: "Misheard", letterConfirmsIt: false)
        #expect(saved.confirmation == nil)
        #expect(f.store.undecidedAdvice.map(\.id) == [advice.id])
    }

    @Test func confirmedAdviceIsNotTakenOffUntilTheReceiptIsTakenBack() throws {
        let received = try confirmed()
        for blank in [nil, "", "  \n"] as [String?] {
            let refusal = fieldError { _ = try f.store.correct(corrected(received, advice: blank), reason: "Wrong contact", letterConfirmsIt: true) }
            #expect(refusal?.field == "advice" && refusal?.message.contains("take it back first") == true, "\(String(describing: refusal))")
        }
        let takenBack = try f.store.recordConfirmation(.takenBack(reason: "The letter was about Mr Finch"), on: received)
        let saved = try f.store.correct(corrected(takenBack, advice: nil), reason: "The advice was about Mr Finch", letterConfirmsIt: nil)
        #expect(saved.advice == nil && saved.confirmation == nil)
        #expect(f.store.chaseList.isEmpty && f.store.undecidedAdvice.isEmpty)
    }

    @Test func adviceTakenOffTakesItsRequestOffTheChaseList() throws {
        let asked = try f.store.recordConfirmation(.requested(how: "email to the surgery"), on: advice)
        #expect(f.store.chaseList.map(\.id) == [advice.id])
        let saved = try f.store.correct(corrected(asked, advice: nil), reason: "No advice was given; it was a question", letterConfirmsIt: nil)
        #expect(saved.confirmation == nil)
        #expect(f.store.chaseList.isEmpty)
        #expect(try f.store.history(of: advice.id).last?.record.contains("email to the surgery") == true)
        #expect(try f.store.history(of: advice.id).last?.reason
            == "No advice was given; it was a question; the request for written confirmation went with the advice")
    }

    @Test func aDecisionThatNoneIsNeededGoesWithTheAdvice() throws {
        let decided = try f.store.recordConfirmation(.notNeeded(reason: "Routine advice the home already follows"), on: advice)
        let saved = try f.store.correct(corrected(decided, advice: nil), reason: "No advice was given", letterConfirmsIt: nil)
        #expect(saved.confirmation == nil)
    }

    /// A request, or a decision, stays with corrected words: the partner writes what they said.
    @Test func changedWordsKeepARequestOrADecision() throws {
        let asked = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        let saved = try f.store.correct(corrected(asked, advice: "Paracetamol 250mg twice a day"), reason: "Misheard", letterConfirmsIt: nil)
        #expect(saved.confirmation == asked.confirmation)
        #expect(f.store.chaseList.map(\.id) == [advice.id])
    }

    /// Spaces added or taken away at the ends are not a change of what the letter confirmed,
    /// and corrected words are saved trimmed, as new ones are.
    @Test func whitespaceAloneIsNotAChangeOfWords() throws {
        let received = try confirmed()
        let padded = fieldError { _ = try f.store.correct(corrected(received, advice: "  Paracetamol 500mg three times a day\n"), reason: "Tidy", letterConfirmsIt: nil) }
        #expect(padded?.message.contains("nothing in this contact was changed") == true, "trimmed, it is the advice as it was: \(String(describing: padded))")
        let saved = try f.store.correct(corrected(received, advice: "  Paracetamol 500mg three times a day, with food\n"), reason: "Left out", letterConfirmsIt: true)
        #expect(saved.confirmation?.state == .received)
        #expect(saved.advice == "Paracetamol 500mg three times a day, with food")
        var summary = saved
        summary.summary = "  Phoned about her cough and chest \n"
        #expect(try f.store.correct(summary, reason: "The chest was left out").summary == "Phoned about her cough and chest")
        summary.summary = "Ann \u{1B}[2J"
        #expect(fieldError { _ = try f.store.correct(summary, reason: "Escape typed in") }?.field == "summary")
    }

    /// A contact saved before this rule (or edited by hand) with a decision but no advice is named.
    @Test func checkWarnsOfAConfirmationWithNoAdvice() {
        var contact = advice
        contact.advice = nil
        contact.confirmation = Confirmation(state: .requested, requestedAt: Fixture.start, method: "email")
        #expect(contact.contradictions == ["it has a written confirmation decision (requested) but no advice to confirm"])
        #expect(advice.contradictions.isEmpty)
    }
}
