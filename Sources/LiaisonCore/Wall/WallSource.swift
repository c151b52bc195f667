import Foundation

/// Where an office wall's feed comes from, kept open all day: a store signed in as staff
/// (`Store`), or on PostgreSQL the wall's own role, which reads only the wall views
/// (`PostgresWallViews`). `Store.openForWall` chooses.
public protocol WallSource: AnyObject {
    /// The group's homes: `liaison wall --home` and the marks beside a group wall's lines.
    var homes: HomeList { get }
    /// The wall's settings (how people are named), as the service or group chose them.
    var wallSettings: ServiceSettings.WallSettings { get }
    var calendar: Calendar { get }
    /// What the wall may show at `now`, for one home or for every home the source may see.
    /// `names` says whether names and task titles may be read (`WallNames.full`).
    func wallFeed(now: Date, home: Home?, names: WallNames) throws -> WallFeed
    /// Takes in other processes' saves; whether the feed may now differ.
    func refreshIfChanged() throws -> Bool
    /// Whether the feed can carry names (`WallNames.full`): only a source signed in as staff reads them.
    var readsNames: Bool { get }
    /// The home this wall is for without `--home`: a wall's own role listed for one home only.
    var soleHome: Home? { get }
}

extension Store: WallSource {
    public var readsNames: Bool { true }
    /// Staff may work in several homes and look at any of them: `--home` says which.
    public var soleHome: Home? { nil }
}

extension Store {
    /// The days of contacts a wall holds: today's alone, all it shows (what is owed from earlier
    /// days comes with the chase lists), so each colleague's save costs it a day's reading.
    static let wallDays = 1

    /// Opens what a wall shows, read-only: a store file with its settings; a PostgreSQL store as
    /// the role the server signs in, which for a wall's own role (`PostgresSchema.Job.wall`)
    /// means the wall views and nothing else.
    public static func openForWall(path: String, clock: any CareClock = SystemClock(), calendar: Calendar) throws -> any WallSource {
        if let address = PostgresAddress(path) {
            let backend = try PostgresBackend.open(address, mode: .readOnly, allowingWall: true)
            if backend.job == .wall { return try PostgresWallViews(backend: backend, calendar: calendar) }
            return try open(backend: backend, clock: clock, calendar: calendar, timescales: .standard, recentDays: wallDays, scope: .everything)
        }
        return try openService(path: path, mode: .readOnly, staff: "wall display", clock: clock, calendar: calendar, recentDays: wallDays)
    }
}
