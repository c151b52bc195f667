import Foundation

/// What each service sets for itself, in a JSON file beside its store (`care.sqlite` has
/// `care.sqlite.settings.json`): escalation timescales, routine by kind and urgent (R10), and the
/// staff list managers are picked from, how the wall names people, and whether dates are written
/// day first (`27/11`, the default) or month first (`"dateOrder": "month-first"`). A store without
/// the file runs on the standard timescales, takes managers' names as typed, shows initials on the
/// wall and reads dates day first. A group lists its homes (`"homes": [{"id": "Elm", "name":
/// "Elm House"}, …]`); a service without the list is one home, and never mentions homes.
public struct ServiceSettings: Codable, Equatable, Sendable {
    public var timescales: EscalationTimescales
    /// Empty when the service keeps no list. Each may name the homes they work in (`"homes": ["Elm"]`).
    public var staff: [StaffMember]
    /// How staff write dates: `1/2` is 1 February day first, 2 January month first.
    public var dateOrder: DateOrder

    /// The wall's naming when `liaison wall --names` is not given (`"wall": {"names": "room"}`).
    public var wall: WallSettings

    /// The group's homes (service locations); empty for a service of one home.
    public var homes: [Home]

    /// The wall's part of the settings file.
    public struct WallSettings: Codable, Equatable, Sendable {
        public var names: WallNames

        public init(names: WallNames = .initials) { self.names = names }

        enum CodingKeys: String, CodingKey, CaseIterable { case names }

        public init(from decoder: any Decoder) throws {
            try SettingsReading.refuseUnknownKeys(in: decoder, CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            names = try SettingsReading.choice(WallNames.self, forKey: .names, in: c) ?? .initials
        }
    }

    public init(
        timescales: EscalationTimescales = .standard, staff: [StaffMember] = [], dateOrder: DateOrder = .dayFirst,
        wall: WallSettings = WallSettings(), homes: [Home] = []
    ) {
        self.timescales = timescales
        self.staff = staff
        self.dateOrder = dateOrder
        self.wall = wall
        self.homes = homes
    }

    public static let standard = ServiceSettings()

    enum CodingKeys: String, CodingKey, CaseIterable { case timescales, staff, dateOrder, wall, homes }

    /// Every part may be left out, and takes its standard value; what is there is read strictly
    /// (`SettingsReading`).
    public init(from decoder: any Decoder) throws {
        try SettingsReading.refuseUnknownKeys(in: decoder, CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        timescales = try c.decodeIfPresent(EscalationTimescales.self, forKey: .timescales) ?? .standard
        staff = try c.decodeIfPresent([StaffMember].self, forKey: .staff) ?? []
        // Two entries of one name (as staff type it) would make whoever is typed two people
        // with two roles: which one may be named manager could not be told.
        var named: [String: StaffMember] = [:]
        for (position, member) in staff.enumerated() {
            if let other = named.updateValue(member, forKey: NameKey.of(member.name)) {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: c.codingPath + [CodingKeys.staff, SettingsReading.EntryKey(position)],
                    debugDescription: "“\(member.name)” is “\(other.name)” listed again; list each member of staff once"))
            }
        }
        dateOrder = try SettingsReading.choice(DateOrder.self, forKey: .dateOrder, in: c) ?? .dayFirst
        wall = try c.decodeIfPresent(WallSettings.self, forKey: .wall) ?? WallSettings()
        homes = try c.decodeIfPresent([Home].self, forKey: .homes) ?? []
        if let problem = HomeList.problem(in: homes) {
            throw DecodingError.dataCorruptedError(forKey: .homes, in: c, debugDescription: problem)
        }
        // A staff member's homes are the list's: a misspelt one would quietly hide them from their home.
        let list = HomeList(homes)
        for (position, member) in staff.enumerated() {
            for home in member.homes ?? [] where list.home(id: home) == nil {
                let known = homes.isEmpty ? "the settings list no homes" : "the homes are \(homes.map(\.id).joined(separator: ", "))"
                throw DecodingError.dataCorrupted(.init(
                    codingPath: c.codingPath + [CodingKeys.staff, SettingsReading.EntryKey(position), StaffMember.CodingKeys.homes],
                    debugDescription: "\(member.name) works in “\(home)”, which is not a home's id; \(known)"))
            }
        }
    }

