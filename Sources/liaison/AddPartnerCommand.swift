import ArgumentParser
import LiaisonCore

struct AddPartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partner", abstract: "Add a partner agency or professional.")
    @OptionGroup var options: StoreOptions
    @Option var name: String
    @Option(help: "One of: \(PartnerRole.allCases.map(\.rawValue).joined(separator: ", "))") var role: String
    @Option var org: String?
    @Option var phone: String?
    @Option var email: String?

    func run() throws {
        try reportingFailures {
            let store = try options.open(scope: .directory)
            print(try store.add(partnerNamed: name, role: role, organisation: org, phone: phone, email: email).id)
        }
    }
}
