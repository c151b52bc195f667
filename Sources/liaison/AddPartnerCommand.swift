import ArgumentParser
import LiaisonCore

struct AddPartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partner", abstract: "Add a partner agency or professional.")
    @OptionGroup var options: StoreOptions
    @Option(help: "Their name, e.g. \"Dr Priya Patel\" or \"Riverside district nurses\".") var name: String
    @Option(help: "Their role (R2); the policy's longer names work too, e.g. speech-and-language-therapist.") var role: PartnerRole
    @Option(help: "Their organisation, e.g. \"Riverside Surgery\".") var org: String?
    @Option(help: "Their phone number, e.g. \"020 7946 0000\".") var phone: String?
    @Option(help: "Their email address, e.g. p.patel@nhs.net.") var email: String?

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            print(try store.add(partnerNamed: name, role: role.rawValue, organisation: org, phone: phone, email: email).id)
        }
    }
}
