import Foundation

/// How the settings file is read. It is written by hand, by whoever runs the service, and what it
/// says is policy: who may be named manager, how long an escalation may wait. So it is read
/// strictly, and a refusal says where and what is wanted in words a manager can act on:
/// - a key this version does not read is refused, naming the keys it does. A misspelt key passed
///   over would leave its setting at the standard without a word ("Staff" for "staff": no staff
///   list, so managers' names are taken as typed);
/// - a choice is refused with the values it may take;
/// - a value of the wrong kind says what kind is wanted;
/// - the place is given as the file's keys read ("staff → entry 2 → role"), entries counted from 1.
enum SettingsReading {
    /// Any key in a JSON object, to list what is there.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// An entry of a list, counted from 0 as the decoder counts them (`place` says it from 1).
    struct EntryKey: CodingKey {
        let intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(_ position: Int) { intValue = position }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    /// Refuses an object holding a key other than `keys`. The refusal's place ends at the stray
    /// key, so it is never at the top of the file, which `SettingsFile` takes for a save caught
    /// halfway.
    static func refuseUnknownKeys<Key: CodingKey & CaseIterable>(in decoder: any Decoder, _ keys: Key.Type) throws {
        let known = Key.allCases.map(\.stringValue)
        let present = try decoder.container(keyedBy: AnyKey.self).allKeys
        guard let stray = present.first(where: { !known.contains($0.stringValue) }) else { return }
        throw DecodingError.dataCorrupted(.init(
            codingPath: decoder.codingPath + [stray],
            debugDescription: "this version knows no such setting; here it reads \(listed(known))"))
    }

    /// One of a fixed set of words, refused with the list when it is none of them.
    static func choice<Choice: RawRepresentable & CaseIterable, Key: CodingKey>(
        _ type: Choice.Type, forKey key: Key, in container: KeyedDecodingContainer<Key>
    ) throws -> Choice? where Choice.RawValue == String {
        guard let raw = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let value = Choice(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "“\(raw)” is not one of \(listed(Choice.allCases.map(\.rawValue)))")
        }
        return value
    }

    /// A whole number from 1 to `most`, for a timescale: none, or less, would make every
    /// escalation late the moment it is raised; a vast one, a deadline past any calendar's
    /// reach, which an export could not carry and arithmetic on it would overflow.
    /// A part left out is `standard`, where there is one to keep.
    static func count<Key: CodingKey>(
        forKey key: Key, in container: KeyedDecodingContainer<Key>, unit: String, most: Int, standard: Int? = nil
    ) throws -> Int {
        if let standard, !container.contains(key) { return standard }
        let value = try container.decode(Int.self, forKey: key)
        guard (1...most).contains(value) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(value) is too \(value < 1 ? "few" : "many"); give a number of \(unit) from 1 to \(most)")
        }
        return value
    }

    /// A refusal in words, with where in the file it is; `data` is the file's text, to say
    /// where JSON that does not parse goes wrong.
    static func describe(_ error: DecodingError, in data: Data? = nil) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return data.map(syntaxProblem) ?? "it is not valid JSON"
        case .dataCorrupted(let context):
            return "at \(place(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return context.codingPath.isEmpty
                ? "“\(key.stringValue)” is missing"
                : "at \(place(context.codingPath)): “\(key.stringValue)” is missing"
        case .typeMismatch(let type, let context):
            return context.codingPath.isEmpty
                ? "the file must hold one object ({ … }) of settings"
                : "at \(place(context.codingPath)): \(kind(of: type)) is wanted"
        case .valueNotFound(let type, let context):
            return context.codingPath.isEmpty
                ? "the file must hold one object ({ … }) of settings, not null"
                : "at \(place(context.codingPath)): \(kind(of: type)) is wanted, not null"
        @unknown default:
            return "\(error)"
        }
    }

    /// Where JSON that the decoder would not read goes wrong. `JSONDecoder` says only "not valid
    /// JSON" on Linux, even for a number that parses but is not whole; `JSONSerialization` says
    /// at which byte, which becomes a line and column an editor shows.
    static func syntaxProblem(in data: Data) -> String {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return "the file is empty" }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            // It parses, so the decoder balked at a number (`SettingsScan` names most first).
            return "a number in it is not a whole number, or is too large (days and hours are counted in whole numbers)"
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            if detail.localizedCaseInsensitiveContains("end of file") {
                return "it is not valid JSON: it ends before every { and [ in it is closed, or inside a quote"
            }
            guard let range = detail.range(of: #"character [0-9]+"#, options: .regularExpression),
                  let offset = Int(detail[range].dropFirst("character ".count)), offset <= data.count else {
                return "it is not valid JSON"
            }
            let before = Array(data.prefix(offset))
            let line = before.count(where: { $0 == 0x0A }) + 1
            // Counted in characters, as an editor counts columns, not in bytes ("Ł" is two).
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
            return "it is not valid JSON: look around line \(line), column \(column) for a missing comma, quote or bracket"
        }
    }

    /// "staff → entry 2 → role": keys as the file writes them, entries of a list counted from 1.
    static func place(_ path: [any CodingKey]) -> String {
        path.map { key in key.intValue.map { "entry \($0 + 1)" } ?? key.stringValue }.joined(separator: " → ")
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "text in quotes"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list ([ … ])"
        default: "an object ({ … })"
        }
    }

    private static func listed(_ words: [String]) -> String {
        words.map { "“\($0)”" }.joined(separator: ", ")
    }
}
