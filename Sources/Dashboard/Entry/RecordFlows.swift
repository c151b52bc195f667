import Foundation
import LiaisonCore
import TerminalUI

/// People and partners added and edited, and saved contacts corrected. An edit is an amendment
/// (R11): it asks why, and the version it replaces stays in the history.
extension EntryFlows {
    static let basisChoices: [(value: String, label: String)] = [
        ("consent", "Consent"), ("representative", "Attorney/deputy"), ("best-interests", "Best interests"),
        ("safeguarding", "Safeguarding"), ("none", "None"), ("withdrawn", "Withdrawn"),
    ]

    func person(editing: Bool, restoring draft: EntryDraft?) -> EntryFormScreen {
        // Someone who left is offered too, after everyone still here: a name spelt wrong, or a
        // room, is put right without readmitting them, which would write two events that never
        // happened into their history.
        var inputs: [FormInput] = editing ? [.picker("person", "Person", EntryItems.people(store, home: home, includingLeft: true))] : []
        inputs += [
            .text("name", "Full name"), .text("preferred", "Preferred name"), .text("location", "Room or house"),
            .text("key-worker", "Key worker"),
        ]
        // A group's people each live in one of its homes; a service of one home never asks.
        if !store.homes.isEmpty { inputs.append(.choice("home", "Home", homeChoices)) }
        inputs += [
            .choice("basis", "Sharing basis", Self.basisChoices),
            .text("basis-by", "Given or decided by"), .text("basis-reason", "Why (decision or concern)"),
            .text("basis-review", "Review the basis on", hint: "e.g. 1/5/2027, in 6 months; consent left empty: a year on"),
        ]
        if editing { inputs.append(.text("reason", "Why you are changing this")) }
        // Asked only when the name typed is someone else's already, new to this record
        // (`Store.refuseRecordedAlready`, `Store.refuseRenamedToNamesake`).
        inputs.append(.choice("namesake", "Someone else of this name?", Self.namesakeChoices))
        // Everyone by their name as staff type it, folded once for the form rather than at every draw.
        let byName = Dictionary(grouping: store.people) { NameKey.of($0.name) }
        let named: (FormModel) -> [Person] = { m in byName[NameKey.of(m["name"])] ?? [] }
        let met = NamesakesMet()
        let isNamesake: (FormModel) -> Bool = { [store] m in
            if met.contains(m["name"]) { return true }
            guard editing else { return !named(m).isEmpty }
            guard let picked = store.person(id: m["person"]), NameKey.of(picked.name) != NameKey.of(m["name"]) else { return false }
            return named(m).contains { $0.id != picked.id }
        }
        var model = FormModel(rank: EntryItems.rank, inputs: inputs) { m, id in id != "namesake" || isNamesake(m) }
        if let home { model.choices["home"]?.select(home.id) }
        // A new person has no basis until someone records one: starting on "Consent" saved
        // consent for anyone whose form was filled in a hurry (R3).
        if !editing { model.choices["basis"]?.select(SharingBasis.Kind.none.rawValue) }
        let filled = FilledRecord<Person>()
        let fill: (inout FormModel, String) -> Void = { [store] m, _ in
            guard let p = store.person(id: m["person"]) else { return }
            filled.remember(p, in: &m)
            if let home = store.homes.listedID(p.home) { m.choices["home"]?.select(home) }
            m.setText("name", p.name); m.setText("preferred", p.preferredName ?? ""); m.setText("location", p.location ?? "")
            m.setText("key-worker", p.keyWorker ?? ""); m.choices["basis"]?.select(p.basis.kind.rawValue)
            m.setText("basis-by", p.basis.by ?? ""); m.setText("basis-reason", p.basis.reason ?? "")
            m.setText("basis-review", p.basis.reviewDue.map { DateInput.dayKey($0, calendar: store.calendar) } ?? "")
        }
        let title = editing ? "Change a person's details" : "Add a person"
        return EntryFormScreen(title: title, kind: editing ? .personEdit : .person, model: model, drafts: drafts, store: store,
                               restoring: draft, times: ["basis-review": .day], onPick: editing ? fill : nil,
                               // "Yes, someone else" answers for the name it was given about, not the next one typed.
                               onEdit: { m, id in if id == "name" { m.choices["namesake"]?.select("no") } },
                               notes: ["person": { [store] m in
                                   store.person(id: m["person"]).map {
                                       BasisText.left($0, store: store) ?? BasisText.describe($0.basis, now: store.clock.now, calendar: store.calendar).text
                                   }
                               }, "name": { m in
                                   // While the picker is typed in, the inputs still hold the record filled last.
                                   let shown = m["person"].nilIfEmpty ?? filled.id
                                   let others = named(m).filter { $0.id != shown }
                                   return editing ? Self.alsoNamed(others) : Self.recordedAlready(others)
                               }], keeping: [filled]) { [store] m in try met.noting(m["name"]) {
            let review = try m["basis-review"].nilIfEmpty.map { try store.readDate($0, field: "basis-review", precision: .day) }
            let kind = SharingBasis.Kind(rawValue: m["basis"]) ?? .none
            guard editing else {
                try store.addPerson(PersonDraft(name: m["name"], preferredName: m["preferred"].nilIfEmpty, location: m["location"].nilIfEmpty,
                                                keyWorker: m["key-worker"].nilIfEmpty, basis: kind, basisBy: m["basis-by"].nilIfEmpty,
                                                basisReason: m["basis-reason"].nilIfEmpty, basisReview: review,
                                                home: m["home"].nilIfEmpty, namesake: isNamesake(m) && m["namesake"] == "yes"))
                return
            }
            guard var person = filled.record(m["person"], read: store.person(id:)) else { throw FieldError("person", "choose who to change, then Enter") }
            guard let name = m["name"].nilIfEmpty else { throw FieldError("name", "the person's name cannot be empty") }
            guard let why = m["reason"].nilIfEmpty else { throw FieldError("reason", "say why this is being changed; the old details are kept") }
            let before = person
            let namesake = isNamesake(m) && m["namesake"] == "yes"
            person.name = name; person.preferredName = m["preferred"].nilIfEmpty
            person.location = m["location"].nilIfEmpty; person.keyWorker = m["key-worker"].nilIfEmpty
            // A move to another home is an amendment like any other: the home they left stays in history (R11).
            // Saved as the settings write it: a record that has "elm" is written "Elm" (a group's
            // server takes no other spelling).
            if let home = m["home"].nilIfEmpty { person.home = home }
            let basisChanged = kind != before.basis.kind || m["basis-by"].nilIfEmpty != before.basis.by
                || review != before.basis.reviewDue || m["basis-reason"].nilIfEmpty != before.basis.reason
            // A move to another home is news, not a mistake put right: alone, it is an amendment.
            // Someone who left has not moved since, so a home changed on them puts a mistake right.
            // Any other detail changed is a correction, so the handover lists what it said before.
            var moved = before
            moved.home = person.home
            let correcting = person != moved || (person != before && before.discharged != nil)
            // One amendment carries every change: details and basis are saved together or not at all.
            if basisChanged {
                try store.setBasis(of: person, to: kind, by: m["basis-by"].nilIfEmpty, reason: m["basis-reason"].nilIfEmpty,
                                   reviewDue: review, because: why, namesake: namesake, correcting: correcting)
            } else if correcting {
                try store.correct(person, reason: why, namesake: namesake)
            } else if person != before {
                try store.amend(person, reason: why, namesake: namesake)
            }
        } }
    }

