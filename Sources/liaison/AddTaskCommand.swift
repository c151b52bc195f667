import ArgumentParser
import LiaisonCore

struct AddTaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "task", abstract: "Add a task or a promise with its due time.")
    @OptionGroup var options: StoreOptions
    @Option(help: "What is to be done, e.g. \"Call Dr Patel back with the fluids chart\".") var title: String
    @Option(help: "Who it is for: a person's id, name or the name they go by (case and accents aside), e.g. \"Edith Brown\".") var person: String?
    @Option(help: "The partner it involves: id or name as the directory has it (case and accents aside), e.g. \"Dr Anil Patel\".") var partner: String?
    @Option(help: "One of our staff or a partner, e.g. \"Sam Lead\" (default: you).") var owner: String?
    @Option(help: "When it is due, e.g. 15:00, tomorrow 10:00, Fri 17:00, 27/11/2026, +2h, in 3 days; a day without a time (today, Fri, 27/11/2026) is due by the end of that day.") var due: String
    @Flag(help: "A courtesy promise, such as a call back.") var promise = false

    func run() throws {
        try reportingFailures {
            let store = try options.openForRecording()
            let task = try store.add(taskTitled: title, person: person, partner: partner, owner: owner, due: due, promise: promise)
            print(task.id)
            if let notice = try store.leftNotice(about: task.personID) { say("liaison: note: \(notice)") }
            if let notice = store.distantDateNotice(task.due, "the task is due") { say("liaison: note: \(notice)") }
            if let notice = store.pastDueNotice(task.due) { say("liaison: note: \(notice)") }
        }
    }
}
