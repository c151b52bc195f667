import Foundation
import LiaisonCore

/// Turns the store's working set into the wall's sections. Reads only the fields the wall may
/// show: who (as initials unless told otherwise), where, which kind of partner, when and how
/// urgent; summaries, advice and notes are never read here. For one home, every list is cut to
/// that home's people first, so nothing below can reach another home's records.
struct WallSnapshotBuilder {
    let store: Store
    let now: Date
    let names: NameDisplay
    let format: WallFormat
    let filter: HomeFilter
    /// Whether lines carry their home: the whole group's wall of a service with homes.
    let marksHomes: Bool
    private var people: [String: Person] = [:]
    private var partners: [String: Partner] = [:]

    init(store: Store, now: Date, names: NameDisplay, home: Home? = nil) {
        self.store = store
        self.now = now
        self.names = names
        format = WallFormat(calendar: store.calendar)
        filter = store.filter(for: home)
        marksHomes = home == nil && !store.homes.isEmpty
        for person in store.people where filter.includes(person) { people[person.id] = person }
        for partner in store.partners { partners[partner.id] = partner }
    }

    /// The home's id beside a line on the group's wall ("–" for a record about no one's home).
    func homeMark(_ personID: String?) -> String? {
        guard marksHomes else { return nil }
        return personID.flatMap { people[$0]?.home } ?? "–"
    }

    /// "E.B." or "Room 4" (never both): the person as the room may see them.
    func who(_ personID: String?) -> String? {
        guard let personID, let person = people[personID] else { return nil }
        return names.label(name: person.name, location: person.location)
    }

    /// The partner's role, which says enough for the wall ("GP"); their name is for the dashboard.
    func partnerRole(_ partnerID: String?) -> String? {
        guard let partnerID, let partner = partners[partnerID] else { return nil }
        return partner.role.words.short
    }

    mutating func contacts() -> WallSection {
        let today = store.calendar.startOfDay(for: now)
        let list = store.recentContacts.filter { $0.happenedAt >= today && $0.happenedAt <= now && filter.includes(personID: $0.personID) }
        let items = list.map { contact in
            WallItem(when: format.clock(contact.happenedAt), text: join([
                who(contact.personID), partnerRole(contact.partnerID), contact.channel.rawValue]), home: homeMark(contact.personID))
        }
        let headline = list.first.map { "\(list.count) today · latest \(format.clock($0.happenedAt))" } ?? "none yet today"
        return WallSection(kind: .contacts, headline: headline, items: items)
    }

    mutating func confirmations() -> WallSection {
        // Advice nobody has decided about comes first: it needs a decision today, not a chase.
        let decide = store.undecidedAdvice.filter { filter.includes(personID: $0.personID) }.map { contact -> WallItem in
            WallItem(status: .dueSoon, label: "DECIDE", when: WallFormat.age(now.timeIntervalSince(contact.happenedAt)), text: join([
                who(contact.personID), partnerRole(contact.partnerID), "ask in writing"]), home: homeMark(contact.personID))
        }
        let chase = store.chaseList.filter { filter.includes(personID: $0.personID) }.map { contact -> WallItem in
            let asked = contact.confirmation?.requestedAt ?? contact.happenedAt
            let age = now.timeIntervalSince(asked)
            let status: WallStatus = age >= 7 * 86_400 ? .overdue : age >= 2 * 86_400 ? .dueSoon : .onTrack
            let label = status == .overdue ? "CHASE" : status == .dueSoon ? "chase" : "waiting"
            let chases = contact.confirmation?.chases.count ?? 0
            return WallItem(status: status, label: label, when: WallFormat.age(age), text: join([
                who(contact.personID), partnerRole(contact.partnerID), chases == 0 ? nil : "chased ×\(chases)"]), home: homeMark(contact.personID))
        }
        let oldest = chase.first.map { " · oldest \($0.when)" } ?? ""
        let decided = decide.isEmpty ? "" : "\(decide.count) to decide · "
        return WallSection(kind: .confirmations, headline: "\(decided)\(chase.count) awaited\(oldest)", items: decide + chase)
    }

