import Foundation

extension StaffDate {
    /// One reading of one text: the rules of `StaffDate`, worked through in order (ISO, shifts
    /// from now, then a day and a time).
    struct Reading {
        let text: String
        let field: String
        let precision: Precision
        let direction: Direction
        let now: Date
        let calendar: Calendar
        let order: DateOrder

        /// The day part of a text: a number of days from today, or a day written out.
        enum Day {
            case relative(days: Int)
            case written(year: Int, month: Int, day: Int)

            /// The day `date` falls on in `calendar`.
            static func written(_ date: Date, _ calendar: Calendar) -> Day {
                .written(year: calendar.component(.year, from: date), month: calendar.component(.month, from: date),
                         day: calendar.component(.day, from: date))
            }
        }

        /// The last minute of a day: what a deadline given as a day alone is due by.
        static let endOfDay = (hour: 23, minute: 59, second: 0)

        func read() throws -> Date {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let lowered = trimmed.lowercased()
            if lowered.isEmpty || lowered == "now" { return now }
            if Self.looksISO(trimmed) {
                if precision == .day, trimmed.contains(":") { throw timeInDayField() }
                guard let date = try DateInput.readISO(trimmed, field: field, calendar: calendar) else { throw refusal() }
                if precision == .deadline, !trimmed.contains(":") { return try at(Self.endOfDay, on: .written(date, calendar)) }
                return date
            }
            let words = Self.words(lowered)
            if let shifted = try shift(words) { return shifted }
            return try dayAndTime(words)
        }

        // MARK: Shifts from now

        /// `+2h`, `+30m`, `in 3 days`, `in a week`, `3 days ago`; nil when the text is not a shift.
        private func shift(_ words: [String]) throws -> Date? {
            var sign = 1
            var rest: [String]
            if words.first == "in", words.count > 1 {
                rest = Array(words.dropFirst())
            } else if words.last == "ago", words.count > 1 {
                rest = Array(words.dropLast())
                sign = -1
            } else if let first = words.first, first.hasPrefix("+") {
                rest = words
                rest[0] = String(first.dropFirst())
                if rest[0].isEmpty { rest.removeFirst() }
            } else {
                return nil
            }
            // "2h" and "2 h" alike; "a week", "an hour".
            var joined = rest.joined()
            var amount = 1
            if rest.count == 2, ["a", "an"].contains(rest[0]) {
                joined = rest[1]
            } else {
                let digits = joined.prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, digits.count <= 5, let value = Int(digits) else { throw refusal() }
                amount = value
                joined = String(joined.dropFirst(digits.count))
            }
            guard let unit = Self.units[joined] else { throw refusal() }
            if precision == .day, unit == .hour || unit == .minute {
                throw FieldError(field, "“\(text)” is a time, and this field takes a day; write it like \(StaffDate.examples(.day, order: order))")
            }
            guard let date = calendar.date(byAdding: unit, value: sign * amount, to: now) else { throw refusal() }
            // "due in 3 days" is due by the end of that day, as "due Fri" is; "+2h" is a moment.
            if precision == .deadline, unit != .hour, unit != .minute { return try at(Self.endOfDay, on: .written(date, calendar)) }
            return date
        }

        // MARK: A day and a time

        private func dayAndTime(_ words: [String]) throws -> Date {
            var dayWords = words
            var time: (hour: Int, minute: Int, second: Int)?
            if let last = words.last, let read = try Self.time(last, text: text, field: field) {
                time = read
                dayWords.removeLast()
            }
            if time != nil, precision == .day { throw timeInDayField() }
            if dayWords.isEmpty {
                guard let time else { throw refusal() }
                return try refusingPassed(try at(time, on: .relative(days: 0)), weekday: nil)
            }
            let day = try self.day(dayWords)
            if let time {
                let date = try at(time, on: day)
                guard dayWords.count == 1, Self.weekdays[dayWords[0]] != nil else { return date }
                return try refusingPassed(date, weekday: dayWords[0])
            }
            // "due Fri": by the end of Friday, not at this time of day or at its first minute.
            if precision == .deadline { return try at(Self.endOfDay, on: day) }
            switch day {
            case .relative(let days):
                // "tomorrow" alone: this time of day, that many days on, as in speech.
                guard let date = calendar.date(byAdding: .day, value: days, to: now) else { throw refusal() }
                return date
            case .written:
                return try at((0, 0, 0), on: day)
            }
        }

