import Foundation
import LiaisonCore

/// A store shaped like years of a large service's records: contacts spread over ten years,
/// a few hundred a day, for a large service: 400 people, 200 partners and 200 open tasks at 1M.
enum BenchmarkStore {
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
        "/tmp/liaison-bench-s\(LiaisonCore.schemaVersion)-\(contacts).sqlite"
    }

    static func build(path: String, contacts total: Int) throws {
        // What an interrupted build left behind is started again: `create` never reuses a file.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + ".building" + suffix) }
        let store = try Store.create(path: path + ".building", staff: "Bench")
        var rng = SystemRandomNumberGenerator()
        let now = Date().wholeSeconds
        let audit = Audit(by: "Bench", at: now)
        let people = (0..<max(40, total / 2500)).map { i in
            Person(name: "Person \(i)", location: "Room \(i % 60)", basis: SharingBasis(kind: .consent, recorded: now), audit: audit)
        }
        let roles = PartnerRole.allCases
        let partners = (0..<max(20, total / 5000)).map { i in
            Partner(name: "Partner \(i)", role: roles[i % roles.count], organisation: "Org \(i % 40)", audit: audit)
        }
        let span = 10 * 365 * 86_400.0
        try store.bulkLoad { loader in
            for p in people { try loader.add(p) }
            for p in partners { try loader.add(p) }
            for i in 0..<total {
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
            for i in 0..<(total / 20) {
                let open = i % 250 == 0
                try loader.add(CareTask(
                    title: "Task \(i)", personID: people[i % people.count].id, due: now.addingTimeInterval(Double(i % 20 - 10) * 86_400),
                    status: open ? .open : .done, outcome: open ? nil : "Done", audit: audit))
            }
            for i in 0..<max(5, total / 1000) {
                try loader.add(Escalation(
                    kind: Escalation.Kind.allCases[i % 5], summary: "Escalation \(i)", stage: i % 10 == 0 ? .raised : .resolved,
                    raisedAt: now, acknowledgeBy: now, resolveBy: now, audit: audit))
            }
        }
        // Closing checkpoints the WAL into the file, so the file alone can be moved into place.
        try store.close()
        try FileManager.default.moveItem(atPath: path + ".building", toPath: path)
    }
}
