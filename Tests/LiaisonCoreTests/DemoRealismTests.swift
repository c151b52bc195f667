import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The demo is what a new user believes Liaison records, so it must be possible: nothing
/// happened or entered after the moment it is made, contacts in working hours, entered after
/// they happened, by a channel their words agree with, with partners who fit what they advise.
@Suite struct DemoRealismTests {
    static func demo(at text: String, seed: UInt64 = 1) -> (ExportDocument, Date) {
        let now = EdgeMoments.date(text)
        var generator = DemoGenerator(seed: seed, now: now, calendar: EdgeMoments.london)
        return (generator.generate(), now)
    }

    @Test(arguments: EdgeMoments.all)
    func nothingHappensOrIsEnteredAfterTheDemoIsMade(now text: String) throws {
        let (doc, now) = Self.demo(at: text)
        func check<R: LiaisonRecord>(_ records: [R]) throws {
            for record in records {
                for (field, moment) in record.pastMoments {
                    #expect(moment <= now, "\(R.kind.rawValue) \(record.id) \(field) \(moment) is after \(text)")
                }
                try EntryTimeRule.check(record, now: now, skew: 0)
            }
        }
        try check(doc.people)
        try check(doc.partners)
        try check(doc.contacts)
        try check(doc.tasks)
        try check(doc.escalations)
        try check(doc.agreements)
        try check(doc.dayReviews)
        for entry in doc.history { try EntryTimeRule.check(entry, now: now, skew: 0) }
        #expect(doc.contacts.count > 60)
    }

    @Test(arguments: EdgeMoments.all)
    func contactsAreEnteredAfterTheyHappenInWorkingHours(now text: String) {
        let (doc, now) = Self.demo(at: text)
        let calendar = EdgeMoments.london
        let startOfToday = calendar.startOfDay(for: now)
        for contact in doc.contacts {
            #expect(contact.audit.createdAt >= contact.happenedAt, "\(contact.summary) entered before it happened")
            #expect(contact.audit.createdAt <= contact.happenedAt.addingTimeInterval(3600), "\(contact.summary) entered hours late")
            let hour = calendar.component(.hour, from: contact.happenedAt)
            #expect((8..<20).contains(hour), "\(contact.summary) at \(hour):00")
            if contact.happenedAt >= startOfToday { #expect(contact.audit.createdAt <= now) }
        }
    }

    @Test func theChannelAgreesWithTheWordsAndThePartnerWithTheAdvice() {
        let (doc, _) = Self.demo(at: "2026-11-24T12:00:00Z")
        let partners = Dictionary(uniqueKeysWithValues: doc.partners.map { ($0.id, $0) })
        for contact in doc.contacts where contact.sharingException == nil {
            let role = partners[contact.partnerID]!.role
            let exchange = DemoText.exchanges(for: role).first { $0.summary == contact.summary }
            #expect(exchange != nil, "\(contact.summary) is not something a \(role.rawValue) does")
            #expect(exchange?.channels.contains(contact.channel) == true, "\(contact.summary) by \(contact.channel.rawValue)")
            if let direction = exchange?.direction { #expect(contact.direction == direction, "\(contact.summary)") }
            if contact.channel == .letter { #expect(!contact.summary.contains("rang") && !contact.summary.contains("called")) }
            if contact.summary.lowercased().contains("visit") { #expect(contact.channel == .visit) }
        }
    }

    @Test func tasksAndEscalationsAreWithThePartnerTheyName() {
        let (doc, _) = Self.demo(at: "2026-11-24T12:00:00Z")
        let role = Dictionary(uniqueKeysWithValues: doc.partners.map { ($0.id, $0.role) })
        let expected: [(String, PartnerRole)] = [
            ("weight chart", .dietician), ("Dr Patel", .gp), ("dental", .dentist), ("pharmacy", .other), ("SALT", .salt),
            ("advocate", .advocate), ("physio", .physiotherapist), ("OT", .occupationalTherapist),
            ("insulin", .districtNurse), ("Psychiatrist", .clinicalPsychiatrist), ("physiotherapy", .physiotherapist),
            ("Social worker", .socialWorker),
        ]
        let titled = doc.tasks.map { ($0.title, $0.partnerID) } + doc.escalations.map { ($0.summary, $0.partnerID) }
        for (words, wanted) in expected {
            let matches = titled.filter { $0.0.contains(words) }
            #expect(!matches.isEmpty, "nothing mentions \(words)")
            for (title, partner) in matches { #expect(partner.flatMap { role[$0] } == wanted, "\(title)") }
        }
    }

    @Test(arguments: EdgeMoments.all)
    func aNewStoreTakesTheDemoAtEveryEdge(now text: String) throws {
        let store = try Store.inMemory(clock: ManualClock(EdgeMoments.date(text)), calendar: EdgeMoments.london)
        try store.fillWithDemo(seed: 1)
        #expect(store.people.count == 40)
    }

    @Test func theSameSeedAndMomentGiveTheSameDemo() throws {
        let first = try Self.demo(at: "2026-10-25T01:30:00Z").0.json()
        let second = try Self.demo(at: "2026-10-25T01:30:00Z").0.json()
        #expect(first == second)
    }
}
