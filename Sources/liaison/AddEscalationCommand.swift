import ArgumentParser
import LiaisonCore

struct AddEscalationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "escalation", abstract: "Raise a disagreement, concern or complaint.")
    @OptionGroup var options: StoreOptions
    @Option(help: "What kind of escalation (R10).") var kind: Escalation.Kind
    @Option(help: "What it is about, in a line, e.g. \"GP declined a home visit\".") var summary: String
    @Option(help: "The person it concerns: id, name or the name they go by (case and accents aside), e.g. \"Edith Brown\".") var person: String?
    @Option(help: "The partner it concerns: id or name as the directory has it (case and accents aside), e.g. \"Dr Anil Patel\".") var partner: String?
    @Option(help: "The manager told, who sees it through (needed), e.g. \"Ana Lima\"; picked from the staff list in the store's settings file when it has one.") var manager: String?
    @Flag(help: "Urgent: its own, shorter timescales (by default acknowledged within 4 hours, resolved within 3 days).") var urgent = false
    @Option(name: .customLong("their-reference"), help: "A complaint to a partner: their reference for it, e.g. CMP-2026-114.") var theirReference: String?
    @Option(name: .customLong("sent-on"), help: "A complaint to a partner: the day it was sent, e.g. today, yesterday, Mon, 20/11/2026.") var sentOn: String?

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            let escalation = try store.add(
                escalationOfKind: kind.rawValue, summary: summary, person: person, partner: partner, manager: manager,
                theirReference: theirReference, sentOn: sentOn, urgent: urgent)
            print(escalation.id)
            if let notice = store.distantDateNotice(escalation.sentOn, "the complaint is dated as sent on", precision: .day) {
                say("liaison: note: \(notice)")
            }
            if let notice = try store.leftNotice(about: escalation.personID) { say("liaison: note: \(notice)") }
        }
    }
}
