import Foundation

/// The care records as every pane and command sees them: a working set in memory, the rest in
/// its backend (`StoreBackend`: SQLite) on demand. Every write is validated, committed in one
/// transaction, then applied to memory and announced to observers.
///
/// Not thread-safe: one owner (the dashboard's actor, or a command) uses it.
public final class Store {
    public enum Mode: Sendable { case readWrite, readOnly }

    /// How many days of contacts the working set holds by default, today included. Older days
    /// are a query away (`contacts(on:)`); a short window keeps opening fast on a large store.
    public static let defaultRecentDays = 7

    /// How many days of contacts this store holds in memory, today included. A screen may open
    /// with today alone, to draw sooner, and widen to the week once it is up (`widenRecent`).
    public internal(set) var recentDays: Int
    /// How much of the store is held in memory (`WorkingSet.Scope`).
    public let scope: WorkingSet.Scope

    public let path: String
    /// Who this store's writes are recorded as (R11).
    public let staff: String
    public let clock: any CareClock
    /// The calendar its days and weeks are counted in, made the first time it is needed: the
    /// current one costs ICU's locale and time zone (0.3 ms of a 15 ms `add`), and a one-record
    /// command that is given no date never needs it.
    public private(set) lazy var calendar: Calendar = givenCalendar ?? .current
    /// The calendar the caller chose, or nil for the current one.
    private let givenCalendar: Calendar?
    public private(set) var timescales: EscalationTimescales
    /// The service's staff list, managers picked from it (R10); empty when it keeps none.
    public private(set) var staffList: [StaffMember] = []
    /// How the service writes dates (`27/11` or `11/27`), from its settings file.
    public private(set) var dateOrder: DateOrder = .dayFirst
    /// The wall's part of the service's settings.
    public private(set) var wallSettings = ServiceSettings.WallSettings()
    /// The group's homes, from its settings file; empty for a service of one home.
    public private(set) var homes = HomeList([])
    public var isReadOnly: Bool { backend.isReadOnly }

    public internal(set) var workingSet = WorkingSet()
    /// Where the records are kept: every read and write goes through it.
    let backend: any StoreBackend
    var lastDataVersion = 0
    private var observers: [(StoreChange) -> Void] = []

    init(
        backend: any StoreBackend, staff: String, clock: any CareClock, calendar: Calendar?, timescales: EscalationTimescales,
        recentDays: Int = Store.defaultRecentDays, scope: WorkingSet.Scope = .everything
    ) throws {
        self.backend = backend
        self.recentDays = max(1, recentDays)
        self.scope = scope
        self.path = backend.location
        self.staff = staff
        self.clock = clock
        self.givenCalendar = calendar
        self.timescales = timescales
        try reload()
    }

    /// Opens the store at `path`, refusing a missing (`StoreError.missing`), damaged or newer
    /// file without creating or changing anything, and loads the working set (all of it, or only its `.directory`). Only `create`
    /// makes a store: a mistyped path must never become a second, empty record.
    public static func open(
        path: String, mode: Mode = .readWrite, staff: String, clock: any CareClock = SystemClock(),
        calendar: Calendar? = nil, timescales: EscalationTimescales = .standard, recentDays: Int = Store.defaultRecentDays,
        scope: WorkingSet.Scope = .everything
    ) throws -> Store {
        if let address = PostgresAddress(path) {
            // Who is recording is the server's to say: `staff` is not asked.
            return try open(backend: try PostgresBackend.open(address, mode: mode), clock: clock, calendar: calendar, timescales: timescales,
                            recentDays: recentDays, scope: scope)
        }
        let staff = try TextRules.line(staff, field: "as", what: "The staff member's name", limit: TextRules.nameLimit)
        let backend = try SQLiteBackend.open(path: path, mode: mode)
        return try Store(
            backend: backend, staff: staff, clock: clock, calendar: calendar, timescales: timescales, recentDays: recentDays,
            scope: scope)
    }

    /// A group's store on its server, with the group's settings, homes and staff list from the database.
    static func open(
        backend: PostgresBackend, clock: any CareClock, calendar: Calendar?, timescales: EscalationTimescales, recentDays: Int, scope: WorkingSet.Scope
    ) throws -> Store {
        let store = try Store(
            backend: backend, staff: backend.staffName, clock: clock, calendar: calendar, timescales: timescales,
            recentDays: recentDays, scope: scope)
        store.apply(try backend.groupSettings())
        return store
    }

