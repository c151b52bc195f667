import Foundation
import LiaisonCore

/// Turns the wall's feed (`WallFeed`) into its sections. The feed holds only what the wall may
/// show: who (as initials unless told otherwise), where, which kind of partner, when and how
/// urgent; summaries, advice and notes are not in it. A feed for one home holds only that home's
/// people and the work about them, so nothing below can reach another home's records.
struct WallSnapshotBuilder {
    let feed: WallFeed
    let now: Date
    let calendar: Calendar
    let names: NameDisplay
    let format: WallFormat
    /// Whether lines carry their home: the whole group's wall of a service with homes.
    let marksHomes: Bool

    init(feed: WallFeed, now: Date, calendar: Calendar, names: NameDisplay, marksHomes: Bool) {
        self.feed = feed
        self.now = now
        self.calendar = calendar
        self.names = names
        self.marksHomes = marksHomes
        format = WallFormat(calendar: calendar)
    }

    /// The home's id beside a line on the group's wall ("–" for a record about no one's home).
    func homeMark(_ person: WallFeed.Person?) -> String? {
        guard marksHomes else { return nil }
        return person?.home ?? "–"
    }

    /// "E.B." or "Room 4" (never both): the person as the room may see them.
    func who(_ person: WallFeed.Person?) -> String? {
        guard let person else { return nil }
        return names.label(initials: person.initials, name: person.name, location: person.location)
    }

    /// `who`, marked for someone who left the service, for a line of work still open about
    /// them (`WallNames.label`). Which way they left is the dashboard's: "died" is not for a
    /// screen anyone passing reads. A line of today's contacts is what happened, and needs no mark.
    func whoOwed(_ person: WallFeed.Person?) -> String? {
        guard let person else { return nil }
        return names.label(initials: person.initials, name: person.name, location: person.location, hasLeft: person.hasLeft)
    }

    /// The partner's role, which says enough for the wall ("GP"); their name is for the dashboard.
    func partnerRole(_ role: PartnerRole?) -> String? { role?.words.short }

    mutating func contacts() -> WallSection {
        let list = feed.today
        let items = list.map { contact in
            WallItem(when: format.clock(contact.happenedAt), text: join([
                who(contact.person), partnerRole(contact.partnerRole), contact.channel]), home: homeMark(contact.person))
        }
        let headline = list.first.map { "\(list.count) today · latest \(format.clock($0.happenedAt))" } ?? "none yet today"
        return WallSection(kind: .contacts, headline: headline, items: items)
    }

    mutating func confirmations() -> WallSection {
        // Advice nobody has decided about comes first: it needs a decision today, not a chase.
        let decide = feed.undecided.map { contact -> WallItem in
            WallItem(status: .dueSoon, label: "DECIDE", when: WallFormat.age(now.timeIntervalSince(contact.happenedAt)), text: join([
                whoOwed(contact.person), partnerRole(contact.partnerRole), "ask in writing"]), home: homeMark(contact.person))
        }
        let chase = feed.awaited.map { contact -> WallItem in
            let age = now.timeIntervalSince(contact.askedAt)
            let status: WallStatus = age >= 7 * 86_400 ? .overdue : age >= 2 * 86_400 ? .dueSoon : .onTrack
            let label = status == .overdue ? "CHASE" : status == .dueSoon ? "chase" : "waiting"
            var chases = 0
            if case .confirmation(_, let count) = contact.owed { chases = count }
            return WallItem(status: status, label: label, when: WallFormat.age(age), text: join([
                whoOwed(contact.person), partnerRole(contact.partnerRole), chases == 0 ? nil : "chased ×\(chases)"]), home: homeMark(contact.person))
        }
        let oldest = chase.first.map { " · oldest \($0.when)" } ?? ""
        let decided = decide.isEmpty ? "" : "\(decide.count) to decide · "
        return WallSection(kind: .confirmations, headline: "\(decided)\(chase.count) awaited\(oldest)", items: decide + chase)
    }

