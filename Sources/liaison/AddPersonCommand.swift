import ArgumentParser
import LiaisonCore

struct AddPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: "Add a person the service supports.")
    @OptionGroup var options: StoreOptions
    @Option(help: "Their full name, e.g. \"Edith Brown\".") var name: String
    @Option(help: "The name they like to be called, e.g. Edie.") var preferred: String?
    @Option(help: "Where they live in the service, e.g. \"Room 12\" or \"Oak House\".") var location: String?
    @Option(name: .customLong("key-worker"), help: "Their key worker, e.g. \"Sam Lead\".") var keyWorker: String?
    @Option(help: "The basis for sharing information about them (R3; default: none).") var basis: SharingBasis.Kind?
    @Option(name: .customLong("basis-by"), help: "The attorney or deputy, who decided, or who authorised, e.g. \"Mary Brown (daughter, LPA)\".") var basisBy: String?
    @Option(name: .customLong("basis-reason"), help: "Why, in a few words: needed for best interests and safeguarding, e.g. \"lacks capacity to consent to sharing\".") var basisReason: String?
    @Option(name: .customLong("basis-review"), help: "When the basis is to be reviewed (needed for best interests and safeguarding; consent given without one is reviewed a year on), e.g. in 6 months, 1/5/2027, 2027-05-01.") var basisReview: String?

    @Option(help: "The home they live in, by its id or name in any case, e.g. Elm; required where the settings list several homes.") var home: String?
    @Flag(help: "They are someone else who shares the name of a person already recorded (without it, such a name is refused); their --location or --preferred must tell them apart.") var namesake = false

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            // Checked first: a wrong home is a wrong choice, refused as one, before anything else is read.
            try choosingHome { _ = try home.map { try store.homes.resolve($0) } }
            let person = try sayingTheFlag { try choosingHome { try store.add(person: AddPersonArguments(
                name: name, preferred: preferred, location: location, keyWorker: keyWorker, basis: basis?.rawValue,
                basisBy: basisBy, basisReason: basisReason, basisReview: basisReview, home: home, namesake: namesake)) } }
            print(person.id)
            if let notice = store.distantDateNotice(person.basis.reviewDue, "their sharing basis is to be reviewed on", precision: .day,
                                                    mending: "If the year is a slip, change their details in the dashboard (P)") {
                say("liaison: note: \(notice)")
            }
        }
    }
}

/// The namesake refusal, naming the flag that says "someone else of the same name".
private func sayingTheFlag<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as FieldError where error.field == "namesake" {
        throw FieldError(error.field, error.message + " (--namesake)")
    }
}
