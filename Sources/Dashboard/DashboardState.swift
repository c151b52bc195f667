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
    /// The shown day's reviews and who read its handover (R12), each one home's or the whole
    /// service's.
    public private(set) var dayMarks = DayMarks.none
    /// This dashboard's contacts entered on the shown day for earlier days and not reviewed
    /// (`lateEntriesToReview`), worked out with the day.
    public private(set) var lateEntries: [Contact] = []
    private(set) var peopleByID: [String: Person] = [:]
    /// The names people are shown by, told apart from one another.
    private var names = PersonNames([])
    private(set) var partnersByID: [String: Partner] = [:]
    /// Forms colleagues (or this staff member's other sessions) have left unsaved, without their
    /// content; only their author can open them.
    public internal(set) var unsavedElsewhere: [DraftNotice] = []
    /// This staff member's own unsaved forms that a key opens again, newest first.
    public internal(set) var unsavedHere: [DraftNotice] = []
    /// Open tasks, open escalations and confirmations to chase, per person.
    private(set) var openItems: [String: Int] = [:]
    /// The home the dashboard is limited to (`liaison --home`); the whole group otherwise.
    /// Worked out again with the store's people, so someone moved in or out follows at once.
    public private(set) var homeFilter: HomeFilter = .everything
    /// The home asked for, kept to rebuild `homeFilter`.
    public let home: Home?
    /// Set by the store's change observer, for a save here or another process's save picked up
    /// by `refresh()`; `catchUp()` then works the panes' records out again, once per burst.
    private var storeChanged = false
    /// The days either side of one the person moved to, read while they look at it.
    private var readAhead = DayReadAhead()
    /// The shown day's records as read, before the home filter: kept when the person moves on.
    private var dayRecords: DayRecords?

    /// How many days of contacts the dashboard's store opens with: today alone, so the first
    /// frame waits for a seventh of the week's contacts. The rest follows at once (`widenRecent`).
    public static let openingDays = 1
    /// How many days of contacts the panes and forms work with in memory (a form's contact
    /// picker offers the week's); older days are read from the store as they are shown.
    public let recentDays: Int

    /// Whether the store still holds fewer days than the panes work with.
    public var isWidening: Bool { store.recentDays < recentDays }

    /// Takes in the days the store opened without; the store announces a reload, so the next
    /// `catchUp` works the panes out again.
    func widenRecent() throws {
        try store.widenRecent(toDays: recentDays)
    }

    /// - Parameter recentDays: the days of contacts to hold in memory once the screen is up
    ///   (tests of reading days from the store hold fewer).
    public init(store: Store, home: Home? = nil, recentDays: Int = Store.defaultRecentDays) throws {
        self.store = store
        self.home = home
        self.recentDays = recentDays
        format = CareFormat(calendar: store.calendar)
        day = store.calendar.startOfDay(for: store.clock.now)
        try reload()
        // Changes travel one way: the store announces every save and reload, and the dashboard
        // follows; nothing that writes has to remember to reload the screen's copy.
        store.addObserver { [weak self] _ in
            self?.storeChanged = true
            // What was read before the change may not be what the store holds now.
            self?.readAhead.forget()
            self?.dayRecords = nil
        }
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
    /// Everyone the panes may show: the home's people, or the whole service's.
    var people: [Person] { homeFilter.isWholeGroup ? store.people : store.people.filter(homeFilter.includes) }
    /// The People pane's rows: discharged people stay on record (R1), after everyone still supported.
    var shownPeople: [Person] {
        let people = self.people
        return people.filter { $0.discharged == nil } + people.filter { $0.discharged != nil }
    }
    /// Whether rows show each person's home: the whole group of a service with homes.
    var marksHomes: Bool { home == nil && !store.homes.isEmpty }

    /// The short id of the home of the person `id` for a Home column, "–" for none.
    func homeMark(_ personID: String?) -> String {
        personID.flatMap { store.homes.listedID(peopleByID[$0]?.home) } ?? "–"
    }
    public var isToday: Bool { store.calendar.isDate(day, inSameDayAs: now) }

    /// Reads everything again from the store's working set (and the day, when it is older).
    private func reload() throws {
        homeFilter = store.filter(for: home)
        peopleByID = Dictionary(store.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        names = PersonNames(store.people)
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
        let records = try readAhead.records(for: day) ?? read(day)
        dayRecords = records
        dayContacts = records.contacts.filter { homeFilter.includes(personID: $0.personID) }
        dayMarks = records.marks
        lateEntries = lateEntriesToReview()
    }

    /// The contacts entered on the shown day for days before it, this dashboard's, that their
    /// own day's marks do not cover: the handover lists them ("entered for earlier days"), and
    /// the shown day's list cannot, as they happened another day. One read by when each was
    /// entered (an index), so the first frame, which holds only today, has them too.
    private func lateEntriesToReview() -> [Contact] {
        // Only what a review made here could cover: a shift lead of Elm is not counted Rosewood's.
        let marked = store.homesMarked(from: home)
        let late = ((try? store.contactsEnteredLate(from: day, to: day)) ?? []).filter {
            homeFilter.includes(personID: $0.personID) && store.marks(for: marked, reach: $0.personID)
        }
        var marks: [Date: DayMarks] = [:]
        return late.filter { contact in
            let of = store.calendar.startOfDay(for: contact.happenedAt)
            if marks[of] == nil { marks[of] = (try? store.dayMarks(for: contact.happenedAt)) ?? .none }
            return !(marks[of] ?? .none).isReviewed(contact)
        }
    }

    /// One day's records from the store: its contacts from memory when the day is recent.
    private func read(_ day: Date) throws -> DayRecords {
        let end = store.calendar.date(byAdding: .day, value: 1, to: day) ?? day
        // Recent days are already in memory, newest first.
        let contacts = day >= store.workingSet.recentSince
            ? store.recentContacts.filter { $0.happenedAt >= day && $0.happenedAt < end }.reversed()
            : try store.contacts(on: day)
        return DayRecords(contacts: contacts, marks: try store.dayMarks(for: day))
    }

    /// Moves the Contacts pane `days` days on (negative: back).
    public func move(days: Int) throws {
        try show(store.calendar.date(byAdding: .day, value: days, to: day) ?? day)
    }

    public func show(_ date: Date) throws {
        let left = day, leftRecords = dayRecords
        day = store.calendar.startOfDay(for: date)
        try loadDay()
        readAhead.moved(to: day, from: left, leftRecords: leftRecords, calendar: store.calendar, recentSince: store.workingSet.recentSince)
    }

    /// Whether the days either side of the shown one are still to be read ahead.
    public var isReadingAhead: Bool { readAhead.isPending }

    /// Reads the days either side of the shown one, for the next `[` or `]`; called while the
    /// dashboard waits for a key. A failure is not shown here: the key that wants the day reads
    /// it again and says what went wrong.
    public func readDaysAround() {
        do {
            try readAhead.readPending(read)
        } catch {
            readAhead.forget()
        }
    }

    public func showToday() throws { try show(now) }

    public func filter(person id: String?) {
        personFilter = id
    }

    // MARK: What the panes show

    /// The nature words the Contacts pane is narrowed to (R4); empty for every contact.
    public var natureFilter: [String] = []

    var visibleContacts: [Contact] { narrowed(dayContacts) }

    /// `lateEntries` as the Contacts pane is narrowed.
    var visibleLateEntries: [Contact] { narrowed(lateEntries) }

    /// `contacts` as the Contacts pane is narrowed: to one person, or to natures of contact.
    private func narrowed(_ contacts: [Contact]) -> [Contact] {
        var contacts = contacts
        if let id = personFilter { contacts = contacts.filter { $0.personID == id } }
        if !natureFilter.isEmpty { contacts = contacts.filter { $0.nature?.matches(natureFilter) ?? false } }
        return contacts
    }

    var visibleTasks: [CareTask] {
        // The working set keeps open tasks soonest due first, so overdue ones already lead.
        let tasks = inHome(store.openTasks, \.personID)
        guard let id = personFilter else { return tasks }
        return tasks.filter { $0.personID == id }
    }

    /// Most urgent first, as the handover and the wall list them: an overdue urgent escalation
    /// raised today must not sit under a week of routine ones.
    var visibleEscalations: [Escalation] {
        let all = inHome(store.openEscalations, \.personID)
        return Attention.byUrgency(personFilter.map { id in all.filter { $0.personID == id } } ?? all, now: now)
    }

    var visibleChaseList: [Contact] {
        let all = inHome(store.chaseList, \.personID)
        guard let id = personFilter else { return all }
        return all.filter { $0.personID == id }
    }

    var visibleUndecidedAdvice: [Contact] {
        let all = inHome(store.undecidedAdvice, \.personID)
        guard let id = personFilter else { return all }
        return all.filter { $0.personID == id }
    }

    /// `records` cut to the dashboard's home; all of them for the whole group.
    private func inHome<R>(_ records: [R], _ person: (R) -> String?) -> [R] {
        homeFilter.isWholeGroup ? records : records.filter { homeFilter.includes(personID: person($0)) }
    }

    /// Everything owed in writing (R6), oldest first: advice waiting for a decision, and
    /// requests waiting for their letter or email, by when it was last asked for.
    var visibleOwedInWriting: [Contact] {
        (visibleUndecidedAdvice + visibleChaseList).sorted {
            ($0.confirmation?.requestedAt ?? $0.happenedAt, $0.id) < ($1.confirmation?.requestedAt ?? $1.happenedAt, $1.id)
        }
    }

    /// A person's whole name, grown with their preferred name and room when someone else has
    /// the same name (`PersonNames`), so two Harold Finches never read as one.
    func personName(_ id: String) -> String {
        names.full(id) ?? "unknown person"
    }

    /// " (died)", " (moved)" after the name of someone who left the service, for the panes of
    /// open work: leaving closes none of it, and a task about someone who died must not read as
    /// if they were still here. Empty for someone still supported, or no one.
    func leftMark(_ id: String?) -> String {
        id.flatMap { peopleByID[$0] }.flatMap(Self.leftWord).map { " (\($0))" } ?? ""
    }

    /// The person `id`'s name and, when they left, their `leftMark`: how open work and its
    /// records name whom it is about.
    func nameMarkingLeft(_ id: String) -> String { personName(id) + leftMark(id) }

    /// How a narrow column says someone left: "died", "moved", or "left" for a discharge,
    /// whose word would take the room of the name itself.
    static func leftWord(_ person: Person) -> String? {
        guard person.discharged != nil else { return nil }
        return person.leaving?.kind == .died ? "died" : person.leaving?.kind == .moved ? "moved" : "left"
    }

    /// The end of `name` (as shown for the person `id`), then their `leftMark`, that a cut
    /// column keeps: what tells them from a namesake, then that they left. A mark alone is kept
    /// only beside some of the name (`TableCell.keptEndNeedsHead`).
    func keptEnd(ofName name: String, for id: String) -> (text: String, needsHead: Bool)? {
        let distinguishing = distinguishingEnd(of: name, for: id)
        let end = (distinguishing ?? "") + leftMark(id)
        return end.isEmpty ? nil : (end, distinguishing == nil)
    }

    func partnerName(_ id: String) -> String {
        partnersByID[id]?.name ?? "unknown partner"
    }

    /// The name a person goes by, for a narrow column: their preferred name, else their given
    /// name ("Zofia" for Zofia Kowalczyk), grown until no one else could be called by it
    /// (`PersonNames`). The full name is a key away, in the record.
    func shortName(_ id: String) -> String {
        names.short(id) ?? "unknown person"
    }

    /// The end of a name shown for the person `id` that tells them apart from a namesake (their
    /// room), for a column to keep when it must cut the name (`TableCell.keptEnd`).
    func distinguishingEnd(of label: String, for id: String?) -> String? {
        id.flatMap { names.distinguishingEnd(of: label, for: $0) }
    }

    /// The first review of the shown day that speaks for all the dashboard shows: the home's
    /// own or the whole service's, for a home; the whole service's, for the whole group.
    public var dayReview: DayReview? { dayMarks.review(for: homeFilter) }

    /// Who read and acknowledged the handover of what the dashboard shows (R12), earliest first.
    public var handoverReaders: [DayReview] { dayMarks.acknowledgements(for: homeFilter) }

    func isReviewed(_ contact: Contact) -> Bool {
        dayMarks.isReviewed(contact)
    }

    /// The day review `contact` counts as read under, when it is not marked on its own: read
    /// against its own day's marks, which are the shown day's or, for a contact opened from
    /// elsewhere (a person's record, a search), read for it.
    func dayReview(of contact: Contact) -> DayReview? {
        marks(of: contact).review(of: contact)
    }

    /// When `contact` was corrected after it had been reviewed, so the review no longer counts.
    func reviewUndone(_ contact: Contact) -> Date? {
        marks(of: contact).reviewUndone(contact)
    }

    private func marks(of contact: Contact) -> DayMarks {
        store.calendar.isDate(contact.happenedAt, inSameDayAs: day) ? dayMarks : (try? store.dayMarks(for: contact.happenedAt)) ?? .none
    }

    /// The contacts of the shown day that a day review made here now would cover: every one
    /// shown, unless the staff list limits this member to some of the group's homes.
    var contactsToReview: [Contact] {
        let homes = store.homesMarked(from: home)
        guard !homes.contains(nil) else { return dayContacts }
        return dayContacts.filter { store.marks(for: homes, reach: $0.personID) }
    }

    /// Who reviewed the shown day, as the day header says it: "by Kim Night" for a review that
    /// speaks for all that is shown; over a group with reviews of single homes only, each
    /// home's first ("for Elm by Kim Night, for Ash by Sam Okoro"), so one home's review is not
    /// read as every home's.
    var dayReviewedBy: String? {
        if let review = dayReview { return "by \(review.reviewedBy)" }
        guard marksHomes else { return nil }
        return perHome(dayMarks.homeReviews) { $0.first }
    }

    /// Who last read the handover of what is shown, in the day header's words, as `dayReviewedBy`.
    var handoverReadBy: String? {
        if let reader = handoverReaders.last { return "by \(reader.reviewedBy)" }
        guard marksHomes else { return nil }
        return perHome(dayMarks.acknowledgements.filter { $0.home != nil }) { $0.last }
    }

    /// "for Elm by …, for Ash by …": one of each home's marks, in the settings' order of homes.
    private func perHome(_ marks: [DayReview], pick: ([DayReview]) -> DayReview?) -> String? {
        let each = store.homes.homes.compactMap { home in
            pick(marks.filter { $0.home != nil && $0.covers(home: home.id) }).map { "for \(home.name) by \($0.reviewedBy)" }
        }
        return each.isEmpty ? nil : each.joined(separator: ", ")
    }

    /// The homes a mark made here is for, by name ("Elm", "Elm and Ash"); nil when it is the
    /// whole service's.
    var reviewedHomesPhrase: String? {
        let ids = store.homesMarked(from: home).compactMap { $0 }
        guard !ids.isEmpty else { return nil }
        return ids.map { store.homes.home(id: $0)?.name ?? $0 }.spokenList
    }

    /// The review a day review made here now would come after, when each home it is for was
    /// reviewed already (for a member of two homes, each home's own): the first of them.
    var reviewOfMarkScope: DayReview? {
        let firsts = store.homesMarked(from: home).map { scope in dayMarks.reviews.first { $0.covers(home: scope) } }
        guard !firsts.isEmpty, firsts.allSatisfy({ $0 != nil }) else { return nil }
        return firsts.compactMap { $0 }.min { $0.reviewedAt < $1.reviewedAt }
    }

    // MARK: Review (R12)

    /// Marks one of the day's contacts reviewed.
    public func markReviewed(contactID: String) throws {
        guard let contact = dayContacts.first(where: { $0.id == contactID }), !isReviewed(contact) else { return }
        try store.markReviewed(contact)
    }

    /// Marks the day reviewed: every contact entered so far counts as read. Limited to one
    /// home, the mark is that home's: the shift lead has read those, not another home's (R12).
    public func markDayReviewed() throws {
        try store.markDayReviewed(day, home: home)
    }

    /// Records that this staff member read the handover of what the dashboard shows.
    public func acknowledgeHandover() throws {
        try store.acknowledgeHandover(of: day, home: home)
    }

    /// Picks up another process's saves (the store announces them, as it does its own), then
    /// follows every announced change; returns whether anything changed.
    public func refresh() throws -> Bool {
        try store.refreshIfChanged()
        return try catchUp()
    }
}
