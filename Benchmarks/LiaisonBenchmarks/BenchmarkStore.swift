import Foundation
import LiaisonCore

/// A store shaped like years of a large service's records: a few hundred contacts a day (274,
/// so 1M contacts is ten years), 400 people, 200 partners, 200 open tasks and 20 open escalations.
///
/// A larger store is a longer history at the same pace, not a busier day: what a service has open
/// and what one day holds do not grow with the years behind them, so a 10M store (a century at
/// this pace, or ten such services' decade read one service at a time) must open as fast as a 1M
/// one. Small stores keep at least 60 days and scale their people and partners down.
enum BenchmarkStore {
    /// Contacts a day: a large service's partner contacts.
    static let perDay = 274.0
    /// Bumped when the shape changes, so a store built to an older shape is never measured as this one.
    static let shape = 2
    static let summaries = [
        "Phoned about a chest infection", "District nurse dressed the heel", "Medication review",
        "Swallow assessment", "Physiotherapy after a fall", "Blood test results", "Care review meeting",
        "Pressure area check", "Dental check-up", "Weight loss review",
    ]
    static let advice = [
        "Give paracetamol four-hourly if the temperature rises", "Keep the heel off the mattress and check pressure areas",
        "Use thickened fluids at level 2 and sit upright", "Walk with the frame; physiotherapy exercises twice a day",
        "Offer fortified snacks between meals", "Recheck blood pressure each morning for a week",
    ]

    /// Where the store of `contacts` contacts is kept between runs: one per schema version, so a
    /// store built by an older Liaison is never migrated under another benchmark's feet.
    static func path(contacts: Int) -> String {
        "/tmp/liaison-bench-s\(LiaisonCore.schemaVersion)-shape\(shape)-\(contacts).sqlite"
    }

    static func build(path: String, contacts total: Int) throws {
        // What an interrupted build left behind is started again: `create` never reuses a file.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + ".building" + suffix) }
        let store = try Store.create(path: path + ".building", staff: "Bench")
        var rng = SystemRandomNumberGenerator()
        let now = Date().wholeSeconds
        let audit = Audit(by: "Bench", at: now)
        let people = (0..<min(400, max(40, total / 2500))).map { i in
            Person(name: "Person \(i)", location: "Room \(i % 60)", basis: SharingBasis(kind: .consent, recorded: now), audit: audit)
        }
        let roles = PartnerRole.allCases
        let partners = (0..<min(200, max(20, total / 5000))).map { i in
            Partner(name: "Partner \(i)", role: roles[i % roles.count], organisation: "Org \(i % 40)", audit: audit)
        }
        let span = max(60, Double(total) / perDay) * 86_400
        try store.bulkLoad { loader in
            for p in people { try loader.add(p) }
            for p in partners { try loader.add(p) }
        }
        // Half a million contacts a transaction, so the write-ahead log of a 10M build stays a
        // fraction of the store instead of a second copy of it.
        for chunk in stride(from: 0, to: total, by: 500_000) {
            try store.bulkLoad { loader in
                for i in chunk..<min(total, chunk + 500_000) {
                    // Oldest first, as they would have been entered.
                    let when = now.addingTimeInterval(-span + span * Double(i) / Double(total)).wholeSeconds
                    let recent = now.timeIntervalSince(when) < 60 * 86_400
                    let hasAdvice = i % 3 == 0
                    let chase = hasAdvice && recent && Int.random(in: 0..<50, using: &rng) == 0
                    try loader.add(Contact(
                        personID: people[i % people.count].id, partnerID: partners[i % partners.count].id,
                        channel: .phone, happenedAt: when, summary: summaries[i % summaries.count] + " (\(i))",
                        advice: hasAdvice ? advice[(i / 3) % advice.count] : nil,
                        confirmation: hasAdvice ? Confirmation(state: chase ? .requested : .received, requestedAt: when) : nil,
                        audit: Audit(by: "Bench", at: when)))
                }
            }
        }
        try store.bulkLoad { loader in
            let tasks = total / 20
            for i in 0..<tasks {
                // The newest are still open: a service's open work does not grow with its history.
                let open = i >= tasks - min(200, tasks / 250 + 1)
                try loader.add(CareTask(
                    title: "Task \(i)", personID: people[i % people.count].id, due: now.addingTimeInterval(Double(i % 20 - 10) * 86_400),
                    status: open ? .open : .done, outcome: open ? nil : "Done", audit: audit))
            }
            let escalations = max(5, total / 1000)
            for i in 0..<escalations {
                let open = i >= escalations - min(20, escalations / 10 + 1)
                try loader.add(Escalation(
                    kind: Escalation.Kind.allCases[i % 5], summary: "Escalation \(i)", stage: open ? .raised : .resolved,
                    raisedAt: now, acknowledgeBy: now, resolveBy: now, audit: audit))
            }
        }
        // Closing checkpoints the WAL into the file, so the file alone can be moved into place.
        try store.close()
        try FileManager.default.moveItem(atPath: path + ".building", toPath: path)
    }
}
