import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A record cannot say it happened, or was entered, at a time that has not come yet: on the
/// form's path, the command line's, a correction's and an import's alike.
@Suite struct EntryTimeRuleTests {
    @Test func aFormsContactLaterThanTheSkewIsRefusedAndOneWithinItIsTaken() throws {
        let fixture = try Fixture()
        let edith = try fixture.person(), gp = try fixture.partner()
        let late = Fixture.start.addingTimeInterval(EntryTimeRule.allowedSkew + 60)
        #expect(fieldError { _ = try fixture.contact(edith, gp, at: late) }?.field == "when")
        let skewed = Fixture.start.addingTimeInterval(EntryTimeRule.allowedSkew - 60)
        #expect(try fixture.contact(edith, gp, at: skewed).happenedAt == skewed)
        #expect(fixture.store.recentContacts.count == 1)
    }

    @Test func theCommandLinesWhenAndSentOnCannotBeInTheFuture() throws {
        let fixture = try Fixture()
        _ = try fixture.person()
        _ = try fixture.partner()
        let refused = fieldError {
            _ = try fixture.store.add(contact: AddContactArguments(
                person: "Edith Brown", partner: "Dr Patel", channel: "phone", summary: "Rang", when: "2026-11-26 09:00"))
        }
        #expect(refused?.field == "when")
        let sent = fieldError {
            _ = try fixture.store.add(
                escalationOfKind: "complaint-to-partner", summary: "Complaint", person: nil, partner: "Dr Patel",
                manager: "Ruth Okafor", theirReference: "C-1", sentOn: "2026-11-27")
        }
        #expect(sent?.field == "sent-on")
        #expect(fixture.store.recentContacts.isEmpty && fixture.store.openEscalations.isEmpty)
    }

    @Test func aCorrectionCannotMoveAContactIntoTheFuture() throws {
        let fixture = try Fixture()
        var contact = try fixture.contact(try fixture.person(), try fixture.partner())
        contact.happenedAt = Fixture.start.addingTimeInterval(86_400)
        #expect(fieldError { _ = try fixture.store.amend(contact, reason: "wrong day") }?.field == "when")
    }

    @Test func anImportWithARecordEnteredTomorrowIsRefusedWhole() throws {
        let source = try Fixture()
        let edith = try source.person(), gp = try source.partner()
        _ = try source.contact(edith, gp, advice: "Fluids", confirmation: .requested)
        source.clock.advance(by: 86_400)  // the exporting machine's clock runs a day fast
        _ = try source.contact(edith, gp, summary: "Rang again")
        let data = try source.store.exportJSON()

        let target = try Fixture()
        // Every problem of the file is listed (ImportRefusal), this one named by record and field.
        let refused = #expect(throws: ImportRefusal.self) { try target.store.importJSON(data) }
        #expect(refused?.problems.contains { $0.field == "entered" && $0.message.contains("later than now") } == true)
        #expect(try target.store.isEmpty())
    }

    @Test func historyAmendedInTheFutureIsRefusedOnImport() throws {
        let now = Fixture.start
        var doc = ExportDocument()
        doc.history = [HistoryEntry(
            recordID: "x", kind: .contact, version: 1, amendedBy: "Someone", amendedAt: now.addingTimeInterval(3_600),
            reason: "typo", record: "{}")]
        #expect(throws: FieldError.self) { try EntryTimeRule.check(doc.history[0], now: now) }
    }

    @Test func aContactEnteredBeforeItHappenedIsRefused() {
        let now = Fixture.start
        let contact = Contact(
            personID: "p", partnerID: "q", channel: .phone, happenedAt: now.addingTimeInterval(-60),
            summary: "Rang", audit: Audit(by: "Someone", at: now.addingTimeInterval(-3_600)))
        #expect(fieldError { try EntryTimeRule.check(contact, now: now) }?.field == "when")
    }
}

/// A correction that puts a contact after the moment it was entered is refused in a form's
/// words: no record id, no machine timestamp (those are for a file's check).
@Suite struct EnteredBeforeItHappenedWordsTests {
    @Test func aCorrectionPastItsEntryIsRefusedInPlainWords() throws {
        let f = try Fixture()
        var contact = try f.contact(try f.person(), try f.partner(), advice: "Rest")
        f.clock.set(Fixture.start + 3 * 3_600)
        contact.happenedAt = Fixture.start + 2 * 3_600
        let error = fieldError { _ = try f.store.amend(contact, reason: "the time was typed wrong") }
        #expect(error?.field == "when")
        #expect(error?.message == "the contact was entered before that time; give the time it happened, which is before it was entered")
    }
}