        /// The day named by `words` (all of the text but a trailing time).
        private func day(_ words: [String]) throws -> Day {
            switch words.count {
            case 1:
                let word = words[0]
                if let offset = ["yesterday": -1, "today": 0, "tomorrow": 1][word] { return .relative(days: offset) }
                if let weekday = Self.weekdays[word] { return .relative(days: days(to: weekday, direction)) }
                if let written = try numeric(word) { return written }
            case 2 where words[0] == "last" || words[0] == "next":
                if let weekday = Self.weekdays[words[1]] {
                    // Never today: "last Fri" on a Friday is a week ago, "next Fri" a week ahead.
                    var days = days(to: weekday, words[0] == "last" ? .past : .future)
                    if days == 0 { days = words[0] == "last" ? -7 : 7 }
                    return .relative(days: days)
                }
            default:
                break
            }
            // A weekday in front of a written date must agree with it: "Thu 27/11/2026" is a typo.
            if let weekday = Self.weekdays[words[0]], words.count > 1 {
                let rest = Array(words.dropFirst())
                // Without a year, the nearest such date that falls on that weekday: "Thu 1 Jan"
                // written in November 2026 is 1 January 2026, as the preview wrote it.
                let written: Day?
                if let named = try named(rest, weekday: weekday) {
                    written = named
                } else {
                    written = rest.count == 1 ? try numeric(rest[0], weekday: weekday) : nil
                }
                guard let written else { throw refusal() }
                try check(weekday, against: written)
                return written
            }
            if let written = try named(words) { return written }
            throw refusal()
        }

        /// Days from today to the weekday numbered `weekday` (1 is Sunday), today included.
        private func days(to weekday: Int, _ direction: Direction) -> Int {
            let today = calendar.component(.weekday, from: now)
            switch direction {
            case .future: return (weekday - today + 7) % 7
            case .past: return -((today - weekday + 7) % 7)
            }
        }

        /// `27/11`, `27/11/2026`, `27/11/26` (or month first, as the service writes them);
        /// nil when `word` is not numbers between slashes.
        private func numeric(_ word: String, weekday: Int? = nil) throws -> Day? {
            let parts = word.split(separator: word.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3,
                  parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  parts.prefix(2).allSatisfy({ $0.count <= 2 }) else { return nil }
            let numbers = parts.compactMap { Int($0) }
            let (day, month) = order == .dayFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            var year: Int?
            if parts.count == 3 {
                switch parts[2].count {
                case 2: year = nearestYear(endingIn: numbers[2])
                case 4: year = numbers[2]
                default: throw FieldError(field, "“\(text)” has a year I cannot read; write it in full, like \(StaffDate.examples(precision, order: order))")
                }
            }
            return try written(day: day, month: month, year: year, weekday: weekday)
        }

        /// The year nearest now that ends in `twoDigits`, as people mean "31/12/99" (1999, not
        /// 2099) and "1/1/30" (2030); half a century either way goes the field's way.
        private func nearestYear(endingIn twoDigits: Int) -> Int {
            let current = calendar.component(.year, from: now)
            let century = current - current % 100
            return [century - 100, century, century + 100].map { $0 + twoDigits }.min { a, b in
                let (da, db) = (abs(a - current), abs(b - current))
                return da != db ? da < db : (direction == .past ? a < b : a > b)
            }!
        }

        /// `27 Nov`, `27th November 2026`, `Nov 27`; nil when the words are not a day and a
        /// month's name.
        private func named(_ words: [String], weekday: Int? = nil) throws -> Day? {
            guard words.count == 2 || words.count == 3 else { return nil }
            var day: Int?, month: Int?
            if let m = Self.months[words[0]] {
                month = m
                day = Self.dayNumber(words[1])
            } else if let m = Self.months[words[1]] {
                month = m
                day = Self.dayNumber(words[0])
            }
            guard let day, let month else { return nil }
            var year: Int?
            if words.count == 3 {
                guard words[2].count == 4, let y = Int(words[2]) else { return nil }
                year = y
            }
            return try written(day: day, month: month, year: year, weekday: weekday)
        }

        /// A day checked against its month; without a year, the one nearest today, so
        /// `2/1` written on 31 December is two days ahead and `30/12` on 2 January three days back.
        private func written(day: Int, month: Int, year: Int?, weekday: Int? = nil) throws -> Day {
            guard (1...12).contains(month) else {
                throw FieldError(field, "“\(text)” has no month \(month): months run 1 to 12 (\(order == .dayFirst ? "day first, then month" : "month first, then day"))")
            }
            let thisYear = calendar.component(.year, from: now)
            let candidates = year.map { [$0] } ?? [thisYear - 1, thisYear, thisYear + 1]
            let real = candidates.filter { DateInput.isRealDay(year: $0, month: month, day: day) }
            guard !real.isEmpty else {
                let name = Self.monthNames[month - 1]
                let length = (1...31).last { DateInput.isRealDay(year: year ?? thisYear, month: month, day: $0) } ?? 31
                throw FieldError(field, "“\(text)” is not a day: \(name) has \(length) days\(year.map { " in \($0)" } ?? "")")
            }
            let today = calendar.startOfDay(for: now)
            let onTheWeekday = real.filter { year in
                guard let weekday, let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return true }
                return calendar.component(.weekday, from: date) == weekday
            }
            let nearest = (onTheWeekday.isEmpty ? real : onTheWeekday).min { a, b in
                let da = calendar.date(from: DateComponents(year: a, month: month, day: day)) ?? today
                let db = calendar.date(from: DateComponents(year: b, month: month, day: day)) ?? today
                return abs(da.timeIntervalSince(today)) < abs(db.timeIntervalSince(today))
            }!
            return .written(year: nearest, month: month, day: day)
        }