    /// Creates a new, empty store at `path` and opens it; anything already at `path` is refused
    /// and left as it was. Owner-only (0600), or 0660 for the group in a team folder; with
    /// `group`, the folder is made that group's team folder first (`TeamFolder.setUp`).
    public static func create(
        path: String, group: String? = nil, staff: String, clock: any CareClock = SystemClock(),
        calendar: Calendar? = nil, timescales: EscalationTimescales = .standard
    ) throws -> Store {
        let staff = try TextRules.line(staff, field: "as", what: "The staff member's name", limit: TextRules.nameLimit)
        if let address = PostgresAddress(path) {
            throw StoreError("\(address.shown) is a PostgreSQL database, not a file: `liaison init \(address.shown)` sets Liaison up in it.")
        }
        var info = stat()
        if lstat(path, &info) == 0 {
            throw StoreError("\(path) already exists; it has not been changed. Open it with --store, or choose a new path.")
        }
        if let group { try TeamFolder.setUp(URL(fileURLWithPath: path).deletingLastPathComponent().path, group: group) }
        try StoreFile.createNew(path: path)
        return try open(path: path, staff: staff, clock: clock, calendar: calendar, timescales: timescales)
    }

    /// Whether anything is at `path`: a store, or a file that `open` would examine and refuse.
    public static func exists(at path: String) -> Bool {
        // A database is there or not for the server to say, when it is opened.
        if PostgresAddress.isAddress(path) { return true }
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether this user may change the store at `path`: the file and its folder (where SQLite
    /// keeps its journal) both writable. False for an auditor's copy, a read-only mount or a
    /// member whose write permission was withdrawn: the dashboard then opens it read-only.
    public static func canChange(at path: String) -> Bool {
        // On a server, what each role may change is the server's to say, save by save.
        if PostgresAddress.isAddress(path) { return true }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return access(path, W_OK) == 0 && access(folder, W_OK) == 0
    }

    /// Opens the store at `path` with its service's settings file beside it (`ServiceSettings`):
    /// escalation timescales and the staff list.
    public static func openService(
        path: String, mode: Mode = .readWrite, staff: String, clock: any CareClock = SystemClock(), calendar: Calendar? = nil,
        recentDays: Int = Store.defaultRecentDays, scope: WorkingSet.Scope = .everything, readsSettings: Bool = true
    ) throws -> Store {
        // The store first: a store that cannot be opened says so before its settings are looked at.
        let store = try open(path: path, mode: mode, staff: staff, clock: clock, calendar: calendar, recentDays: recentDays, scope: scope)
        // A group's settings are in its database (`Store.open` took them); there is no file beside it.
        // A backup (`export`) reads records alone, so a mistake in the settings never stops one.
        if store.backend is PostgresBackend || !readsSettings { return store }
        // A reader does without settings it may not read, so an archive in someone else's
        // folder still reads. Settings it can read but that are wrong are refused, as for a
        // writer: a group's homes, its date order and its wall's names come from them, and a
        // handover read without its homes would come as one part, saying there are none.
        guard mode == .readWrite else {
            if ServiceSettings.isReadable(forStore: path) { store.apply(try ServiceSettings.load(forStore: path)) }
            return store
        }
        store.apply(try ServiceSettings.load(forStore: path))
        return store
    }

    /// Takes a service's timescales and staff list from now on.
    public func apply(_ settings: ServiceSettings) {
        timescales = settings.timescales
        staffList = settings.staff
        dateOrder = settings.dateOrder
        wallSettings = settings.wall
        homes = HomeList(settings.homes)
    }

    /// The settings as this store runs on them.
    public var settings: ServiceSettings {
        ServiceSettings(timescales: timescales, staff: staffList, dateOrder: dateOrder, wall: wallSettings, homes: homes.homes)
    }

    /// A store kept only in memory, for tests and previews.
    public static func inMemory(
        staff: String = "Test Staff", clock: any CareClock = SystemClock(), calendar: Calendar? = nil,
        timescales: EscalationTimescales = .standard, recentDays: Int = Store.defaultRecentDays,
        scope: WorkingSet.Scope = .everything
    ) throws -> Store {
        try Store(
            backend: try SQLiteBackend.inMemory(), staff: staff, clock: clock, calendar: calendar, timescales: timescales,
            recentDays: recentDays, scope: scope)
    }

    /// Closes the connection (SQLite folds its WAL back into the file); the store cannot be used
    /// after. Not needed before exit: every commit is kept either way.
    public func close() throws {
        try backend.close()
    }

    // MARK: The working set

    public var people: [Person] { workingSet.people }
    public var partners: [Partner] { workingSet.partners }
    public var openTasks: [CareTask] { workingSet.openTasks }
    public var openEscalations: [Escalation] { workingSet.openEscalations }
    public var recentContacts: [Contact] { workingSet.recentContacts }
    public var chaseList: [Contact] { workingSet.chaseList }
    public var undecidedAdvice: [Contact] { workingSet.undecidedAdvice }

    public func person(id: String) -> Person? { workingSet.people.first { $0.id == id } }
    public func partner(id: String) -> Partner? { workingSet.partners.first { $0.id == id } }

    public var counts: Counts {
        let now = clock.now
        let today = calendar.startOfDay(for: now)
        let active = workingSet.people.filter { $0.discharged == nil }
        return Counts(
            people: active.count, partners: workingSet.partners.count,
            contactsToday: workingSet.recentContacts.filter { $0.happenedAt >= today }.count,
            openTasks: workingSet.openTasks.count,
            overdueTasks: Attention.overdueTasks(workingSet.openTasks, now: now).count,
            openEscalations: workingSet.openEscalations.count,
            overdueEscalations: Attention.overdueEscalations(workingSet.openEscalations, now: now).count,
            awaitingConfirmation: workingSet.chaseList.count, awaitingDecision: workingSet.undecidedAdvice.count,
            basisReviewOverdue: Attention.basisReviewOverdue(active, now: now).count,
            withoutSharingBasis: Attention.withoutSharingBasis(active).count)
    }

    // MARK: Change notification

    /// Calls `handler` after every save and every reload, for the store's lifetime (a screen
    /// lives as long as its store: capture it weakly). This is how the dashboard learns of changes.
    public func addObserver(_ handler: @escaping (StoreChange) -> Void) {
        observers.append(handler)
    }

    func notify(_ change: StoreChange) {
        for observer in observers { observer(change) }
    }

    // MARK: Other processes' writes

    /// Reloads the working set if another process saved since the last look. The dashboard and
    /// wall display call this when the store's folder signals a change (`StoreChangeSignal`),
    /// once a minute besides, or every half second where no signal can be had; it costs one
    /// PRAGMA when nothing changed. Also reloads when the day has turned, so "recent" moves on.
    @discardableResult
    public func refreshIfChanged() throws -> Bool {
        let since = recentStart()
        // Where the backend names what others saved, those records alone are read, in the same
        // view as the version: a colleague's save costs a record, not the whole working set.
        let scope = self.scope, last = lastDataVersion, sameDays = since == workingSet.recentSince
        try backend.reopenIfBehind()
        let (version, updated) = try backend.read { records -> (Int, [(RecordChange, (any LiaisonRecord)?)]?) in
            let version = try records.dataVersion()
            let changes = backend.takeChanges()
            guard version != last, sameDays, scope == .everything, let changes, changes.count <= Self.mostChangesReadAlone else {
                return (version, nil)
            }
            return (version, try changes.map { ($0, try Self.current($0, in: records)) })
        }
        guard version != lastDataVersion || since != workingSet.recentSince else { return false }
        if let updated {
            var set = workingSet
            for (change, record) in updated {
                // Gone from view (out of the role's homes) or not there: off every list.
                if let record { set.apply(record) } else { set.forget(id: change.id) }
            }
            workingSet = set
            lastDataVersion = version
        } else {
            try reload()
        }
        notify(.reloaded)
        return true
    }

    /// More changes than this at once (a colleague's import, a burst) are read as a whole reload.
    static let mostChangesReadAlone = 64

    /// The record a change names, as this store may see it now.
    private static func current(_ change: RecordChange, in records: any RecordReader) throws -> (any LiaisonRecord)? {
        switch change.table {
        case Contact.table: try records.record(Contact.self, id: change.id)
        case CareTask.table: try records.record(CareTask.self, id: change.id)
        case Escalation.table: try records.record(Escalation.self, id: change.id)
        case Partner.table: try records.record(Partner.self, id: change.id)
        default: nil
        }
    }

    func recentStart() -> Date {
        let today = calendar.startOfDay(for: clock.now)
        return calendar.date(byAdding: .day, value: -(recentDays - 1), to: today) ?? today
    }
}
