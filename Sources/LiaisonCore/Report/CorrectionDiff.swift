import Foundation

/// What a correction changed (R11), field by field, read from the two versions' JSON so it works
/// for every kind of record: "advice was “5mg once a day”". Ids are turned into names by the
/// caller's `name`, times are written in `calendar`'s zone.
struct CorrectionDiff {
    let calendar: Calendar
    /// A person's or partner's name for an id.
    let name: (String) -> String?

    /// Fields that move on by themselves, not by a correction.
    static let ignored: Set<String> = ["audit", "reviewed", "correctedAt", "exceptionAcknowledged", "id"]

    /// The fields of `old` that differ in `new`, as "field was value".
    func was(old: String, new: String) -> [String] {
        guard let before = Self.object(old), let after = Self.object(new) else { return [] }
        return changes(from: before, to: after, ignoring: Self.ignored, within: "")
    }

    /// A part changed inside (an exception's reason, a leaving's note) is told by what changed
    /// in it, "how they left: note was empty": the whole part as it was would name its kept
    /// fields too, and "how they left was kind “moved”" reads as if the kind had changed.
    private func changes(from before: [String: Any], to after: [String: Any], ignoring: Set<String>, within: String) -> [String] {
        Set(before.keys).union(after.keys).subtracting(ignoring).sorted().flatMap { key -> [String] in
            let a = before[key], b = after[key]
            guard !Self.same(a, b) else { return [] }
            if let a = a as? [String: Any], let b = b as? [String: Any] {
                return changes(from: a, to: b, ignoring: [], within: within + Self.label(key) + ": ")
            }
            return [within + "\(Self.label(key)) was \(describe(a, key: key))"]
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

    /// The field's name as staff say it; a name not listed is split into words ("decidedBy" is
    /// "decided by").
    static func label(_ key: String) -> String {
        switch key {
        case "personID": "person"
        case "partnerID": "partner"
        case "happenedAt": "when"
        case "sharedByUs": "shared by us"
        case "sharingException": "sharing exception"
        case "carePlanAmendment": "care plan change"
        case "capacity": "capacity assessment"
        case "discharged": "day they left"
        case "leaving": "how they left"
        default: key.reduce(into: "") { words, c in words += c.isUppercase ? " " + c.lowercased() : String(c) }
        }
    }

    /// Keys whose number is a moment, and those whose moment is a day.
    private static let days: Set<String> = ["assessedOn", "sentOn", "starts", "ends", "reviewDue", "recorded", "discharged"]
    private static func isMoment(_ key: String) -> Bool {
        days.contains(key) || key.hasSuffix("At") || ["due", "at"].contains(key)
    }

    private func describe(_ value: Any?, key: String) -> String {
        guard let value, !(value is NSNull) else { return "empty" }
        if key.hasSuffix("ID"), let id = value as? String { return name(id) ?? id }
        if Self.isMoment(key), let seconds = value as? Double {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = calendar.timeZone
            // Always with the year: a correction may be of the year alone ("7 Dec 2016" typed for
            // 2026), which without it would read as no change at all.
            formatter.dateFormat = Self.days.contains(key) ? "d MMM yyyy" : "d MMM yyyy HH:mm"
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        if let text = value as? String { return "“\(text)”" }
        // A leaving taken away whole (a death taken back) says how they had left, not "kind …".
        if key == "leaving", let object = value as? [String: Any], let kind = object["kind"] as? String {
            return "“\(kind)”" + ((object["note"] as? String).map { ", with the note “\($0)”" } ?? "")
        }
        if let flag = value as? Bool { return flag ? "yes" : "no" }
        // A nested part (an exception, an assessment, a delay) in the same words as a field,
        // never as raw JSON: "kind “safeguarding”, reason “…”, decided by “Kasia Nowak”".
        if let object = value as? [String: Any] {
            let parts = object.keys.sorted().compactMap { key -> String? in
                guard let part = object[key], !(part is NSNull) else { return nil }
                return "\(Self.label(key)) \(describe(part, key: key))"
            }
            return parts.isEmpty ? "empty" : parts.joined(separator: ", ")
        }
        if let list = value as? [Any] {
            return list.isEmpty ? "none" : list.map { "(\(describe($0, key: key)))" }.joined(separator: "; ")
        }
        return "\(value)"
    }
}
