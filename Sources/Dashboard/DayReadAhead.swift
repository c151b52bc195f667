import Foundation
import LiaisonCore

/// A day's records as the Contacts pane and the day header show them, as the store gave them
/// (before any home filter).
struct DayRecords {
    var contacts: [Contact]
    /// Its reviews and who read its handover, each for one home or the whole service.
    var marks: DayMarks
}

/// The days either side of the one shown, read from the store while the dashboard waits for the
/// next key, so that `[` and `]` through older days show them without reading. A day outside the
/// working set costs about as much to read and decode (~270 contacts) as the rest of the key
/// together; read ahead, a person stepping back through the weeks never waits for the disk.
///
/// Only days the person moved to start it (opening the dashboard reads nothing extra), and only
/// days before the working set's recent ones, which are in memory already. Everything read is
/// forgotten when the store changes, so a day is never shown as it was before a save.
struct DayReadAhead {
    private var days: [Date: DayRecords] = [:]
    private var wanted: [Date] = []

    /// Whether a neighbouring day is still to be read.
    var isPending: Bool { !wanted.isEmpty }

    /// The records of `day`, when they were read ahead.
    func records(for day: Date) -> DayRecords? { days[day] }

    /// After the person moved from `left` (whose records were `leftRecords`) to `day`: keeps
    /// only the new day's neighbours, the day just left among them, and asks for the rest.
    mutating func moved(to day: Date, from left: Date, leftRecords: DayRecords?, calendar: Calendar, recentSince: Date) {
        let neighbours = [-1, 1].compactMap { calendar.date(byAdding: .day, value: $0, to: day) }.filter { $0 < recentSince }
        if let leftRecords { days[left] = leftRecords }
        days = days.filter { neighbours.contains($0.key) }
        wanted = neighbours.filter { days[$0] == nil }
    }

    /// Reads every wanted day with `read`, keeping each as it comes.
    mutating func readPending(_ read: (Date) throws -> DayRecords) throws {
        while let day = wanted.first {
            wanted.removeFirst()
            days[day] = try read(day)
        }
    }

    /// Forgets everything read: the store changed.
    mutating func forget() {
        days = [:]
        wanted = []
    }
}
