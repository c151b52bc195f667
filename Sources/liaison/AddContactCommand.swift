import ArgumentParser
import LiaisonCore

struct AddContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contact", abstract: "Record a contact with a partner, and any advice.")
    @OptionGroup var options: StoreOptions
    @Option(help: "The person's id, name or the name they go by (case and accents aside), e.g. \"Edith Brown\".") var person: String
    @Option(help: "The partner's id or name as the directory has it (case and accents aside), e.g. \"Dr Anil Patel\".") var partner: String
    @Option(help: "How the contact was made.") var channel: Contact.Channel
    @Option(help: "What it was about, in a line, e.g. \"GP rang about Edith's cough\".") var summary: String
    @Option(help: "The advice or instruction, in the partner's words, e.g. \"Fluids every hour; call back if no better by Fri\".") var advice: String?
    @Option(help: "When it happened, e.g. 14:05, yesterday 09:30, Fri 17:00, 27/11/2026 16:00, 2h ago (default: now).") var when: String?
    @Option(help: "Who made contact (default: incoming).") var direction: Contact.Direction?
    @Option(help: "Written confirmation of the advice (R6).") var confirmation: Confirmation.State?
    @Option(name: .customLong("confirmation-note"), help: "How it was requested, its reference, or why none is needed, e.g. \"by email to the surgery\".") var confirmationNote: String?
    @Option(name: .customLong("care-plan-change"), help: "What changed in the care plan because of the advice, e.g. \"fluids chart added\".") var carePlanChange: String?
    @Option(name: .customLong("care-plan-reason"), help: "Why it changed, e.g. \"GP's advice on dehydration\".") var carePlanReason: String?
    @Flag(help: "We shared information about the person.") var shared = false
    @Option(help: "Which exception applies, when sharing without a valid basis (R3).") var exception: SharingException.Kind?
    @Option(help: "Why the exception applies, e.g. \"at risk of harm tonight\".") var reason: String?
    @Option(name: .customLong("decided-by"), help: "Who decided (best interests) or authorised (safeguarding), e.g. \"Ana Lima\" (default: you).") var decidedBy: String?
    @Option(name: .customLong("capacity-assessed-by"), help: "Best interests: who assessed that the person lacks capacity for this decision, e.g. \"Dr Okafor\".") var capacityAssessedBy: String?
    @Option(name: .customLong("capacity-assessed-on"), help: "Best interests: the day of that assessment, e.g. yesterday, Mon, 20/11/2026, 3 days ago.") var capacityAssessedOn: String?
    @Option(name: .customLong("capacity-decision"), help: "Best interests: the decision capacity was assessed for, e.g. \"sharing records with the hospital\".") var capacityDecision: String?
    @Option(help: "Best interests: who was consulted, e.g. \"daughter, advocate\".") var consulted: String?
    @Option(help: "The partnership's nature in four words (low|high, inter-agency|single|multi, informal|formal, direct|indirect), e.g. \"high multi formal direct\".", transform: NatureArgument.whole) var nature: String?

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            var arguments = AddContactArguments(
                person: person, partner: partner, channel: channel.rawValue, summary: summary, advice: advice, when: when,
                direction: direction?.rawValue, confirmation: confirmation?.rawValue, confirmationNote: confirmationNote,
                carePlanChange: carePlanChange, carePlanReason: carePlanReason, shared: shared, exception: exception?.rawValue, reason: reason)
            arguments.decidedBy = decidedBy
            arguments.capacityAssessedBy = capacityAssessedBy
            arguments.capacityAssessedOn = capacityAssessedOn
            arguments.capacityDecision = capacityDecision
            arguments.consulted = consulted
            arguments.nature = nature
            let contact = try store.add(contact: arguments)
            print(contact.id)
            if let notice = try store.leftNotice(about: contact.personID) { say("liaison: note: \(notice)") }
            for notice in [store.distantDateNotice(contact.happenedAt, "the contact is dated",
                                                   mending: "If the year is a slip, correct the contact in the dashboard (c)"),
                           store.distantDateNotice(contact.sharingException?.capacity?.assessedOn, "the capacity assessment is dated", precision: .day,
                                                   mending: "If the year is a slip, correct the contact in the dashboard (c)")].compactMap({ $0 }) {
                say("liaison: note: \(notice)")
            }
        }
    }
}