    mutating func tasks() -> WallSection {
        let horizon = now.addingTimeInterval(TimeInterval(WallSnapshot.soonHours) * 3600)
        let due = feed.tasks.filter { $0.due <= horizon }  // already soonest first
        let items = due.map { task -> WallItem in
            let late = task.isOverdue(now: now)
            // A title is free text that may name someone, so it waits for `--names full` (and a
            // source that reads titles); otherwise a promise is still said to be one.
            let title = (names == .full ? task.title : nil) ?? (task.isPromise ? "Promise" : nil)
            return WallItem(
                status: late ? .overdue : .dueSoon,
                when: late ? "\(WallFormat.age(now.timeIntervalSince(task.due))) late" : format.nearTime(task.due, now: now),
                // "owner", not "for": on the dashboard "For" is the person a task is about.
                // Whom it is about first, as on escalation lines: a cut keeps them, and that they left.
                text: join([whoOwed(task.person), title, partnerRole(task.partnerRole), task.owner.map { "owner \($0)" }]),
                home: homeMark(task.person))
        }
        let overdue = items.filter { $0.status == .overdue }.count
        let headline = "\(overdue) overdue · \(items.count - overdue) due within \(WallSnapshot.soonHours) h"
        return WallSection(kind: .tasks, headline: headline, items: items)
    }

    mutating func escalations() -> WallSection {
        let soon = TimeInterval(WallSnapshot.escalationSoonDays) * 86_400
        let items = feed.escalations.map { escalation -> WallItem in
            let due = escalation.nextDue ?? now
            // A partner's concern stays flagged until a manager acknowledges it, however much time is left.
            let status: WallStatus = due < now || escalation.awaitsManager ? .overdue : due.timeIntervalSince(now) < soon ? .dueSoon : .onTrack
            let step = escalation.awaitsManager ? "manager to acknowledge" : escalation.stage == .raised ? "to acknowledge" : "to resolve"
            let label: String? = escalation.awaitsManager && due >= now ? "MANAGER" : escalation.isUrgent && due >= now ? "URGENT" : nil
            // Whom it is about first, as the dashboard's pane has it: a line cut to fit keeps them,
            // and that they left.
            return WallItem(status: status, label: label, when: escalation.isUrgent && calendar.isDate(due, inSameDayAs: now) ? format.clock(due) : format.date(due, now: now), text: join([
                whoOwed(escalation.person), escalation.kind.words.shortHeading, step]), home: homeMark(escalation.person))
        }
        let overdue = items.filter { $0.status == .overdue }.count
        return WallSection(kind: .escalations, headline: "\(items.count) open · \(overdue) overdue", items: items)
    }

    /// Counts only, in every naming mode: which person's consent is missing or withdrawn is
    /// for the dashboard, never for a screen anyone passing can read.
    /// On the group's wall the counts are per home, so each office sees its own number.
    mutating func sharing() -> WallSection {
        // One group for a wall that marks no homes; else one per home, "–" for people of none.
        var groups: [(home: String?, noBasis: Int, reviewOverdue: Int)] = []
        if marksHomes {
            let byHome = Dictionary(grouping: feed.sharing) { $0.home ?? "–" }
            groups = byHome.keys.sorted().map { home in
                (home, byHome[home]!.reduce(0) { $0 + $1.noBasis }, byHome[home]!.reduce(0) { $0 + $1.reviewOverdue })
            }
        } else {
            groups = [(nil, feed.sharing.reduce(0) { $0 + $1.noBasis }, feed.sharing.reduce(0) { $0 + $1.reviewOverdue })]
        }
        var items: [WallItem] = []
        var total = 0
        for group in groups where group.noBasis > 0 {
            let missing = group.noBasis
            items.append(WallItem(status: .overdue, label: "", when: "", count: missing,
                                  text: "\(Self.people(missing)) \(missing == 1 ? "has" : "have") no basis to share on", home: group.home))
            total += missing
        }
        for group in groups where group.reviewOverdue > 0 {
            let review = group.reviewOverdue
            items.append(WallItem(status: .dueSoon, label: "", when: "", count: review,
                                  text: "\(Self.people(review)) need\(review == 1 ? "s" : "") their basis reviewed", home: group.home))
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
