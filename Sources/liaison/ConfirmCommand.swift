import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison confirm CONTACT --received|--chased|--not-needed …`: one step on a piece of
/// advice's written confirmation (R6).
struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Record a step on written confirmation of a partner's advice: asked for, chased, received, not needed or not possible; or take back the last step, recorded wrongly.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The contact's id, or its first characters as the report shows them, e.g. 3f9c2a1b.") var contact: String
    @Flag(help: "Which step this is.") var step: ConfirmArguments.Step
    @Option(help: "What was said when chasing; why none is needed or possible; how it was asked for, e.g. \"left a message with reception\"; why a step taken back was wrong.") var note: String?
    @Option(help: "When it was asked for, chased or came, e.g. 14:05, yesterday 10:00, Mon 09:30, 27/11/2026 16:00 (default: now).") var when: String?
    @Option(help: "How it came, e.g. email or letter (with --received); how it was asked for, e.g. \"by phone\" (with --requested).") var how: String?
    @Option(help: "The letter's or email's reference (with --received), e.g. RS/2026/0412.") var reference: String?
    @Option(help: "Who was asked to write, when not the partner of the contact (with --requested), e.g. \"Riverside Surgery\".") var from: String?

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            let saved = try store.confirm(ConfirmArguments(
                contact: contact, step: step, note: note, when: when, how: how, reference: reference, from: from))
            print(InertText.visible(saved.confirmationSentence))
            let when: Date? = switch step {
            case .requested: saved.confirmation?.requestedAt
            case .chased: saved.confirmation?.chases.last?.at
            case .received: saved.confirmation?.receivedAt
            case .notNeeded, .notPossible, .takenBack: nil
            }
            if let notice = store.distantDateNotice(when, "this step is dated", mending: "If the year is a slip, take the step back (--taken-back) and record it again") {
                say("liaison: note: \(notice)")
            }
        }
    }
}

extension ConfirmArguments.Step: EnumerableFlag {}
