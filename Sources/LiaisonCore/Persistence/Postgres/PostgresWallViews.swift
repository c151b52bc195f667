import Foundation

/// An office wall signed in as the wall's own role (`PostgresSchema.Job.wall`), which the server
/// lets read the four wall views and nothing else: no record body, no name, no summary or advice.
/// The views already keep to the role's homes; `--home` narrows them to one.
///
/// Each look reads the views afresh in one snapshot: they are small (what is owed, and today),
/// and "today" and "overdue" move with the clock, so nothing read a minute ago is kept.
public final class PostgresWallViews: WallSource {
    let backend: PostgresBackend
    public let homes: HomeList
    public let wallSettings: ServiceSettings.WallSettings
    public let calendar: Calendar
    public var readsNames: Bool { false }
    /// The one home the staff table gives this wall, when it has one and not every home.
    public let soleHome: Home?
    private var lastVersion: Int?

    init(backend: PostgresBackend, calendar: Calendar) throws {
        self.backend = backend
        self.calendar = calendar
        let settings = try backend.groupSettings(withStaff: false)
        let homes = HomeList(settings.homes)
        self.homes = homes
        wallSettings = settings.wall
        let scope = try backend.readRows { try $0.query("SELECT all_homes(), cardinality(my_homes()), (my_homes())[1]").first }
        soleHome = scope?[0] == "f" && scope?[1] == "1" ? scope?[2].flatMap { homes.home(id: $0) } : nil
    }

    public func refreshIfChanged() throws -> Bool {
        let version = try backend.read { try $0.dataVersion() }
        defer { lastVersion = version }
        return version != lastVersion
    }

    public func wallFeed(now: Date, home: Home?, names: WallNames) throws -> WallFeed {
        // One home's rows, or all the role may see; a record about no one has no home, so no
        // single home's wall takes it.
        let only = home.map { [$0.id] } ?? []
        let whereHome = home == nil ? "" : " WHERE home_id = $1"
        var feed = try backend.readRows { connection in
            let contacts = try connection.query("""
                SELECT id, \(Self.epoch("happened_at")), channel, confirmation, \(Self.epoch("requested_at")), chases,
                       home_id, initials, location, partner_role, person_left
                FROM wall_contact\(whereHome)
                """, only)
            let tasks = try connection.query("""
                SELECT id, \(Self.epoch("due")), is_promise, owner, home_id, initials, location, partner_role, person_left FROM wall_task\(whereHome)
                """, only)
            let escalations = try connection.query("""
                SELECT id, kind, stage, urgency, \(Self.epoch("acknowledge_by")), \(Self.epoch("resolve_by")), home_id, initials, location, person_left
                FROM wall_escalation\(whereHome)
                """, only)
            let sharing = try connection.query("SELECT home_id, no_basis, review_overdue FROM wall_sharing\(whereHome)", only)
            return try Self.feed(contacts: contacts, tasks: tasks, escalations: escalations, sharing: sharing, now: now, calendar: calendar)
        }
        feed.sort()
        return feed
    }

    /// A time as seconds since 1970, as records write it.
    private static func epoch(_ column: String) -> String { "extract(epoch FROM \(column))::float8" }

    private static func feed(
        contacts: [[String?]], tasks: [[String?]], escalations: [[String?]], sharing: [[String?]], now: Date, calendar: Calendar
    ) throws -> WallFeed {
        let startOfToday = calendar.startOfDay(for: now)
        var feed = WallFeed(today: [], undecided: [], awaited: [], tasks: [], escalations: [], sharing: [])
        for row in contacts {
            let happenedAt = try date(row[1], "a contact's time")
            var owed: WallFeed.Contact.Owed?
            switch row[3] {
            case "undecided": owed = .decision
            case "requested": owed = .confirmation(requestedAt: row[4].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)) ?? happenedAt,
                                                   chases: row[5].flatMap { Int($0) } ?? 0)
            default: owed = nil
            }
            let contact = WallFeed.Contact(id: row[0] ?? "", happenedAt: happenedAt, channel: row[2] ?? "",
                                           person: person(home: row[6], initials: row[7], location: row[8], left: row[10]),
                                           partnerRole: try role(row[9]), owed: owed)
            if happenedAt >= startOfToday && happenedAt <= now { feed.today.append(contact) }
            switch owed {
            case .decision: feed.undecided.append(contact)
            case .confirmation: feed.awaited.append(contact)
            case nil: break
            }
        }
        for row in tasks {
            feed.tasks.append(WallFeed.OpenTask(
                id: row[0] ?? "", due: try date(row[1], "a task's due time"), isPromise: row[2] == "t", owner: row[3], title: nil,
                person: person(home: row[4], initials: row[5], location: row[6], left: row[8]), partnerRole: try role(row[7])))
        }
        for row in escalations {
            guard let kind = row[1].flatMap(Escalation.Kind.init(rawValue:)), let stage = row[2].flatMap(Escalation.Stage.init(rawValue:)) else {
                throw StoreError("The wall's view of escalations holds a kind or stage this Liaison does not know (\(row[1] ?? "none"), \(row[2] ?? "none")).")
            }
            let due = (stage == .raised ? row[4] : stage == .acknowledged ? row[5] : nil).flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
            feed.escalations.append(WallFeed.OpenEscalation(
                id: row[0] ?? "", kind: kind, stage: stage, isUrgent: row[3] == Escalation.Urgency.urgent.rawValue, nextDue: due,
                person: person(home: row[6], initials: row[7], location: row[8], left: row[9])))
        }
        feed.sharing = sharing.map { row in
            WallFeed.Sharing(home: row[0], noBasis: row[1].flatMap { Int($0) } ?? 0, reviewOverdue: row[2].flatMap { Int($0) } ?? 0)
        }
        return feed
    }

    /// The person a row is about, as the server wrote their initials (`Initials.letters(of:)`);
    /// nil for a record about no one, whose initials are null. `left` is the view's boolean.
    private static func person(home: String?, initials: String?, location: String?, left: String?) -> WallFeed.Person? {
        initials.map { WallFeed.Person(initials: Initials.written($0), location: location, home: home, hasLeft: left == "t") }
    }

    private static func role(_ value: String?) throws -> PartnerRole? {
        guard let value else { return nil }
        guard let role = PartnerRole(rawValue: value) else {
            throw StoreError("The wall's views hold a partner role this Liaison does not know (\(value)).")
        }
        return role
    }

    private static func date(_ value: String?, _ what: String) throws -> Date {
        guard let seconds = value.flatMap(Double.init) else { throw StoreError("The wall's views hold \(what) that is not a time.") }
        return Date(timeIntervalSince1970: seconds)
    }
}
