import Foundation

/// Nothing is recorded as having already happened at a time that has not yet come: not its
/// entry, not the contact itself, not a reply received or a task closed. A record from a
/// machine whose clock runs fast, a hand-edited import or a typo in a date would otherwise sit
/// in the record as "entered tomorrow", out of reach of the day it belongs to and of the
/// shift lead's review. Clocks disagree a little, so a few minutes of skew are allowed.
public enum EntryTimeRule {
    /// How far ahead of this machine's clock a past moment may be: two machines' clocks, or a
    /// phone's and a computer's, easily differ by a minute or two.
    public static let allowedSkew: TimeInterval = 5 * 60

    /// Refuses `record` when a moment it says has passed lies beyond `now` plus the skew, or
    /// when a contact is entered before it happened; the message names the field and both times.
    public static func check<R: LiaisonRecord>(_ record: R, now: Date, skew: TimeInterval = allowedSkew) throws {
        if let (field, moment) = firstLate(record, now: now, skew: skew) {
            throw FieldError(field, "\(R.kind.rawValue) \(record.id) says \(stamp(moment)), which is later than now (\(stamp(now))); check the date, or the clock of the machine that wrote it")
        }
        try refuseEnteredBeforeItHappened(record, skew: skew)
        try refuseMarkedBeforeItsDay(record, skew: skew)
    }

    /// The same rule for a record being saved from a form or a command: refused in the words of
    /// the field that was typed, without ids or machine timestamps, which belong to a file's check.
    ///
    /// A time alone reads as today's, so just after midnight "23:45" is tonight's, yet to come:
    /// with `calendar` given, the refusal says how to write last night's.
    public static func checkEntered<R: LiaisonRecord>(_ record: R, now: Date, calendar: Calendar? = nil) throws {
        if let (field, moment) = firstLate(record, now: now, skew: allowedSkew) {
            throw FieldError(typedField[field] ?? field,
                             "that has not happened yet\(lastNight(moment, now: now, calendar: calendar)); give a day or time that has passed, or check this computer's clock")
        }
        if let contact = record as? Contact, happensAfterEntry(contact, skew: allowedSkew) {
            throw FieldError("when", "the contact was entered before that time; give the time it happened, which is before it was entered")
        }
    }

    /// "; if it was last night, write “yesterday 23:45”" for an evening time typed in the small
    /// hours (a time alone reads as today's, so "23:45" at 00:30 is tonight's); empty otherwise,
    /// or without a calendar to say it in.
    public static func lastNight(_ moment: Date, now: Date, calendar: Calendar?) -> String {
        guard let calendar, moment > now, calendar.isDate(moment, inSameDayAs: now),
              calendar.component(.hour, from: now) < 6, calendar.component(.hour, from: moment) >= 18 else { return "" }
        let time = calendar.dateComponents([.hour, .minute], from: moment)
        return String(format: "; if it was last night, write “yesterday %02d:%02d”", time.hour ?? 0, time.minute ?? 0)
    }

    /// The first moment `record` says has passed that lies beyond `now` plus `skew`.
    private static func firstLate<R: LiaisonRecord>(_ record: R, now: Date, skew: TimeInterval) -> (field: String, moment: Date)? {
        let limit = now.addingTimeInterval(skew)
        return record.pastMoments.first { $0.moment > limit }
    }

    /// A contact is entered once it has happened, give or take the skew.
    private static func refuseEnteredBeforeItHappened<R: LiaisonRecord>(_ record: R, skew: TimeInterval) throws {
        guard let contact = record as? Contact, happensAfterEntry(contact, skew: skew) else { return }
        throw FieldError("when", "contact \(record.id) is dated \(stamp(contact.happenedAt)), after it was entered (\(stamp(contact.audit.createdAt))); a contact is entered once it has happened")
    }