    static let namesakeChoices: [(value: String, label: String)] = [("no", "No, check first"), ("yes", "Yes, someone else")]

    /// Under a new person's name that someone already has: who, so a second record of the same
    /// person is not made by mistake.
    static func recordedAlready(_ people: [Person]) -> String? {
        guard !people.isEmpty else { return nil }
        let back = people.contains { $0.discharged != nil } ? ", or bring them back (L)," : ""
        return "Already recorded: " + listed(people) + ". If this is them, Esc and change their details (P)\(back) instead."
    }

    /// Under a name changed to one someone else has: who, so the two are not taken for one.
    static func alsoNamed(_ people: [Person]) -> String? {
        people.isEmpty ? nil : "Also the name of: " + listed(people)
    }

    /// Up to five people, each with what tells them apart, and how many more.
    private static func listed(_ people: [Person]) -> String {
        people.prefix(5).map(describe).joined(separator: "; ") + (people.count > 5 ? " and \(people.count - 5) more" : "")
    }

    /// In the words the store's refusals use for the same people.
    private static func describe(_ p: Person) -> String {
        p.tellingApart.isEmpty ? p.name : "\(p.name) (\(p.tellingApart.joined(separator: ", ")))"
    }

    /// The group's homes for the person form, then any home a person's record names that the
    /// settings no longer list, so changing someone's details never moves them by accident.
    private var homeChoices: [(value: String, label: String)] {
        let listed = store.homes.homes.map { (value: $0.id, label: $0.name) }
        let unlisted = Set(store.people.compactMap(\.home)).filter { store.homes.home(id: $0) == nil }.sorted()
        return listed + unlisted.map { (value: $0, label: "\($0) (not in the settings)") }
    }

