import Foundation

/// What a correction changed (R11), field by field, read from the two versions' JSON so it works
/// for every kind of record: "advice was “5mg once a day”". Ids are turned into names by the
/// caller's `name`, times are written in `calendar`'s zone.
struct CorrectionDiff {
    let calendar: Calendar
    /// A person's or partner's name for an id.
    let name: (String) -> String?

    /// Fields that move on by themselves, not by a correction.
    static let ignored: Set<String> = ["audit", "reviewed", "exceptionAcknowledged", "id"]

    /// The fields of `old` that differ in `new`, as "field was value".
    func was(old: String, new: String) -> [String] {
        guard let before = Self.object(old), let after = Self.object(new) else { return [] }
        return Set(before.keys).union(after.keys).subtracting(Self.ignored).sorted().compactMap { key in
            let a = before[key], b = after[key]
            guard !Self.same(a, b) else { return nil }
            return "\(Self.label(key)) was \(describe(a, key: key))"
        }
    }

    private static func object(_ json: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
    }

    private static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return canonical(a) == canonical(b)
        default: return false
        }
    }

    /// A value as sorted JSON, so nested values compare whole.
    private static func canonical(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject([value]),
              let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The field's name as staff say it.
    static func label(_ key: String) -> String {
        switch key {
        case "personID": "person"
        case "partnerID": "partner"
        case "happenedAt": "when"
        case "preferredName": "preferred name"
        case "keyWorker": "key worker"
        case "sharedByUs": "shared by us"
        case "sharingException": "sharing exception"
        case "carePlanAmendment": "care plan change"
        default: key
        }
    }

    private func describe(_ value: Any?, key: String) -> String {
        guard let value, !(value is NSNull) else { return "empty" }
        if key.hasSuffix("ID"), let id = value as? String { return name(id) ?? id }
        if ["happenedAt", "due", "discharged", "raisedAt"].contains(key), let seconds = value as? Double {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = calendar.timeZone
            formatter.dateFormat = "d MMM HH:mm"
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        if let text = value as? String { return "“\(text)”" }
        if let flag = value as? Bool { return flag ? "yes" : "no" }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
            return String(decoding: data, as: UTF8.self)
        }
        return "\(value)"
    }
}
