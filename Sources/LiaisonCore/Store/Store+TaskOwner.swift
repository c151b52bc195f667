import Foundation

extension Store {
    /// R8: a task's owner is one of our staff or a partner. With a staff list, a name given as the
    /// owner must be on it or in the partner directory, and is kept as written there: a typo, or
    /// "Kofi" for Kofi Asante, would leave the task owned by someone nobody can find, and search
    /// would list them as staff. Without a staff list there is nothing to check a colleague's
    /// name against, so any name is kept.
    func checkedOwner(_ owner: String) throws -> String {
        guard !staffList.isEmpty else { return owner }
        if let member = staffList.first(where: { $0.isNamed(owner) }) { return member.name }
        do {
            return try findPartner(owner, field: "owner").name
        } catch let error as FieldError where error.message.hasPrefix("there is no") {
            // Neither: say both places were looked in, and whom of either the name could mean.
            // (A name two partners share keeps the directory's own refusal, which lists them to
            // choose from.)
            let names = staffList.map(\.name) + (try partnerNames())
            throw FieldError(
                "owner", "no one on the staff list or in the partner directory is called “\(owner)”"
                    + NameSuggestions.refusalTail(owner, among: names, otherwise: "give a colleague's or a partner's name as it is written there"))
        }
    }

    /// Every partner's name: from memory, or read from the store by a command that holds none.
    private func partnerNames() throws -> [String] {
        guard scope == .lookup else { return workingSet.partners.map(\.name) }
        return try backend.read { records in try records.names(Partner.self, fields: ["name"]).compactMap { $0.names.first ?? nil } }
    }

    /// The task with an owner typed for it checked (`checkedOwner`); the one recording it, when
    /// no owner was given, is theirs to own whether or not the list names them.
    func withCheckedOwner(_ task: CareTask, given: String?) throws -> CareTask {
        guard given?.trimmingCharacters(in: .whitespaces).isEmpty == false, let owner = task.owner else { return task }
        var checked = task
        checked.owner = try checkedOwner(owner)
        return checked
    }
}