    mutating func tasks() -> WallSection {
        let horizon = now.addingTimeInterval(TimeInterval(WallSnapshot.soonHours) * 3600)
        let due = store.openTasks.filter { $0.due <= horizon && filter.includes(personID: $0.personID) }  // already soonest first
        let items = due.map { task -> WallItem in
            let late = task.isOverdue(now: now)
            // A title is free text that may name someone, so it waits for `--names full`.
            let title = names == .full ? task.title : task.isPromise ? "Promise" : nil
            return WallItem(
                status: late ? .overdue : .dueSoon,
                when: late ? "\(WallFormat.age(now.timeIntervalSince(task.due))) late" : format.nearTime(task.due, now: now),
                text: join([title, who(task.personID), partnerRole(task.partnerID), task.owner.map { "for \($0)" }]),
                home: homeMark(task.personID))
        }
        let overdue = items.filter { $0.status == .overdue }.count
        let headline = "\(overdue) overdue · \(items.count - overdue) due within \(WallSnapshot.soonHours) h"
        return WallSection(kind: .tasks, headline: headline, items: items)
    }

    mutating func escalations() -> WallSection {
        let soon = TimeInterval(WallSnapshot.escalationSoonDays) * 86_400
        let open = store.openEscalations.filter { filter.includes(personID: $0.personID) }.sorted { ($0.nextDue ?? .distantFuture, $0.id) < ($1.nextDue ?? .distantFuture, $1.id) }
        let items = open.map { escalation -> WallItem in
            let due = escalation.nextDue ?? now
            // A partner's concern stays flagged until a manager acknowledges it, however much time is left.
            let status: WallStatus = due < now || escalation.awaitsManager ? .overdue : due.timeIntervalSince(now) < soon ? .dueSoon : .onTrack
            let step = escalation.awaitsManager ? "manager to acknowledge" : escalation.stage == .raised ? "to acknowledge" : "to resolve"
            let label: String? = escalation.awaitsManager && due >= now ? "MANAGER" : escalation.isUrgent && due >= now ? "URGENT" : nil
            return WallItem(status: status, label: label, when: escalation.isUrgent && store.calendar.isDate(due, inSameDayAs: now) ? format.clock(due) : format.date(due), text: join([
                escalation.kind.words.shortHeading, step, who(escalation.personID)]), home: homeMark(escalation.personID))
        }
        let overdue = items.filter { $0.status == .overdue }.count
        return WallSection(kind: .escalations, headline: "\(items.count) open · \(overdue) overdue", items: items)
    }

    /// Counts only, in every naming mode: which person's consent is missing or withdrawn is
    /// for the dashboard, never for a screen anyone passing can read.
    /// On the group's wall the counts are per home, so each office sees its own number.
    mutating func sharing() -> WallSection {
        let active = store.people.filter { $0.discharged == nil && filter.includes($0) }
        var groups: [(home: String?, people: [Person])] = [(nil, active)]
        if marksHomes {
            let byHome = Dictionary(grouping: active) { $0.home ?? "–" }
            groups = byHome.keys.sorted().map { ($0, byHome[$0] ?? []) }
        }
        var items: [WallItem] = []
        var total = 0
        for group in groups {
            let missing = group.people.filter { !$0.basis.allowsSharing }.count
            if missing > 0 {
                items.append(WallItem(status: .overdue, label: "", when: "", count: missing,
                                      text: "\(Self.people(missing)) \(missing == 1 ? "has" : "have") no basis to share on", home: group.home))
            }
            total += missing
        }
        for group in groups {
            let review = group.people.filter { $0.basis.allowsSharing && $0.basis.isReviewOverdue(now: now) }.count
            if review > 0 {
                items.append(WallItem(status: .dueSoon, label: "", when: "", count: review,
                                      text: "\(Self.people(review)) need\(review == 1 ? "s" : "") their basis reviewed", home: group.home))
            }
            total += review
        }
        let headline = total == 0 ? "all current" : "\(Self.people(total)) need\(total == 1 ? "s" : "") attention"
        return WallSection(kind: .sharing, headline: headline, items: items)
    }

    /// "1 person", "3 people".
    static func people(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }

    private func join(_ parts: [String?]) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
