import ArgumentParser
import LiaisonCore

/// `liaison leave PERSON --discharged|--moved|--died`: someone leaves the service (R1).
struct LeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "Record that someone left the service: discharged, moved or died. Their records stay.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The person's id, name or the name they go by (case and accents aside), e.g. \"Edith Brown\".") var person: String
    @Flag(help: "How they left.") var kind: Person.Leaving.Kind
    @Option(help: "The day they left, e.g. yesterday, Mon, 20/11/2026, 2026-11-20 (default: today).") var on: String?
    @Option(help: "Where they went, or anything the next reader should know, e.g. \"moved to Oak Lodge\".") var note: String?
    @Option(help: "Why, for the history, e.g. \"family moved her nearer home\" (default: how they left).") var reason: String?

    func run() throws {
        try reportingFailures {
            let store = try options.open(scope: .lookup)
            let saved = try store.leave(personNamed: person, as: kind, on: on, note: note, reason: reason)
            print(InertText.visible("\(saved.name) left the service (\(saved.leftAs ?? kind.rawValue))"))
            if let notice = store.distantDateNotice(
                saved.discharged, "their leaving is dated", precision: .day,
                mending: "If the date is a slip, readmit them (liaison readmit) and record their leaving again; both stay in their history") {
                say("liaison: note: \(notice)")
            }
        }
    }
}

/// `liaison readmit PERSON --reason R`: someone comes back to the service.
struct ReadmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "readmit", abstract: "Record that someone came back to the service.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The person's id, name or the name they go by (case and accents aside), e.g. \"Edith Brown\".") var person: String
    @Option(help: "Why they are readmitted, e.g. \"back from hospital\".") var reason: String

    func run() throws {
        try reportingFailures {
            let saved = try options.open(scope: .lookup).readmit(personNamed: person, reason: reason)
            print(InertText.visible("\(saved.name) is supported again"))
        }
    }
}

extension Person.Leaving.Kind: EnumerableFlag {}
