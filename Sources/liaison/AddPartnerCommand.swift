import ArgumentParser
import LiaisonCore

struct AddPartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partner", abstract: "Add a partner agency or professional.")
    @OptionGroup var options: StoreOptions
    @Option(help: "Their name, e.g. \"Dr Priya Patel\" or \"Riverside district nurses\".") var name: String
    // Read by LiaisonCore, not the parser, so a word that fits two roles says which.
    @Option(help: ArgumentHelp("Their role (R2), e.g. gp, district nurse, speech and language therapist.",
                               discussion: "One of: " + PartnerRole.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var role: String
    @Option(help: "Their organisation, e.g. \"Riverside Surgery\".") var org: String?
    @Option(help: "Their phone number, e.g. \"020 7946 0000\".") var phone: String?
    @Option(help: "Their email address, e.g. p.patel@nhs.net.") var email: String?

    /// The role is read before any store is opened, as a parser's choice is, in LiaisonCore's words.
    func validate() throws {
        do {
            _ = try ChoiceInput.role(role)
        } catch let error as FieldError {
            throw ValidationError("--role: \(error.message)")
        }
    }

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            print(try store.add(partnerNamed: name, role: role, organisation: org, phone: phone, email: email).id)
        }
    }
}
