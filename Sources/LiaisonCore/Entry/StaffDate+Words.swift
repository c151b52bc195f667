import Foundation

/// The words and shapes `StaffDate` knows: English names, fixed rather than taken from the
/// machine's locale, so a server set up in another language reads staff the same way.
extension StaffDate.Reading {
    /// Lower-cased words, commas dropped, `5 pm` joined into `5pm`.
    static func words(_ lowered: String) -> [String] {
        var words: [String] = []
        for word in lowered.replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map(String.init) {
            let meridiem = word.replacingOccurrences(of: ".", with: "")
            if ["am", "pm"].contains(meridiem), let last = words.last, last.first?.isNumber == true, !last.contains("/") {
                words[words.count - 1] = last + meridiem
            } else {
                words.append(word)
            }
        }
        return words
    }

    /// Whether `text` starts as ISO does (`2026-`), so its errors are ISO's.
    static func looksISO(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(5))
        return head.count == 5 && head.prefix(4).allSatisfy { (0x30...0x39).contains($0) } && head[4] == UInt8(ascii: "-")
    }

    /// A time of day, `14:05`, `9:30:15`, `5pm`, `5:30pm`, `noon`; nil when `word` is not
    /// shaped like one. A bare number (`9`) is not a time: it could be a day.
    /// - Throws: when it is shaped like a time that does not exist (`25:00`, `13pm`).
    static func time(_ word: String, text: String, field: String) throws -> (hour: Int, minute: Int, second: Int)? {
        if word == "noon" || word == "midday" { return (12, 0, 0) }
        var body = Substring(word)
        var meridiem: String?
        if body.hasSuffix("am") || body.hasSuffix("pm") {
            meridiem = String(body.suffix(2))
            body = body.dropLast(2)
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 3, meridiem != nil || parts.count > 1,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        var hour = numbers[0]
        let minute = numbers.count > 1 ? numbers[1] : 0
        let second = numbers.count > 2 ? numbers[2] : 0
        let invalid = FieldError(field, "“\(text)” is not a time of day; hours run 00 to 23 (or 1am to 12pm) and minutes 00 to 59")
        guard (0...59).contains(minute), (0...59).contains(second) else { throw invalid }
        if let meridiem {
            guard (1...12).contains(hour) else { throw invalid }
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0)
        } else {
            guard (0...23).contains(hour) else { throw invalid }
        }
        return (hour, minute, second)
    }

    /// `27`, `27th`, `1st`: a day of the month, unchecked.
    static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// Weekday numbers as `Calendar` counts them: Sunday is 1.
    static let weekdays: [String: Int] = {
        var names: [String: Int] = [:]
        for (index, name) in weekdayNames.enumerated() {
            names[name.lowercased()] = index + 1
            names[String(name.lowercased().prefix(3))] = index + 1
        }
        for (name, number) in ["tues": 3, "weds": 4, "thur": 5, "thurs": 5] { names[name] = number }
        return names
    }()

    static let months: [String: Int] = {
        var names: [String: Int] = [:]
        for (index, name) in monthNames.enumerated() {
            names[name.lowercased()] = index + 1
            names[String(name.lowercased().prefix(3))] = index + 1
        }
        names["sept"] = 9
        return names
    }()

    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// Units of a shift, short and long: `+30m` is minutes (`mo` is months).
    static let units: [String: Calendar.Component] = {
        var units: [String: Calendar.Component] = [:]
        let spellings: [(Calendar.Component, [String])] = [
            (.minute, ["m", "min", "mins", "minute", "minutes"]),
            (.hour, ["h", "hr", "hrs", "hour", "hours"]),
            (.day, ["d", "day", "days"]),
            (.weekOfYear, ["w", "wk", "wks", "week", "weeks"]),
            (.month, ["mo", "month", "months"]),
            (.year, ["y", "yr", "yrs", "year", "years"]),
        ]
        for (unit, names) in spellings { for name in names { units[name] = unit } }
        return units
    }()
}
