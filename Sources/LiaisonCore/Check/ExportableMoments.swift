import Foundation

/// Every moment a record holds, past and planned, so `check` can find one no export can carry.
///
/// An export writes each date as `2026-11-25T10:00:00Z`, and import reads four-digit years
/// only: a year 33658 (typed into a file by hand, or a due date some script pushed out) makes
/// every export of the store a file that cannot be restored. `BodyShapeTests` checks this list
/// against the dates each record's body holds, so a date added to a record and left out here
/// fails there.
extension LiaisonRecord {
    var everyMoment: [(field: String, moment: Date)] {
        pastMoments + ((self as? any PlannedMoments)?.plannedMoments ?? [])
    }

    /// Each moment an export cannot write so that import reads it back as it is, in words; a
    /// moment said to have passed that is yet to come at `now` is left to `EntryTimeRule`,
    /// which names it, so one date is one problem.
    func unexportableMoments(now: Date) -> [String] {
        let limit = now.addingTimeInterval(EntryTimeRule.allowedSkew)
        let moments = pastMoments.filter { $0.moment <= limit } + ((self as? any PlannedMoments)?.plannedMoments ?? [])
        return moments.compactMap { field, moment in
            guard !ExportableDate.holds(moment) else { return nil }
            return "\(field) is dated \(RecordFactsWords.day(moment)), which no export can write so that import reads it back; "
                + "correct it, or an export of this store cannot be restored"
        }
    }
}

enum ExportableDate {
    /// Whether an export writes `moment` as import reads it back: every date the export's own
    /// writer takes (the years 1582 to 9999), else as Foundation writes it, read back by import.
    static func holds(_ moment: Date) -> Bool {
        guard ISO8601Text.wholeSecond(moment.timeIntervalSince1970) == nil else { return true }
        guard let data = try? RecordCoding.exportEncoder.encode([moment]),
              let written = (try? JSONSerialization.jsonObject(with: data)) as? [String], let text = written.first,
              let read = StrictDate.parse(text) else { return false }
        return abs(read.timeIntervalSince(moment)) < 1
    }
}

/// The moments a kind of record holds besides those said to have passed (`PastMoments`):
/// plans, and stamps the store sets.
protocol PlannedMoments {
    var plannedMoments: [(field: String, moment: Date)] { get }
}

extension Contact: PlannedMoments {
    var plannedMoments: [(field: String, moment: Date)] { correctedAt.map { [("corrected", $0)] } ?? [] }
}

extension Person: PlannedMoments {
    var plannedMoments: [(field: String, moment: Date)] { basis.reviewDue.map { [("basis-review", $0)] } ?? [] }
}

extension CareTask: PlannedMoments {
    var plannedMoments: [(field: String, moment: Date)] { [("due", due)] }
}

extension Escalation: PlannedMoments {
    var plannedMoments: [(field: String, moment: Date)] { [("acknowledge-by", acknowledgeBy), ("resolve-by", resolveBy)] }
}

extension PartnershipAgreement: PlannedMoments {
    var plannedMoments: [(field: String, moment: Date)] {
        [("starts", starts), ("ends", ends)].compactMap { field, date in date.map { (field, $0) } }
    }
}