    /// A day is reviewed, or its review read, once it has begun: a mark made before its day (an
    /// import's, stamped now, of a day ahead) would read every contact of that day as reviewed
    /// by someone who never saw it. A file carries no time zone, so the day is taken to begin
    /// at its earliest anywhere (UTC+14): only a mark made before that is refused here.
    private static func refuseMarkedBeforeItsDay<R: LiaisonRecord>(_ record: R, skew: TimeInterval) throws {
        guard let mark = record as? DayReview, let begins = earliestStart(ofDay: mark.day),
              mark.audit.createdAt.addingTimeInterval(skew) < begins else { return }
        throw FieldError("day", "day-review \(record.id) marks \(mark.day), but was made \(stamp(mark.audit.createdAt)), before that day began; a day is marked once it has begun")
    }

    /// Where `day` ("2026-11-25") begins first: midnight at UTC+14.
    private static func earliestStart(ofDay day: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])).map { $0.addingTimeInterval(-14 * 3_600) }
    }

    private static func happensAfterEntry(_ contact: Contact, skew: TimeInterval) -> Bool {
        contact.happenedAt > contact.audit.createdAt.addingTimeInterval(skew)
    }

    /// Where a record's field is typed under another name: the day someone left is `--on`.
    private static let typedField = ["discharged": "on"]

    /// Refuses a history entry whose amendment lies beyond `now` plus the skew.
    public static func check(_ entry: HistoryEntry, now: Date, skew: TimeInterval = allowedSkew) throws {
        guard entry.amendedAt <= now.addingTimeInterval(skew) else {
            throw FieldError("amended", "the history of \(entry.kind.rawValue) \(entry.recordID) says it was changed \(stamp(entry.amendedAt)), which is later than now (\(stamp(now)))")
        }
    }

    private static func stamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// The moments a record says have already happened, named as its fields are; due dates and
/// review dates are plans, not facts, and are not among them.
extension LiaisonRecord {
    public var pastMoments: [(field: String, moment: Date)] {
        [("entered", audit.createdAt), ("changed", audit.changedAt)] + ownPastMoments
    }
}

/// The moments a kind of record adds to its audit stamp.
protocol PastMoments {
    var ownPastMoments: [(field: String, moment: Date)] { get }
}

extension LiaisonRecord {
    var ownPastMoments: [(field: String, moment: Date)] { (self as? any PastMoments)?.ownPastMoments ?? [] }
}

extension Contact: PastMoments {
    var ownPastMoments: [(field: String, moment: Date)] {
        var moments: [(String, Date)] = [("when", happenedAt)]
        if let at = confirmation?.requestedAt { moments.append(("confirmation", at)) }
        if let at = confirmation?.receivedAt { moments.append(("confirmation", at)) }
        if let at = reviewed?.at { moments.append(("reviewed", at)) }
        for chase in confirmation?.chases ?? [] { moments.append(("chased", chase.at)) }
        if let at = sharingException?.capacity?.assessedOn { moments.append(("capacity-assessed-on", at)) }
        if let at = exceptionAcknowledged?.at { moments.append(("acknowledged", at)) }
        return moments
    }
}

extension Person: PastMoments {
    var ownPastMoments: [(field: String, moment: Date)] {
        [("basis", basis.recorded), ("discharged", discharged)].compactMap { field, date in date.map { (field, $0) } }
    }
}

extension CareTask: PastMoments {
    var ownPastMoments: [(field: String, moment: Date)] {
        delays.map { ("delay", $0.at) } + (closedAt.map { [("closed", $0)] } ?? [])
    }
}

extension Escalation: PastMoments {
    var ownPastMoments: [(field: String, moment: Date)] {
        let stages: [(String, Date?)] = [("raised", raisedAt), ("acknowledged", acknowledgedAt), ("resolved", resolvedAt), ("sent-on", sentOn)]
        return stages.compactMap { field, date in date.map { (field, $0) } } + notes.map { ("note", $0.at) }
    }
}
