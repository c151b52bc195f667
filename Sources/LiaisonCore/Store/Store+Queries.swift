import Foundation
import GRDB

extension Store {
    /// The contacts that happened on the day holding `day`, earliest first; any day, from disk.
    public func contacts(on day: Date) throws -> [Contact] {
        let start = calendar.startOfDay(for: day)
        let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start
        return try database.read { db in
            try RecordTable.fetchAll(
                Contact.self, where: "happened_at >= ? AND happened_at < ?", orderBy: "happened_at, id",
                arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970], db)
        }
    }

    /// A person's contacts, newest first.
    public func contacts(forPerson personID: String, limit: Int = 200) throws -> [Contact] {
        try database.read { db in
            try RecordTable.fetchAll(
                Contact.self, where: "person_id = ?", orderBy: "happened_at DESC, id LIMIT \(limit)",
                arguments: [personID], db)
        }
    }

    public func contact(id: String) throws -> Contact? {
        try database.read { db in try RecordTable.fetch(Contact.self, id: id, db) }
    }

    public func task(id: String) throws -> CareTask? {
        try database.read { db in try RecordTable.fetch(CareTask.self, id: id, db) }
    }

    public func escalation(id: String) throws -> Escalation? {
        try database.read { db in try RecordTable.fetch(Escalation.self, id: id, db) }
    }

    public func agreements(forPerson personID: String) throws -> [PartnershipAgreement] {
        try database.read { db in
            try RecordTable.fetchAll(PartnershipAgreement.self, where: "person_id = ?", arguments: [personID], db)
        }
    }

    /// Every earlier version of a record, oldest first (R11). The record itself is the latest.
    public func history(of recordID: String) throws -> [HistoryEntry] {
        try database.read { db in try RecordTable.history(of: recordID, db) }
    }

    /// Contacts whose summary or advice — now or in an earlier version — contains every word
    /// typed, newest first.
    public func search(_ text: String, limit: Int = 50) throws -> [Contact] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"*" }
        guard !words.isEmpty else { return [] }
        let query = words.joined(separator: " ")
        return try database.read { db in
            // Newest rows first straight from the full-text index: no ranking pass over every match.
            let ids = try String.fetchAll(
                db, sql: "SELECT DISTINCT contact_id FROM (SELECT contact_id FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid DESC LIMIT ?)",
                arguments: [query, limit * 4])
            let contacts = try ids.compactMap { try RecordTable.fetch(Contact.self, id: $0, db) }
            return Array(contacts.sorted { ($0.happenedAt, $0.id) > ($1.happenedAt, $1.id) }.prefix(limit))
        }
    }

    /// Every contact where we shared information under an exception (R3), newest first, for the manager.
    public func sharingExceptions() throws -> [Contact] {
        try database.read { db in
            try RecordTable.fetchAll(Contact.self, where: "exception = 1", orderBy: "happened_at DESC, id", db)
        }
    }

    /// The manager's register (R3): every contact that shared under an exception between the start
    /// of the day holding `from` and the end of the day holding `to`, oldest first.
    public func sharingExceptions(from: Date, to: Date) throws -> [Contact] {
        let start = calendar.startOfDay(for: from)
        let endDay = calendar.startOfDay(for: to)
        let end = calendar.date(byAdding: .day, value: 1, to: endDay) ?? endDay
        return try database.read { db in
            try RecordTable.fetchAll(
                Contact.self, where: "exception = 1 AND happened_at >= ? AND happened_at < ?", orderBy: "happened_at, id",
                arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970], db)
        }
    }

    /// The contacts that happened between the start of the day holding `from` and the end of the
    /// day holding `to`, earliest first.
    public func contacts(from: Date, to: Date) throws -> [Contact] {
        let start = calendar.startOfDay(for: from)
        let endDay = calendar.startOfDay(for: to)
        let end = calendar.date(byAdding: .day, value: 1, to: endDay) ?? endDay
        return try database.read { db in
            try RecordTable.fetchAll(
                Contact.self, where: "happened_at >= ? AND happened_at < ?", orderBy: "happened_at, id",
                arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970], db)
        }
    }

    /// Contacts that were once recorded about `personID` and have since been corrected to be about
    /// someone else (R11), with the correction that moved each, newest first: a person's record
    /// still shows what was put against them by mistake, and where it went.
    public func contactsMovedAway(fromPerson personID: String) throws -> [(moved: HistoryEntry, now: Contact)] {
        try database.read { db in
            // The superseded version is JSON inside the history entry's JSON.
            let entries = try String.fetchAll(db, sql: """
                SELECT body FROM history WHERE kind = 'contact'
                AND json_extract(json_extract(body, '$.record'), '$.personID') = ?
                ORDER BY amended_at DESC
                """, arguments: [personID]).map { try RecordCoding.decode(HistoryEntry.self, from: $0) }
            var seen = Set<String>()
            return try entries.compactMap { entry in
                guard seen.insert(entry.recordID).inserted,
                      let contact = try RecordTable.fetch(Contact.self, id: entry.recordID, db), contact.personID != personID else { return nil }
                return (entry, contact)
            }
        }
    }

    /// Whether, and by whom, the day holding `day` was reviewed (R12).
    public func dayReview(for day: Date) throws -> DayReview? {
        let key = DateInput.dayKey(day, calendar: calendar)
        return try database.read { db in
            try RecordTable.fetchAll(DayReview.self, where: "day = ?", arguments: [key], db).first { !$0.isHandover }
        }
    }

    /// Who read and acknowledged the handover for the day holding `day`, earliest first (R12).
    public func handoverAcknowledgements(for day: Date) throws -> [DayReview] {
        let key = DateInput.dayKey(day, calendar: calendar)
        return try database.read { db in
            try RecordTable.fetchAll(DayReview.self, where: "day = ?", arguments: [key], db)
                .filter(\.isHandover).sorted { ($0.reviewedAt, $0.id) < ($1.reviewedAt, $1.id) }
        }
    }

    /// Versions replaced by a correction between the start of the day holding `from` and the end
    /// of the day holding `to`, oldest first: what the handover lists as corrected (R11).
    public func corrections(from: Date, to: Date) throws -> [HistoryEntry] {
        let start = calendar.startOfDay(for: from)
        let endDay = calendar.startOfDay(for: to)
        let end = calendar.date(byAdding: .day, value: 1, to: endDay) ?? endDay
        return try database.read { db in
            try String.fetchAll(
                db, sql: "SELECT body FROM history WHERE amended_at >= ? AND amended_at < ? ORDER BY amended_at, id",
                arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970])
                .map { try RecordCoding.decode(HistoryEntry.self, from: $0) }
                .filter { $0.isCorrection == true }
        }
    }

    /// Whether the store holds no records at all: demo data and imports go only into such a store.
    public func isEmpty() throws -> Bool {
        try database.read { db in try Self.isEmpty(db) }
    }
}