    /// Writes every part; the homes only when there are some, so a one-home service's file
    /// reads as it always did.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(timescales, forKey: .timescales)
        try c.encode(staff, forKey: .staff)
        try c.encode(dateOrder, forKey: .dateOrder)
        try c.encode(wall, forKey: .wall)
        if !homes.isEmpty { try c.encode(homes, forKey: .homes) }
    }

    /// The homes, to find one by what someone typed.
    public var homeList: HomeList { HomeList(homes) }

    /// Where the settings of the store at `storePath` live.
    public static func path(forStore storePath: String) -> String { storePath + ".settings.json" }

    /// Whether the settings beside the store at `storePath` can be read by this user, or are
    /// not there at all (the standard settings, then): false only for a file kept from them.
    public static func isReadable(forStore storePath: String) -> Bool {
        let file = path(forStore: storePath)
        return access(file, R_OK) == 0 || errno == ENOENT
    }

    /// The settings beside the store at `storePath`; the standard ones when there is no file.
    /// A file that cannot be read is refused with where and why, rather than silently ignored;
    /// one caught halfway through an editor's save is waited for (`SettingsFile`).
    public static func load(forStore storePath: String) throws -> ServiceSettings {
        try load(from: SettingsFile(path: path(forStore: storePath)))
    }

    static func load(from file: SettingsFile) throws -> ServiceSettings {
        var text: Data?
        do {
            return try file.read { data in
                text = data
                if let problem = SettingsScan.problem(in: data) { throw problem }
                return try JSONDecoder().decode(ServiceSettings.self, from: data)
            } ?? .standard
        } catch let error as DecodingError {
            throw StoreError("The settings file \(file.path) cannot be read: \(SettingsReading.describe(error, in: text)). Correct it, or move it away to use the standard settings.")
        }
    }

    /// Writes the settings, readable by the store's users only: owner-only (0600), or 0640 in a
    /// team's setgid folder, the same rule as the store itself, so every member's commands read
    /// the same timescales, staff list and date order. Not 0660: the settings are the service's
    /// policy (who may be named manager, how long an escalation may wait), set by whoever runs the
    /// service, not by each member in passing; the store's records are what members change.
    public func save(forStore storePath: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try PrivateFile.save(try encoder.encode(self), to: Self.path(forStore: storePath), groupReadable: true)
    }

    public var managers: [StaffMember] { staff.filter(\.isManager) }

    /// The one manager meant by `name` (exact, else as staff type names (`NameKey`), else the only
    /// one whose name starts so); with no staff list, the name as typed.
    public func manager(named name: String?, field: String = "manager") throws -> String? {
        guard let wanted = try TextRules.cleanedLine(name, field: field, what: "The manager's name", limit: TextRules.nameLimit) else { return nil }
        guard !staff.isEmpty else { return wanted }
        let managers = self.managers
        // A name as staff type it, as every other name is found (`NameKey`).
        let fold = NameKey.of
        var matches = managers.filter { $0.name == wanted }
        if matches.isEmpty { matches = managers.filter { fold($0.name) == fold(wanted) } }
        // The start of a name ("Ruth"), or a name with its role after it in brackets, as a list
        // writes it ("Ruth Okafor (registered manager)"); never a longer name that starts with
        // another's ("Ruth Okafor-Smith" is not Ruth Okafor).
        if matches.isEmpty {
            matches = managers.filter { fold(wanted).hasPrefix(fold($0.name) + " (") || fold($0.name).hasPrefix(fold(wanted)) }
        }
        guard matches.count == 1 else {
            let list = managers.map(\.name).joined(separator: ", ")
            throw FieldError(field, matches.isEmpty
                ? "“\(wanted)” is not a manager on the staff list (\(list.isEmpty ? "none listed" : list))"
                : "“\(wanted)” fits \(matches.count) managers; give the full name: \(matches.map(\.name).joined(separator: ", "))")
        }
        return matches[0].name
    }
}
