import Foundation

// The records opening a store reads by the hundred, and the parts every one of them holds, read
// straight from their stored bodies (`StoredRecord`). Each reads the keys its `Decodable`
// conformance reads, in the same way; a key added to a record must be added here too, which
// `StoredRecordTests.everyKeyOfEveryRecordIsRead` checks.

extension Audit: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(by: try o.string("createdBy"), at: try o.date("createdAt"))
        changedBy = try o.string("changedBy")
        changedAt = try o.date("changedAt")
        version = try o.int("version")
    }
}

extension ReviewMark: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(by: try o.string("by"), at: try o.date("at"))
    }
}

extension SharingBasis: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(
            kind: try o.named("kind"), by: try o.string(ifPresent: "by"), reason: try o.string(ifPresent: "reason"),
            recorded: try o.date(ifPresent: "recorded"), reviewDue: try o.date(ifPresent: "reviewDue"))
    }
}

extension Confirmation: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(
            state: try o.named("state"), requestedAt: try o.date(ifPresent: "requestedAt"), method: try o.string(ifPresent: "method"),
            requestedFrom: try o.string(ifPresent: "requestedFrom"), receivedAt: try o.date(ifPresent: "receivedAt"),
            receivedAs: try o.named(ifPresent: "receivedAs"), reference: try o.string(ifPresent: "reference"),
            reason: try o.string(ifPresent: "reason"), chases: try o.value(ifPresent: "chases") ?? [])
    }
}

extension Confirmation.Chase: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(at: try o.date("at"), by: try o.string("by"), note: try o.string("note"))
    }
}

extension Person: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(
            id: try o.string("id"), name: try o.string("name"), preferredName: try o.string(ifPresent: "preferredName"),
            location: try o.string(ifPresent: "location"), keyWorker: try o.string(ifPresent: "keyWorker"), basis: try o.value("basis"),
            discharged: try o.date(ifPresent: "discharged"), home: try o.string(ifPresent: "home"), audit: try o.value("audit"))
        leaving = try o.value(ifPresent: "leaving")
    }
}

extension Partner: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(
            id: try o.string("id"), name: try o.string("name"), role: try o.named("role"), organisation: try o.string(ifPresent: "organisation"),
            phone: try o.string(ifPresent: "phone"), email: try o.string(ifPresent: "email"), audit: try o.value("audit"))
    }
}

extension CareTask: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(
            id: try o.string("id"), title: try o.string("title"), personID: try o.string(ifPresent: "personID"),
            partnerID: try o.string(ifPresent: "partnerID"), owner: try o.string(ifPresent: "owner"), due: try o.date("due"),
            isPromise: try o.bool("isPromise"), status: try o.named("status"), outcome: try o.string(ifPresent: "outcome"),
            closedAt: try o.date(ifPresent: "closedAt"), delays: try o.value("delays"), audit: try o.value("audit"))
    }
}

extension CareTask.Delay: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(at: try o.date("at"), by: try o.string("by"), note: try o.string("note"), partnerInformed: try o.bool("partnerInformed"))
    }
}

extension Contact: StoredRecord {
    init(stored o: StoredObject) throws {
        self.init(
            id: try o.string("id"), personID: try o.string("personID"), partnerID: try o.string("partnerID"),
            channel: try o.named("channel"), direction: try o.named("direction"), happenedAt: try o.date("happenedAt"),
            summary: try o.string("summary"), advice: try o.string(ifPresent: "advice"), confirmation: try o.value(ifPresent: "confirmation"),
            carePlanAmendment: try o.value(ifPresent: "carePlanAmendment"), sharedByUs: try o.bool("sharedByUs"),
            sharingException: try o.value(ifPresent: "sharingException"), nature: try o.value(ifPresent: "nature"),
            exceptionAcknowledged: try o.value(ifPresent: "exceptionAcknowledged"), audit: try o.value("audit"))
        reviewed = try o.value(ifPresent: "reviewed")
        correctedAt = try o.date(ifPresent: "correctedAt")
    }
}
