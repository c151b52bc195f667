import Foundation

/// The homes a service lists, and how a typed home is found among them: exact id or name in
/// any case and without accents, else the one whose id or name starts so; a near miss gets
/// "did you mean". Empty for a service of one home, which never mentions homes at all.
public struct HomeList: Equatable, Sendable {
    public let homes: [Home]

    public init(_ homes: [Home]) { self.homes = homes }

    public var isEmpty: Bool { homes.isEmpty }

    /// The home whose id is `id` (as a record holds it); nil for an id the settings do not list.
    public func home(id: String?) -> Home? {
        guard let id else { return nil }
        return homes.first { $0.id == id } ?? homes.first { NameMatcher.fold($0.id) == NameMatcher.fold(id) }
    }

    /// The settings' id for a record's `id`, which an import may have written in another case
    /// ("elm" for Elm); an id the settings do not list stays as written.
    public func listedID(_ id: String?) -> String? { home(id: id)?.id ?? id }

    /// The one home meant by `typed`.
    /// - Throws: `FieldError` on `field` naming the homes, with the nearest one when it is close;
    ///   or saying that the service lists no homes.
    public func resolve(_ typed: String, field: String = "home") throws -> Home {
        let wanted = NameMatcher.fold(typed.trimmingCharacters(in: .whitespaces))
        guard !homes.isEmpty else {
            throw FieldError(field, "this service lists no homes; add them to the settings file as \"homes\" (see the README, “Several homes”)")
        }
        guard !wanted.isEmpty else { throw FieldError(field, "say which home: \(names)") }
        let exact = homes.filter { NameMatcher.fold($0.id) == wanted || NameMatcher.fold($0.name) == wanted }
        if exact.count == 1 { return exact[0] }
        let starting = homes.filter { NameMatcher.fold($0.id).hasPrefix(wanted) || NameMatcher.fold($0.name).hasPrefix(wanted) }
        if starting.count == 1 { return starting[0] }
        if starting.count > 1 {
            throw FieldError(field, "“\(typed)” fits \(starting.count) homes; say which: \(starting.map(\.listed).joined(separator: ", "))")
        }
        let near = homes.map { home in (home, min(Self.distance(wanted, NameMatcher.fold(home.id)), Self.distance(wanted, NameMatcher.fold(home.name)))) }
            .filter { $0.1 <= max(2, wanted.count / 3) }
            .min { $0.1 < $1.1 }
        let hint = near.map { " Did you mean \($0.0.name)?" } ?? ""
        throw FieldError(field, "“\(typed)” is not one of this service's homes: \(names).\(hint)")
    }

    /// Each home's id cut to the fewest letters that still tell the homes apart ("R" and "E"
    /// for Rosewood and Elm; "Ro" and "Re" for Rosewood and Redbrook): a marker for a column
    /// too narrow for the ids themselves.
    public var abbreviations: [String: String] {
        let ids = homes.map(\.id)
        let longest = ids.map(\.count).max() ?? 0
        for length in 1...max(1, longest) {
            let cut = ids.map { String($0.prefix(length)) }
            if Set(cut.map(NameMatcher.fold)).count == ids.count {
                return Dictionary(uniqueKeysWithValues: zip(ids, cut))
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(ids, ids))
    }

    /// "Rosewood, Elm House, Home care (North)".
    public var names: String { homes.map(\.listed).joined(separator: ", ") }

    /// Edits (insert, delete, change) between two words: how near a typo is.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }

    /// Why these homes cannot stand together (two with one id or name), or nil.
    static func problem(in homes: [Home]) -> String? {
        var seen: [String: Home] = [:]
        for home in homes {
            for key in Set([NameMatcher.fold(home.id), NameMatcher.fold(home.name)]) {
                if let other = seen[key], other != home {
                    return "two homes are both called “\(key)” (\(other.listed) and \(home.listed)); each home needs its own id and name"
                }
                seen[key] = home
            }
        }
        return nil
    }
}