    func partner(editing: Bool, restoring draft: EntryDraft?) -> EntryFormScreen {
        var inputs: [FormInput] = editing ? [.picker("partner", "Partner", EntryItems.partners(store))] : []
        inputs += [.text("name", "Name"), .text("role", "Role", hint: "e.g. GP, district nurse, social worker"),
                   .text("organisation", "Organisation"), .text("phone", "Phone"), .text("email", "Email")]
        if editing { inputs.append(.text("reason", "Why you are changing this")) }
        let filled = FilledRecord<Partner>()
        let fill: (inout FormModel, String) -> Void = { [store] m, _ in
            guard let p = store.partner(id: m["partner"]) else { return }
            filled.remember(p, in: &m)
            m.setText("name", p.name); m.setText("role", p.role.title); m.setText("organisation", p.organisation ?? "")
            m.setText("phone", p.phone ?? ""); m.setText("email", p.email ?? "")
        }
        let title = editing ? "Change a partner's details" : "Add a partner"
        return EntryFormScreen(title: title, kind: editing ? .partnerEdit : .partner, model: FormModel(rank: EntryItems.rank, inputs: inputs), drafts: drafts,
                               store: store, restoring: draft, onPick: editing ? fill : nil, notes: ["role": Self.roleReading],
                               keeping: [filled]) { [store] m in
            let role = try PartnerRole.read(m["role"])
            guard editing else {
                try store.addPartner(PartnerDraft(name: m["name"], role: role, organisation: m["organisation"].nilIfEmpty,
                                                  phone: m["phone"].nilIfEmpty, email: m["email"].nilIfEmpty))
                return
            }
            guard var partner = filled.record(m["partner"], read: store.partner(id:)) else { throw FieldError("partner", "choose who to change, then Enter") }
            guard let name = m["name"].nilIfEmpty else { throw FieldError("name", "the partner's name cannot be empty") }
            partner.name = name; partner.role = role; partner.organisation = m["organisation"].nilIfEmpty
            partner.phone = m["phone"].nilIfEmpty; partner.email = m["email"].nilIfEmpty
            try store.correct(partner, reason: m["reason"])
        }
    }

    /// Under the role as it is typed: the role it will be saved as, or why it reads as none yet.
    static func roleReading(_ m: FormModel) -> String? {
        guard m["role"].nilIfEmpty != nil else { return nil }
        do {
            return "→ " + (try PartnerRole.read(m["role"])).title
        } catch {
            return (error as? FieldError)?.message
        }
    }

    /// R11: any field of a saved contact corrected with the reason — the person and partner too,
    /// so advice put against the wrong resident moves to the right one; the original stays in the
    /// history, and shows under both people. What we shared, and the exception for it, are
    /// corrected here too (`ContactCorrection`).
    func correctContact(restoring draft: EntryDraft?) -> EntryFormScreen {
        let form = ContactCorrection(store: store)
        let model = form.model(people: EntryItems.people(store, home: home, includingLeft: true), partners: EntryItems.partners(store),
                               contacts: EntryItems.contacts(store))
        let fill: (inout FormModel, String) -> Void = { [store] m, id in
            guard id == "contact", let contact = try? store.contact(id: m["contact"]) else { return }
            form.fill(&m, from: contact)
        }
        return EntryFormScreen(title: "Correct a contact", kind: .contactCorrection, model: model, drafts: drafts, store: store,
                               restoring: draft, times: ["when": .past, "capacity-assessed-on": .pastDay], onPick: fill,
                               onEdit: ContactCorrection.onEdit,
                               notes: ["person": { [store] m in BasisText.warning(forPerson: m["person"], store: store) },
                                       "contact": { m in m["contact"].isEmpty ? Self.olderContactsNote : nil },
                                       "advice": { m in form.isShown("letter-confirms", in: m) ? nil : form.confirmationNote(m) },
                                       "letter-confirms": form.confirmationNote],
                               keeping: [form.filled], check: form.problems) { [store] m in
            try store.correct(try form.corrected(m), reason: m["reason"], letterConfirmsIt: ContactCorrection.letterConfirms(m))
        }
    }

    /// The picker lists the contacts of the days the store holds at hand; an older one is
    /// corrected from its own day on the dashboard.
    static let olderContactsNote = "Older contacts are not listed: go to its day on the dashboard ([ ] or d), highlight it, then c"

    /// A time as the correction form shows it, and reads back unchanged: "2026-11-20 16:00".
    static func whenText(_ date: Date, calendar: Calendar) -> String { RecordFlowsTime.text(date, calendar: calendar) }
}

/// Times in correction forms: shown to the minute, read back by `WhenInput` unchanged.
enum RecordFlowsTime {
    static func text(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return DateInput.dayKey(date, calendar: calendar) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
