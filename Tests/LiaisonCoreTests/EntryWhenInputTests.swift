import Foundation
import Testing
import LiaisonCore

@Suite struct EntryWhenInputTests {
    let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
    /// 2026-11-25 10:00 UTC.
    let now = Date(timeIntervalSince1970: 1_795_600_800)

    func parse(_ text: String) throws -> String {
        let date = try WhenInput.parse(text, field: "when", now: now, calendar: calendar)
        let f = DateFormatter()
        f.calendar = calendar
        f.timeZone = calendar.timeZone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }

    /// Day keys are padded by hand (no `String(format:)`): the same text a formatter writes, from
    /// the first years through five-digit ones, in a zone far from UTC.
    @Test func dayKeysAreYearMonthDayPaddedWithZeros() throws {
        var zoned = calendar
        zoned.timeZone = TimeZone(identifier: "Pacific/Kiritimati")!
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.calendar = zoned
        f.timeZone = zoned.timeZone
        f.dateFormat = "yyyy-MM-dd"
        for year in [1, 9, 10, 99, 100, 999, 1000, 1752, 2026, 9999, 10_000, 12_345] {
            for (month, day) in [(1, 1), (2, 28), (9, 9), (10, 31), (12, 31)] {
                let date = try #require(zoned.date(from: DateComponents(year: year, month: month, day: day, hour: 23, minute: 59)))
                #expect(DateInput.dayKey(date, calendar: zoned) == f.string(from: date), "\(year)-\(month)-\(day)")
            }
        }
        #expect(DateInput.dayKey(now, calendar: calendar) == "2026-11-25")
    }

    @Test func emptyAndNowMeanTheClocksNow() throws {
        #expect(try parse("") == "2026-11-25 10:00")
        #expect(try parse("  now ") == "2026-11-25 10:00")
    }

    @Test func aTimeAloneIsToday() throws {
        #expect(try parse("14:05") == "2026-11-25 14:05")
        #expect(try parse("9:30") == "2026-11-25 09:30")
    }

    @Test func dayWordsWithAndWithoutATime() throws {
        #expect(try parse("yesterday 09:30") == "2026-11-24 09:30")
        #expect(try parse("Yesterday") == "2026-11-24 10:00")
        #expect(try parse("today 16:00") == "2026-11-25 16:00")
        #expect(try parse("tomorrow 15:00") == "2026-11-26 15:00")
    }

    @Test func fullDatesAsDateInputReadsThem() throws {
        #expect(try parse("2026-11-20 16:00") == "2026-11-20 16:00")
        #expect(try parse("2026-11-20") == "2026-11-20 00:00")
    }

    @Test func nonsenseIsRefusedWithExamples() {
        for text in ["25:00", "yesterday 9", "last autumn", "2026-13-01", "14:61", "31/11"] {
            do {
                _ = try parse(text)
                Issue.record("\(text) was accepted")
            } catch let error as FieldError {
                #expect(error.field == "when")
                #expect(error.message.contains(text))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