        private func check(_ weekday: Int, against day: Day) throws {
            guard case let .written(y, m, d) = day,
                  let date = calendar.date(from: DateComponents(year: y, month: m, day: d)) else { return }
            let actual = calendar.component(.weekday, from: date)
            guard actual == weekday else {
                throw FieldError(field, "“\(text)” does not agree with itself: \(d) \(Self.monthNames[m - 1]) \(y) is a \(Self.weekdayNames[actual - 1]), not a \(Self.weekdayNames[weekday - 1])")
            }
        }

        /// `time` on `day`, refused where the clocks skip it (the hour lost when summer time starts).
        private func at(_ time: (hour: Int, minute: Int, second: Int), on day: Day) throws -> Date {
            var components: DateComponents
            switch day {
            case .relative(let days):
                guard let shifted = calendar.date(byAdding: .day, value: days, to: calendar.startOfDay(for: now)) else { throw refusal() }
                components = calendar.dateComponents([.year, .month, .day], from: shifted)
            case .written(let y, let m, let d):
                components = DateComponents(year: y, month: m, day: d)
            }
            components.hour = time.hour
            components.minute = time.minute
            components.second = time.second
            guard let date = calendar.date(from: components) else { throw refusal() }
            let back = calendar.dateComponents([.day, .hour, .minute], from: date)
            guard back.day == components.day, back.hour == time.hour, back.minute == time.minute else {
                throw FieldError(field, "“\(text)” is a time the clocks skip that day (they go forward an hour); write the time after the change, like \(String(format: "%02d:%02d", (time.hour + 1) % 24, time.minute))")
            }
            return date
        }

        // MARK: Refusals

        /// A deadline ("due 10:00", "due Tue 10:00") that names no day but today's, read on a
        /// day when that time has passed: most likely meant tomorrow or next week, and read as
        /// today it would be overdue the moment it is saved, without a word. Asked for in words
        /// that cannot be misread; "today 10:00" or a written date is taken as given.
        private func refusingPassed(_ date: Date, weekday: String?) throws -> Date {
            guard precision == .deadline, direction == .future, date < StaffDate.minuteStart(now) else { return date }
            // The hour the clocks go back comes twice: 01:30 typed at the second 01:20 is the
            // second 01:30, still to come, not the first.
            let again = date.addingTimeInterval(3_600)
            if again >= StaffDate.minuteStart(now), calendar.isDate(again, inSameDayAs: date),
               calendar.component(.hour, from: again) == calendar.component(.hour, from: date) {
                return again
            }
            let clock = calendar.dateComponents([.hour, .minute], from: now)
            let it = String(format: "%02d:%02d", clock.hour ?? 0, clock.minute ?? 0)
            let time = String(format: "%02d:%02d", calendar.component(.hour, from: date), calendar.component(.minute, from: date))
            let instead = weekday.map { "next \($0.prefix(1).uppercased() + $0.dropFirst()) \(time) for a week on" } ?? "tomorrow \(time)"
            throw FieldError(field, "“\(text)” is earlier today and has passed (it is \(it) now); write \(instead), or today \(time) if that is when it was due")
        }

        private func refusal() -> FieldError {
            let what = precision == .day ? "date" : "date or time"
            return FieldError(field, "“\(text)” is not a \(what) I can read; write it like \(StaffDate.examples(precision, order: order))")
        }

        private func timeInDayField() -> FieldError {
            FieldError(field, "“\(text)” has a time, and this field takes a day only; write it like \(StaffDate.examples(.day, order: order))")
        }
    }
}
