import Foundation
import LiaisonCore

/// What the dashboard shows and over which store: the chosen day, the person it is narrowed to,
/// and the records behind each pane, worked out again only when the store changed or the day
/// moved, so a navigation key costs no reading at all.
public final class DashboardState {
    public let store: Store
    let format: CareFormat
    /// Midnight starting the day the Contacts pane shows.
    public private(set) var day: Date
    /// The person the panes are narrowed to, by id.
    public private(set) var personFilter: String?
    public private(set) var dayContacts: [Contact] = []
    public private(set) var dayReview: DayReview?
    /// Who read and acknowledged the shown day's handover (R12).
    public private(set) var handoverReaders: [DayReview] = []
    private(set) var peopleByID: [String: Person] = [:]
    private(set) var partnersByID: [String: Partner] = [:]
    /// Forms colleagues (or this staff member's other sessions) have left unsaved, without their
    /// content; only their author can open them.
    public internal(set) var unsavedElsewhere: [DraftNotice] = []
    /// Open tasks, open escalations and confirmations to chase, per person.
    private(set) var openItems: [String: Int] = [:]
    /// Set by the store's change observer, for a save here or another process's save picked up
    /// by `refresh()`; `catchUp()` then works the panes' records out again, once per burst.
    private var storeChanged = false

    public init(store: Store) throws {
        self.store = store
        format = CareFormat(calendar: store.calendar)
        day = store.calendar.startOfDay(for: store.clock.now)
        try reload()
        // Changes travel one way: the store announces every save and reload, and the dashboard
        // follows; nothing that writes has to remember to reload the screen's copy.
        store.addObserver { [weak self] _ in self?.storeChanged = true }
    }

    /// Reads the store's working set again if the store announced a change since the last time;
    /// returns whether it did.
    @discardableResult
    func catchUp() throws -> Bool {
        guard storeChanged else { return false }
        try reload()
        storeChanged = false
        return true
    }

    var now: Date { store.clock.now }
    var people: [Person] { store.people }
    public var isToday: Bool { store.calendar.isDate(day, inSameDayAs: now) }

    /// Reads everything again from the store's working set (and the day, when it is older).
    private func reload() throws {
        peopleByID = Dictionary(store.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        partnersByID = Dictionary(store.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var open: [String: Int] = [:]
        for id in store.openTasks.compactMap(\.personID) { open[id, default: 0] += 1 }
        for id in store.openEscalations.compactMap(\.personID) { open[id, default: 0] += 1 }
        for contact in store.chaseList { open[contact.personID, default: 0] += 1 }
        for contact in store.undecidedAdvice { open[contact.personID, default: 0] += 1 }
        openItems = open
        if let id = personFilter, peopleByID[id] == nil { personFilter = nil }
        try loadDay()
    }

    private func loadDay() throws {
        let calendar = store.calendar
        let end = calendar.date(byAdding: .day, value: 1, to: day) ?? day
        if day >= store.workingSet.recentSince {
            // Recent days are already in memory, newest first.
            dayContacts = store.recentContacts.filter { $0.happenedAt >= day && $0.happenedAt < end }.reversed()
        } else {
            dayContacts = try store.contacts(on: day)
        }
        dayReview = try store.dayReview(for: day)
        handoverReaders = try store.handoverAcknowledgements(for: day)
    }

    /// Moves the Contacts pane `days` days on (negative: back).
    public func move(days: Int) throws {
        try show(store.calendar.date(byAdding: .day, value: days, to: day) ?? day)
    }

    public func show(_ date: Date) throws {
        day = store.calendar.startOfDay(for: date)
        try loadDay()
    }

    public func showToday() throws { try show(now) }

    public func filter(person id: String?) {
        personFilter = id
    }

    // MARK: What the panes show

    /// The nature words the Contacts pane is narrowed to (R4); empty for every contact.
    public var natureFilter: [String] = []

    var visibleContacts: [Contact] {
        var contacts = dayContacts
        if let id = personFilter { contacts = contacts.filter { $0.personID == id } }
        if !natureFilter.isEmpty { contacts = contacts.filter { $0.nature?.matches(natureFilter) ?? false } }
        return contacts
    }

    var visibleTasks: [CareTask] {
        // The working set keeps open tasks soonest due first, so overdue ones already lead.
        guard let id = personFilter else { return store.openTasks }
        return store.openTasks.filter { $0.personID == id }
    }

    var visibleEscalations: [Escalation] {
        let all = store.openEscalations  // oldest raised first
        guard let id = personFilter else { return all }
        return all.filter { $0.personID == id }
    }

    var visibleChaseList: [Contact] {
        guard let id = personFilter else { return store.chaseList }
        return store.chaseList.filter { $0.personID == id }
    }

    var visibleUndecidedAdvice: [Contact] {
        guard let id = personFilter else { return store.undecidedAdvice }
        return store.undecidedAdvice.filter { $0.personID == id }
    }

    /// Everything owed in writing (R6), oldest first: advice waiting for a decision, and
    /// requests waiting for their letter or email, by when it was last asked for.
    var visibleOwedInWriting: [Contact] {
        (visibleUndecidedAdvice + visibleChaseList).sorted {
            ($0.confirmation?.requestedAt ?? $0.happenedAt, $0.id) < ($1.confirmation?.requestedAt ?? $1.happenedAt, $1.id)
        }
    }

    func personName(_ id: String) -> String {
        guard let person = peopleByID[id] else { return "unknown person" }
        return person.name
    }

    func isReviewed(_ contact: Contact) -> Bool {
        Store.isReviewed(contact, dayReview: dayReview)
    }

    // MARK: Review (R12)

    /// Marks one of the day's contacts reviewed.
    public func markReviewed(contactID: String) throws {
        guard let contact = dayContacts.first(where: { $0.id == contactID }), !isReviewed(contact) else { return }
        try store.markReviewed(contact)
    }

    /// Marks the whole day reviewed: every contact entered so far counts as read.
    public func markDayReviewed() throws {
        try store.markDayReviewed(day)
    }

    /// Picks up another process's saves (the store announces them, as it does its own), then
    /// follows every announced change; returns whether anything changed.
    public func refresh() throws -> Bool {
        try store.refreshIfChanged()
        return try catchUp()
    }
}
