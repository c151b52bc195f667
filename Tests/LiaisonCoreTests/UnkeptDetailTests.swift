import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A detail given where nothing would keep it is refused, never dropped: a note on written
/// confirmation without its state, or an exception's particulars without the exception, would
/// read to whoever typed them as recorded when they are not.
@Suite struct UnkeptDetailTests {
    let f: Fixture

    init() throws {
        f = try Fixture()
        _ = try f.person("Edith Brown")
        _ = try f.partner("Dr Patel")
    }

    func add(_ change: (inout AddContactArguments) -> Void) -> FieldError? {
        var arguments = AddContactArguments(person: "Edith Brown", partner: "Dr Patel", channel: "phone", summary: "GP rang", advice: "Fluids every hour")
        change(&arguments)
        return fieldError { _ = try f.store.add(contact: arguments) }
    }

    @Test func aConfirmationNoteNeedsItsState() throws {
        let refused = add { $0.confirmationNote = "Ref 4471 from the surgery" }
        #expect(refused?.field == "confirmation-note")
        #expect(refused?.message.contains("requested, received, not needed or not possible") == true)
        #expect(add { $0.confirmationNote = "Ref 4471"; $0.confirmation = "received" } == nil)
        #expect(add { $0.confirmationNote = "   " } == nil, "a blank note is no note")
    }

    @Test func anExceptionsParticularsNeedTheException() throws {
        for (field, set) in [
            ("decided-by", { (a: inout AddContactArguments) in a.decidedBy = "Rosa Grant" }),
            ("capacity-assessed-by", { (a: inout AddContactArguments) in a.capacityAssessedBy = "Dr Okafor" }),
            ("capacity-assessed-on", { (a: inout AddContactArguments) in a.capacityAssessedOn = "yesterday" }),
            ("capacity-decision", { (a: inout AddContactArguments) in a.capacityDecision = "sharing her notes" }),
            ("consulted", { (a: inout AddContactArguments) in a.consulted = "her daughter" }),
        ] {
            let refused = add { $0.shared = true; set(&$0) }
            #expect(refused?.field == field)
            #expect(refused?.message.contains("add --exception best-interests or safeguarding") == true, "\(field)")
        }
        #expect(try f.store.recentContacts.isEmpty)
    }
}
