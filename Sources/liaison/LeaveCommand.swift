import ArgumentParser
import LiaisonCore

/// `liaison leave PERSON --discharged|--moved|--died`: someone leaves the service (R1), or,
/// with `--correct`, how, when or with what note they left is put right.
struct LeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "Record that someone left the service: discharged, moved or died. Their records stay.",
        discussion: """
            A leaving recorded wrongly is put right with --correct, as a correction the handover lists with what it \
            said before, e.g. liaison leave "Edith Brown" --moved --correct --on 2026-11-20 --reason "the day was typed wrong".
            """)
    @OptionGroup var options: StoreOptions
    @Argument(help: "The person's id, name or the name they go by (case and accents aside), e.g. \"Edith Brown\".") var person: String
    @Flag(help: "How they left.") var kind: Person.Leaving.Kind
    @Option(help: "The day they left, e.g. yesterday, Mon, 20/11/2026, 2026-11-20 (default: today; with --correct, the day recorded).") var on: String?
    @Option(help: "Where they went, or anything the next reader should know, e.g. \"moved to Oak Lodge\" (with --correct, \"\" takes it off).") var note: String?
    @Flag(help: "Put right the leaving already recorded, rather than record a new one; needs --reason.") var correct = false
    @Option(help: "Why, for the history, e.g. \"family moved her nearer home\" (default: how they left; with --correct, required).") var reason: String?

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            let saved: Person
            if correct {
                saved = try store.correctLeaving(personNamed: person, as: kind, on: on, note: note, reason: reason)
                // The whole leaving as it now stands: a note kept from before is seen with a kind
                // corrected ("died — to Oak Lodge") rather than found later.
                let day = saved.discharged.map { " on " + StaffDate.describe($0, precision: .day, now: store.clock.now, calendar: store.calendar) } ?? ""
                let note = saved.leaving?.note.map { " — " + $0 } ?? ""
                print(InertText.visible("\(store.shownName(of: saved)) is now recorded as having left the service (\(saved.leftAs ?? kind.rawValue))\(day)\(note)"))
            } else {
                saved = try store.leave(personNamed: person, as: kind, on: on, note: note, reason: reason)
                print(InertText.visible("\(store.shownName(of: saved)) left the service (\(saved.leftAs ?? kind.rawValue))"))
                if let notice = try store.openWorkNotice(about: saved) { say("liaison: note: \(notice)") }
            }
            if let notice = store.distantDateNotice(
                saved.discharged, "their leaving is dated", precision: .day,
                mending: "If the date is a slip, put it right: liaison leave … --correct --on DAY --reason WHY") {
                say("liaison: note: \(notice)")
            }
            if let notice = try store.contactAfterLeavingNotice(saved) { say("liaison: note: \(notice)") }
        }
    }
}

/// `liaison readmit PERSON --reason R`: someone comes back to the service.
struct ReadmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readmit", abstract: "Record that someone came back to the service, or take back a death recorded wrongly.",
        discussion: "Nobody comes back from a death: for someone recorded as died from the day they left, readmit needs --death-recorded-wrongly, and is saved as a correction (the death was recorded on the wrong person, say), which the handover lists with what it said.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The person's id, name or the name they go by (case and accents aside), e.g. \"Edith Brown\".") var person: String
    @Option(help: "Why they are readmitted, e.g. \"back from hospital\"; for a death recorded wrongly, what was wrong, e.g. \"recorded on the wrong person\".") var reason: String
    @Option(help: "Where they live in the service now, e.g. \"Room 14\" (default: where they lived before; \"\" for nowhere in particular).") var location: String?
    @Flag(name: .customLong("death-recorded-wrongly"), help: "They did not die: their death was recorded wrongly, and is taken back. Needed to readmit someone recorded as died.") var deathRecordedWrongly = false

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            let (saved, died) = try store.readmit(personNamed: person, reason: reason, location: location,
                                                  deathRecordedWrongly: deathRecordedWrongly)
            let taken = died ? "; their death is taken back as recorded wrongly, a correction the handover lists" : ""
            print(InertText.visible("\(store.shownName(of: saved)) is supported again\(taken)"))
        }
    }
}

extension Person.Leaving.Kind: EnumerableFlag {}
