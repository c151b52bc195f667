import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R6: every piece of advice gets a decision about written confirmation, and a request is
/// chased — every chase kept — until it arrives.
@Suite struct ConfirmationRuleTests {
    let f: Fixture
    let advice: Contact

    init() throws {
        f = try Fixture()
        advice = try f.contact(try f.person(), try f.partner(), advice: "Encourage 1.5 litres of fluid a day")
    }

    @Test func adviceWithNoDecisionIsOwedUntilSomeoneDecides() throws {
        #expect(advice.awaitsConfirmationDecision)
        #expect(f.store.undecidedAdvice.map(\.id) == [advice.id])
        #expect(f.store.counts.awaitingDecision == 1)
        let asked = try f.store.recordConfirmation(.requested(how: "email to the surgery", from: "Practice manager"), on: advice)
        #expect(f.store.undecidedAdvice.isEmpty)
        #expect(f.store.chaseList.map(\.id) == [advice.id])
        #expect(asked.confirmation?.requestedAt == Fixture.start)
        #expect(asked.confirmation?.method == "email to the surgery")
        #expect(asked.confirmation?.requestedFrom == "Practice manager")
    }

    @Test func everyChaseIsKeptWithWhenWhoAndWhatWasSaid() throws {
        var contact = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        f.clock.advance(by: 86_400)
        contact = try f.store.recordConfirmation(.chased(note: "No reply; rang reception"), on: contact)
        f.clock.advance(by: 86_400)
        contact = try f.store.recordConfirmation(.chased(note: "Reception say the GP signed it"), on: contact)
        let chases = try #require(contact.confirmation?.chases)
        #expect(chases.map(\.note) == ["No reply; rang reception", "Reception say the GP signed it"])
        #expect(chases.map(\.at) == [Fixture.start + 86_400, Fixture.start + 2 * 86_400])
        #expect(chases.allSatisfy { $0.by == "Amara Shift-Lead" })
        #expect(f.store.chaseList.first?.confirmation?.chases.count == 2)
        // Each step is a version in the history, saying what it was.
        let history = try f.store.history(of: advice.id)
        #expect(history.map(\.reason) == [
            "written confirmation asked for (email)",
            "chased for written confirmation (chase 1): No reply; rang reception",
            "chased for written confirmation (chase 2): Reception say the GP signed it",
        ])
    }

    @Test func receivedTakesItOffTheChaseListAndEndsTheLoop() throws {
        let asked = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        f.clock.advance(by: 3_600)
        let received = try f.store.recordConfirmation(.received(medium: .letter, reference: "RS/2211"), on: asked)
        #expect(f.store.chaseList.isEmpty)
        #expect(received.confirmation?.state == .received)
        #expect(received.confirmation?.receivedAs == .letter)
        #expect(received.confirmation?.reference == "RS/2211")
        #expect(received.confirmation?.receivedAt == Fixture.start + 3_600)
        #expect(fieldError { _ = try f.store.recordConfirmation(.chased(note: "again"), on: received) }?.field == "chased")
        #expect(fieldError { _ = try f.store.recordConfirmation(.received(), on: received) }?.field == "received")
        #expect(fieldError { _ = try f.store.recordConfirmation(.notNeeded(reason: "GP said not to bother"), on: received) }?.field == "received")
    }

    /// A step recorded wrongly is taken back, one at a time, each with why, as a correction.
    @Test func eachStepRecordedWronglyCanBeTakenBack() throws {
        #expect(fieldError { _ = try f.store.recordConfirmation(.takenBack(reason: "It was not asked for"), on: advice) }?.field == "taken-back")
        var contact = try f.store.recordConfirmation(.requested(how: "email", from: "Practice manager"), on: advice)
        contact = try f.store.recordConfirmation(.chased(note: "No reply"), on: contact)
        #expect(fieldError { _ = try f.store.recordConfirmation(.takenBack(reason: "x"), on: contact) }?.field == "note")
        contact = try f.store.recordConfirmation(.takenBack(reason: "That chase was for another contact"), on: contact)
        #expect(contact.confirmation?.state == .requested && contact.confirmation?.chases.isEmpty == true)
        #expect(contact.confirmation?.requestedFrom == "Practice manager")
        contact = try f.store.recordConfirmation(.takenBack(reason: "The request was for another contact"), on: contact)
        #expect(contact.confirmation == nil)
        #expect(f.store.undecidedAdvice.map(\.id) == [advice.id], "owed as undecided again")
        // Answered without a request: back to no decision.
        contact = try f.store.recordConfirmation(.notPossible(reason: "The practice does not write to care homes"), on: contact)
        // A chase now says why there is nothing to chase, not that nothing was decided.
        let notPossible = contact
        #expect(fieldError { _ = try f.store.recordConfirmation(.chased(note: "Rang again"), on: notPossible) }?.message
            == "it was recorded that the partner cannot put it in writing, so nothing was asked for; to chase, record asking for it first")
        contact = try f.store.recordConfirmation(.takenBack(reason: "The practice does write; I confused two surgeries"), on: contact)
        #expect(contact.confirmation == nil)
        let history = try f.store.history(of: advice.id)
        #expect(history.filter { $0.isCorrection == true }.map(\.reason) == [
            "written confirmation: chase 1 taken back, now asked for; recorded wrongly: That chase was for another contact",
            "written confirmation: the request taken back, now no decision yet; recorded wrongly: The request was for another contact",
            "written confirmation: not possible taken back, now no decision yet; recorded wrongly: The practice does write; I confused two surgeries",
        ])
    }

    /// A step taken back returns to the decision that stood before it, with its reason, not to
    /// "no decision": a request made by mistake over "not needed" is taken back to "not
    /// needed". A second take-back goes on down, never redoing the first.
    @Test func aStepTakenBackReturnsToTheDecisionBeforeIt() throws {
        var contact = try f.store.recordConfirmation(.notNeeded(reason: "The GP will write to the hospital anyway"), on: advice)
        let notNeeded = contact.confirmation
        contact = try f.store.recordConfirmation(.requested(how: "email"), on: contact)
        contact = try f.store.recordConfirmation(.chased(note: "No reply yet"), on: contact)
        contact = try f.store.recordConfirmation(.takenBack(reason: "That chase was for another contact"), on: contact)
        #expect(contact.confirmation?.state == .requested && contact.confirmation?.chases.isEmpty == true)
        contact = try f.store.recordConfirmation(.takenBack(reason: "Asked on the wrong contact, entered in error"), on: contact)
        #expect(contact.confirmation == notNeeded, "“not needed” again, with its reason")
        #expect(contact.confirmationSentence == "No written confirmation needed: The GP will write to the hospital anyway")
        #expect(f.store.undecidedAdvice.isEmpty && f.store.chaseList.isEmpty, "owed by neither list")
        #expect(try f.store.history(of: advice.id).last?.reason
                    == "written confirmation: the request taken back, now not needed; recorded wrongly: Asked on the wrong contact, entered in error")
        // Asked for again, then taken back: "not needed", as before; and once more, no decision.
        contact = try f.store.recordConfirmation(.requested(how: "letter"), on: contact)
        contact = try f.store.recordConfirmation(.takenBack(reason: "The letter was never sent, it seems"), on: contact)
        #expect(contact.confirmation == notNeeded)
        contact = try f.store.recordConfirmation(.takenBack(reason: "Nobody decided this; it was a guess"), on: contact)
        #expect(contact.confirmation == nil)
        #expect(contact.confirmationSentence == "No decision yet on written confirmation; on the list to decide whether to ask in writing")
        #expect(f.store.undecidedAdvice.map(\.id) == [advice.id])
    }

    /// Worked out from the versions alone: each change a step, a correction back to the one
    /// under it a step taken back.
    @Test func theDecisionBeforeIsReadFromTheVersions() {
        let asked = Confirmation(state: .requested)
        var none = Confirmation(state: .notNeeded)
        none.reason = "The GP writes anyway"
        #expect(ConfirmationRules.before([], current: asked) == nil, "a first step: the versions do not say")
        #expect(ConfirmationRules.before([(nil, false)], current: asked) == .some(nil))
        #expect(ConfirmationRules.before([(nil, false), (none, false)], current: asked) == .some(none))
        #expect(ConfirmationRules.before([(nil, false), (none, false), (asked, true)], current: none) == .some(nil), "taken back once")
        // A change that is not about the confirmation (a summary corrected) is no step.
        #expect(ConfirmationRules.before([(nil, false), (none, true), (none, false)], current: asked) == .some(none))
        // "Not needed" decided after a request is a step of its own, not the request taken back.
        #expect(ConfirmationRules.before([(nil, false), (asked, false)], current: none) == .some(asked))
    }

    @Test func theCommandLineTakesBackAStepWithANote() throws {
        let received = try f.store.recordConfirmation(.received(medium: .email), on: advice)
        let refused = fieldError { _ = try f.store.confirm(ConfirmArguments(contact: received.id, step: .takenBack, note: "Wrong one", when: "10:00")) }
        #expect(refused?.field == "when")
        let back = try f.store.confirm(ConfirmArguments(contact: String(received.id.prefix(8)), step: .takenBack, note: "The email was about another resident"))
        #expect(back.confirmation == nil)
    }

    @Test func aChaseNeedsARequestAndSaysWhatWasSaid() throws {
        #expect(fieldError { _ = try f.store.recordConfirmation(.chased(note: "Rang"), on: advice) }?.field == "chased")
        let asked = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        #expect(fieldError { _ = try f.store.recordConfirmation(.chased(note: "  "), on: asked) }?.field == "note")
        #expect(fieldError { _ = try f.store.recordConfirmation(.requested(how: "letter"), on: asked) }?.field == "requested")
        #expect(fieldError { _ = try f.store.recordConfirmation(.requested(how: ""), on: advice) }?.field == "note")
    }

    @Test func notNeededAndNotPossibleNeedARealReason() throws {
        for why in ["x", "n/a", "ok", "none"] {
            #expect(fieldError { _ = try f.store.recordConfirmation(.notNeeded(reason: why), on: advice) }?.field == "note", "\(why)")
        }
        let asked = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        let chased = try f.store.recordConfirmation(.chased(note: "Rang twice"), on: asked)
        let stopped = try f.store.recordConfirmation(.notPossible(reason: "Surgery policy: no written advice for fluids"), on: chased)
        #expect(stopped.confirmation?.state == .notPossible)
        #expect(stopped.confirmation?.chases.count == 1)
        #expect(f.store.chaseList.isEmpty && f.store.undecidedAdvice.isEmpty)
    }

    @Test func stepsCannotBeInTheFutureOrBeforeTheAdvice() throws {
        let asked = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        #expect(fieldError { _ = try f.store.recordConfirmation(.received(at: Fixture.start + 3_600), on: asked) }?.field == "when")
        #expect(fieldError { _ = try f.store.recordConfirmation(.received(at: Fixture.start - 86_400), on: asked) }?.field == "when")
        #expect(fieldError { _ = try f.store.recordConfirmation(.chased(note: "Rang", at: Fixture.start - 60), on: asked) }?.field == "when")
    }

    /// A request entered after the fact keeps when it was made, so the chase list, oldest first,
    /// puts it where it belongs; a letter cannot have come before it was asked for.
    @Test func aRequestEnteredLateKeepsItsTimeAndALetterCannotComeBeforeIt() throws {
        let early = try f.contact(try f.person("Arthur Lee"), try f.partner("Jo Okafor", role: .districtNurse),
                                  advice: "Turn him two-hourly", at: Fixture.start - 2 * 86_400)
        let late = try f.contact(try f.person("Mary Shaw"), try f.partner("Dr Osei"), advice: "Stop the aspirin", at: Fixture.start - 3 * 86_400)
        f.clock.advance(by: 3_600)
        _ = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        let yesterday = Fixture.start - 86_400
        let asked = try f.store.recordConfirmation(.requested(how: "letter to the surgery", at: yesterday), on: early)
        #expect(asked.confirmation?.requestedAt == yesterday)
        _ = try f.store.recordConfirmation(.requested(how: "on the phone", at: Fixture.start - 2 * 86_400), on: late)
        #expect(f.store.chaseList.map(\.id) == [late.id, early.id, advice.id])
        #expect(try f.store.history(of: early.id).first?.amendedAt == Fixture.start + 3_600, "the history says when it was entered")

        #expect(fieldError { _ = try f.store.recordConfirmation(.received(at: yesterday - 60), on: asked) }?.message.contains("asked for") == true)
        #expect(fieldError { _ = try f.store.recordConfirmation(.chased(note: "Rang", at: yesterday - 60), on: asked) }?.field == "when")
        let received = try f.store.recordConfirmation(.received(at: yesterday + 60, medium: .letter), on: asked)
        #expect(received.confirmation?.receivedAt == yesterday + 60 && received.confirmation?.requestedAt == yesterday)
    }

    @Test func aRequestCannotBeBeforeTheAdviceOrYetToCome() throws {
        #expect(fieldError { _ = try f.store.recordConfirmation(.requested(how: "email", at: Fixture.start - 60), on: advice) }?.field == "when")
        #expect(fieldError { _ = try f.store.recordConfirmation(.requested(how: "email", at: Fixture.start + 3_600), on: advice) }?.field == "when")
        #expect(f.store.chaseList.isEmpty)
    }

    /// Asked for as part of the contact: at the contact's time, however late it is entered.
    @Test func aRequestMadeWithTheContactIsAtTheContactsTime() throws {
        f.clock.advance(by: 6 * 3_600)
        let call = try f.contact(try f.person("Arthur Lee"), try f.partner("Jo Okafor", role: .districtNurse),
                                 advice: "Turn him two-hourly", confirmation: .requested, at: Fixture.start)
        #expect(call.confirmation?.requestedAt == Fixture.start)
        #expect(call.confirmation?.method == "asked on the call")
        let chased = try f.store.recordConfirmation(.chased(note: "Rang the surgery", at: Fixture.start + 3_600), on: call)
        #expect(chased.confirmation?.chases.map(\.at) == [Fixture.start + 3_600])
    }

    /// `liaison confirm` refuses a detail its step has nowhere to keep, rather than dropping it.
    @Test func theCommandLineRefusesDetailsAStepDoesNotKeep() throws {
        let cases: [(ConfirmArguments, String)] = [
            (ConfirmArguments(contact: advice.id, step: .received, from: "Other Surgery"), "from"),
            (ConfirmArguments(contact: advice.id, step: .notNeeded, note: "GP will not write it", when: "yesterday"), "when"),
            (ConfirmArguments(contact: advice.id, step: .notPossible, note: "Surgery does not write", how: "email"), "how"),
            (ConfirmArguments(contact: advice.id, step: .chased, note: "Rang", reference: "RS/1"), "reference"),
            (ConfirmArguments(contact: advice.id, step: .requested, how: "email", reference: "RS/1"), "reference"),
        ]
        for (arguments, field) in cases {
            let error = fieldError { _ = try f.store.confirm(arguments) }
            #expect(error?.field == field, "\(arguments.step) with --\(field)")
            #expect(error?.message.contains("--\(field) is for") == true, "\(error?.message ?? "")")
        }
        #expect(try f.store.contact(id: advice.id)?.confirmation == nil, "nothing was recorded")
        // The words came as --how, so a refusal of them names --how, not the form's "note".
        let control = fieldError { _ = try f.store.confirm(ConfirmArguments(contact: advice.id, step: .requested, how: "by phone\u{1B}[2J")) }
        #expect(control?.field == "how", "\(String(describing: control))")
        #expect(fieldError { _ = try f.store.confirm(ConfirmArguments(contact: advice.id, step: .requested, when: "09:30", how: "email")) }?
            .message.contains("before the advice") == true, "the advice was given at 10:00")
        f.clock.advance(by: 3_600)
        let asked = try f.store.confirm(ConfirmArguments(contact: advice.id, step: .requested, when: "10:30", how: "email", from: "Practice manager"))
        #expect(asked.confirmation?.requestedAt == Fixture.start + 30 * 60)
    }

    @Test func contactsWithoutAdviceHaveNothingToConfirm() throws {
        let plain = try f.contact(try f.person("Arthur Lee"), try f.partner("Jo Okafor", role: .districtNurse))
        #expect(!plain.owesConfirmation)
        #expect(fieldError { _ = try f.store.recordConfirmation(.requested(how: "email"), on: plain) }?.field == "advice")
    }

    @Test func aColleaguesStepTakenMeanwhileIsNotOverwritten() throws {
        let asked = try f.store.recordConfirmation(.requested(how: "email"), on: advice)
        _ = try f.store.recordConfirmation(.chased(note: "Rang the surgery"), on: asked)
        // `asked` is the version before the chase: a second chase from it would lose the first.
        #expect(fieldError { _ = try f.store.recordConfirmation(.chased(note: "Emailed again"), on: asked) }?.field == "version")
    }

    @Test func theCommandLineFindsAContactByTheStartOfItsID() throws {
        let saved = try f.store.confirm(ConfirmArguments(contact: String(advice.id.prefix(8)), step: .requested, how: "letter"))
        #expect(saved.confirmation?.method == "letter")
        let chased = try f.store.confirm(ConfirmArguments(contact: advice.id, step: .chased, note: "Left a voicemail"))
        #expect(chased.confirmation?.sentence == "Written confirmation asked for, chased 1 time; on the chase list")
        #expect(fieldError { _ = try f.store.confirm(ConfirmArguments(contact: "abc", step: .chased)) }?.field == "contact")
        #expect(fieldError { _ = try f.store.confirm(ConfirmArguments(contact: advice.id, step: .received, how: "fax")) }?.field == "how")
    }

    @Test func aConfirmationStoredBeforeChasesWereKeptStillReads() throws {
        let old = #"{"method":"email","requestedAt":1795600800,"state":"requested"}"#
        let confirmation = try RecordCoding.decoder.decode(Confirmation.self, from: Data(old.utf8))
        #expect(confirmation.chases.isEmpty)
        let again = String(decoding: try RecordCoding.encoder.encode(confirmation), as: UTF8.self)
        #expect(again == old, "\(again)")
    }

    @Test func aStoreFromBeforeDecisionsListsItsUndecidedAdviceOnOpening() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-v1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        // A version 1 store: the undecided advice's confirmation column is empty, as it was then.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for sql in Schema.migrations[1]! { try db.execute(sql: sql) }
            try db.execute(sql: "PRAGMA application_id = \(StoreFile.applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
            for contact in [advice, try f.contact(try f.person("Arthur Lee"), try f.partner("Jo Okafor", role: .districtNurse))] {
                try db.execute(
                    sql: "INSERT INTO contact (id, person_id, partner_id, happened_at, confirmation, exception, body) VALUES (?, ?, ?, ?, NULL, 0, ?)",
                    arguments: [contact.id, contact.personID, contact.partnerID, contact.happenedAt.timeIntervalSince1970, try RecordCoding.body(contact)])
            }
        }
        try queue.close()
        let store = try Store.open(path: path, staff: "Sam Lead", clock: f.clock, calendar: f.calendar)
        #expect(store.undecidedAdvice.map(\.id) == [advice.id])
        try store.close()
        // The column is SQLite's own, generated from each body since version 3.
        let check = try DatabaseQueue(path: path)
        defer { try? check.close() }
        let undecided = try check.read { db in try String.fetchAll(db, sql: "SELECT id FROM contact WHERE confirmation = 'undecided'") }
        #expect(undecided == [advice.id])
    }
}
