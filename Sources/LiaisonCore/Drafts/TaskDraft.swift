import Foundation

/// What a form or a command gives to add a task or a promise (R8).
public struct TaskDraft: Sendable {
    public var title: String
    public var personID: String?
    public var partnerID: String?
    public var owner: String?
    public var due: Date
    public var isPromise: Bool

    public init(title: String, personID: String? = nil, partnerID: String? = nil, owner: String? = nil, due: Date, isPromise: Bool = false) {
        self.title = title
        self.personID = personID
        self.partnerID = partnerID
        self.owner = owner
        self.due = due
        self.isPromise = isPromise
    }

    func validated(by staff: String, at now: Date) throws -> CareTask {
        let title = try TextRules.line(title, field: "title", what: "What is to be done")
        return CareTask(
            title: title, personID: personID, partnerID: partnerID, owner: try TextRules.cleanedLine(owner, field: "owner", what: "The owner's name", limit: TextRules.nameLimit) ?? staff,
            due: due.wholeSeconds, isPromise: isPromise, audit: Audit(by: staff, at: now))
    }
}
