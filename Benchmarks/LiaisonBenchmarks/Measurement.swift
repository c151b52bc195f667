import Foundation
import LiaisonCore

/// The figures of one store: open + working set, memory, one durable save, a search.
enum Measurement {
    static func run(path: String) throws {
        let (store, openTime) = try timed { try Store.open(path: path, staff: "Bench") }
        let rss = residentMegabytes()
        let (oneDay, oneDayTime) = try timed { try Store.open(path: path, mode: .readOnly, staff: "Bench", recentDays: 1) }
        let (twoWeeks, twoWeeksTime) = try timed { try Store.open(path: path, mode: .readOnly, staff: "Bench", recentDays: 14) }
        let (_, readOnlyTime) = try timed { try Store.open(path: path, mode: .readOnly, staff: "Bench") }
        let person = store.people[0], partner = store.partners[0]
        var saves: [Double] = []
        for i in 0..<20 {
            let (_, t) = try timed {
                try store.addContact(ContactDraft(
                    personID: person.id, partnerID: partner.id, channel: .phone, summary: "Bench save \(i)",
                    advice: "Offer fluids every hour"))
            }
            saves.append(t)
        }
        var searches: [Double] = []
        var hits = 0
        for word in ["paracetamol", "pressure heel", "thickened", "physiotherapy", "zebra"] {
            let (found, t) = try timed { try store.search(word) }
            hits += found.count
            searches.append(t)
        }
        // A year back: inside the history of every store from 100k contacts up.
        let (day, dayTime) = try timed { try store.contacts(on: Date().addingTimeInterval(-364 * 86_400)) }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
        print("""
            \(URL(fileURLWithPath: path).lastPathComponent): \(size / 1_048_576) MB on disk; working set \(store.people.count) people, \
            \(store.partners.count) partners, \(store.openTasks.count) open tasks, \(store.recentContacts.count) recent contacts, \
            \(store.chaseList.count) to chase
              open read-write + working set (\(store.recentDays) days of contacts): \(ms(openTime))   (read-only: \(ms(readOnlyTime)))
              open with 1 day of contacts (\(oneDay.recentContacts.count)): \(ms(oneDayTime))
              open with 14 days of contacts (\(twoWeeks.recentContacts.count)): \(ms(twoWeeksTime))
              resident memory after opening: \(String(format: "%.1f", rss)) MB
              save one contact (durable commit): median \(ms(median(saves))), worst \(ms(saves.max() ?? 0))
              full-text search: median \(ms(median(searches))), worst \(ms(searches.max() ?? 0)) (\(hits) hits over 5 queries)
              one day's contacts a year ago: \(ms(dayTime)) (\(day.count) contacts)
            """)
    }

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }

    static func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// VmRSS from /proc/self/status, in MiB.
    static func residentMegabytes() -> Double { statusMegabytes("VmRSS:") }

    /// VmHWM from /proc/self/status, in MiB: the most this process has held resident since its
    /// exec (unlike `wait4`'s `ru_maxrss`, which counts what its parent held before it).
    static func peakMegabytes() -> Double { statusMegabytes("VmHWM:") }

    private static func statusMegabytes(_ name: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return -1 }
        return kb / 1024
    }
}
