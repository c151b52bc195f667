import Foundation
import LiaisonCore
import TerminalUI

/// A person's partnership agreement (R9): who leads, chairs, minutes and reports, how records
/// are made and information shared, and what each side expects. Picking someone who already
/// has one fills the form with it, and saving then amends it with a reason (R11).
extension EntryFlows {
    /// Computed, not stored: key paths are not Sendable, so a stored static would not be safe.
    static var agreementFields: [(id: String, label: String, path: WritableKeyPath<PartnershipAgreement, String?>)] { [
        ("primary", "Primary contact", \.primaryContact), ("chair", "Chairs meetings", \.chair),
        ("minutes", "Minutes them", \.minutes), ("reports", "Writes formal reports", \.formalReports),
        ("routine", "Routine records", \.routineRecords), ("sharing", "Information shared by", \.informationSharing),
        ("outcomes", "Proposed outcomes", \.proposedOutcomes), ("our-role", "Our role", \.ourRole),
        ("their-role", "Their role", \.theirRole),
    ] }

    func agreement(restoring draft: EntryDraft?) -> EntryFormScreen {
        var inputs: [FormInput] = [.picker("person", "Person", EntryItems.people(store, home: home))]
        inputs += Self.agreementFields.map { .text($0.id, $0.label) }
        inputs += [.text("starts", "Starts", hint: "e.g. 1/12/2026, Mon, in 2 weeks"), .text("ends", "Ends", hint: "e.g. 1/6/2027, in 6 months"),
                   .text("reason", "Why it changed", hint: "only when changing an agreement")]
        let existing: (Store, String) -> PartnershipAgreement? = { store, personID in
            (try? store.agreements(forPerson: personID))?.last
        }
        let filled = FilledRecord<PartnershipAgreement>()
        // Whose agreement the form shows: the reason typed for changing one person's is emptied
        // when another is picked, whether either has an agreement yet or not.
        let shown = FilledRecord<Person>()
        // A person with no agreement gets an empty form: the last person's must not be saved as theirs.
        let fill: (inout FormModel, String) -> Void = { [store] m, _ in
            if let person = store.person(id: m["person"]) { shown.remember(person, in: &m) }
            let current = existing(store, m["person"])
            if let current { filled.remember(current) }
            for field in Self.agreementFields { m.setText(field.id, current?[keyPath: field.path] ?? "") }
            m.setText("starts", current?.starts.map { DateInput.dayKey($0, calendar: store.calendar) } ?? "")
            m.setText("ends", current?.ends.map { DateInput.dayKey($0, calendar: store.calendar) } ?? "")
        }
        return EntryFormScreen(title: "Partnership agreement", kind: .agreement, model: FormModel(rank: EntryItems.rank, inputs: inputs), drafts: drafts,
                               store: store, restoring: draft, times: ["starts": .day, "ends": .day], onPick: fill,
                               notes: ["person": { [store] m in
                                   // The agreement says how information is shared: a basis that forbids it comes first.
                                   let lines = [BasisText.warning(forPerson: m["person"], store: store),
                                                existing(store, m["person"]) != nil ? "Has an agreement: saving changes it" : nil]
                                   return lines.compactMap { $0 }.joined(separator: ". ").nilIfEmpty
                               }], keeping: [filled]) { [store] m in
            guard store.person(id: m["person"]) != nil else { throw FieldError("person", "choose whose agreement this is, then Enter") }
            let starts = try m["starts"].nilIfEmpty.map { try store.readDate($0, field: "starts", precision: .day) }
            let ends = try m["ends"].nilIfEmpty.map { try store.readDate($0, field: "ends", precision: .day) }
            if let starts, let ends, ends < starts { throw FieldError("ends", "the agreement cannot end before it starts") }
            // Read afresh and let a failed read stop the save: taking it for "no agreement yet"
            // would add a second agreement beside the one that could not be read.
            let latest = try store.agreements(forPerson: m["person"]).last
            // The agreement the inputs were filled from, so a colleague's change since is refused, not overwritten.
            let current = latest.flatMap { latest in filled.record(latest.id) { _ in latest } }
            var record = current ?? PartnershipAgreement(personID: m["person"], audit: Audit(by: store.staff, at: store.clock.now))
            let isNew = current == nil
            for field in Self.agreementFields { record[keyPath: field.path] = m[field.id].nilIfEmpty }
            record.starts = starts
            record.ends = ends
            if isNew { try store.addAgreement(record) } else { try store.amend(record, reason: m["reason"]) }
        }
    }
}
