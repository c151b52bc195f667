import Foundation
import Testing
import LiaisonCore

/// `StaffDate` read with a fixed now, calendar and time zone (Europe/London, where the clocks
/// change): Wednesday 25 November 2026, 10:00, unless a test moves it.
@Suite struct StaffDateTests {
    static let london: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        return calendar
    }()

    /// A London wall-clock moment written `yyyy-MM-dd HH:mm`.
    static func at(_ text: String) -> Date {
        let f = DateFormatter()
        f.calendar = london
        f.timeZone = london.timeZone
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.date(from: text)!
    }

    static func show(_ date: Date) -> String {
        let f = DateFormatter()
        f.calendar = london
        f.timeZone = london.timeZone
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }

    var now = at("2026-11-25 10:00")

    func read(_ text: String, _ precision: StaffDate.Precision = .moment, _ direction: StaffDate.Direction = .future,
              now: Date? = nil, order: DateOrder = .dayFirst) throws -> String {
        Self.show(try StaffDate.parse(text, field: "when", precision: precision, direction: direction,
                                      now: now ?? self.now, calendar: Self.london, order: order))
    }

    func refusal(_ text: String, _ precision: StaffDate.Precision = .moment, now: Date? = nil,
                 order: DateOrder = .dayFirst) -> FieldError? {
        do {
            _ = try StaffDate.parse(text, field: "when", precision: precision, now: now ?? self.now, calendar: Self.london, order: order)
            return nil
        } catch {
            return error as? FieldError
        }
    }

    @Test func nothingAndNowAreNow() throws {
        #expect(try read("") == "2026-11-25 10:00")
        #expect(try read("  NOW ") == "2026-11-25 10:00")
    }

    @Test func aTimeAloneIsToday() throws {
        #expect(try read("14:05") == "2026-11-25 14:05")
        #expect(try read("9:30") == "2026-11-25 09:30")
        #expect(try read("5pm") == "2026-11-25 17:00")
        #expect(try read("5:30pm") == "2026-11-25 17:30")
        #expect(try read("5 PM") == "2026-11-25 17:00")
        #expect(try read("12am") == "2026-11-25 00:00")
        #expect(try read("12pm") == "2026-11-25 12:00")
        #expect(try read("noon") == "2026-11-25 12:00")
        #expect(try read("midday") == "2026-11-25 12:00")
    }

    @Test func dayWordsWithAndWithoutATime() throws {
        #expect(try read("today") == "2026-11-25 10:00")
        #expect(try read("tomorrow 10:00") == "2026-11-26 10:00")
        #expect(try read("Yesterday 09:30") == "2026-11-24 09:30")
        #expect(try read("yesterday") == "2026-11-24 10:00")
        #expect(try read("tomorrow 5pm") == "2026-11-26 17:00")
        #expect(try read("tomorrow noon") == "2026-11-26 12:00")
    }

    /// A due time given as a day alone is due by the end of that day: "today" is not late in a
    /// minute, "27/11" not late from midnight. A time, or a shift in hours, is kept as typed.
    @Test func aDeadlineGivenAsADayIsDueByItsEnd() throws {
        let cases: [(String, String)] = [
            ("today", "2026-11-25 23:59"), ("tomorrow", "2026-11-26 23:59"), ("Fri", "2026-11-27 23:59"),
            ("wed", "2026-11-25 23:59"), ("27/11/2026", "2026-11-27 23:59"), ("27 Nov", "2026-11-27 23:59"),
            ("2026-11-27", "2026-11-27 23:59"), ("in 3 days", "2026-11-28 23:59"), ("in 2 weeks", "2026-12-09 23:59"),
            ("+3d", "2026-11-28 23:59"),
            ("Fri 17:00", "2026-11-27 17:00"), ("tomorrow 9am", "2026-11-26 09:00"), ("15:00", "2026-11-25 15:00"),
            ("+2h", "2026-11-25 12:00"), ("2026-11-27 17:00", "2026-11-27 17:00"), ("", "2026-11-25 10:00"),
            // In summer time too: the end of the day on the clock on the wall.
            ("2027-06-01", "2027-06-01 23:59"),
        ]
        for (text, due) in cases {
            #expect(try read(text, .deadline) == due, "\(text)")
        }
        #expect(StaffDate.preview("Fri", precision: .deadline, now: now, calendar: Self.london) == "→ Fri 27 Nov 23:59")
        #expect(refusal("Fryday", .deadline)?.message.contains("by the end of Friday") == true)
    }

    /// A deadline that names only today's time, or today's weekday, at a time already past, is
    /// asked again in words that cannot be misread: saved as today it would be overdue the
    /// moment it was saved. Written out as today or as a date, it is taken as given.
    @Test func aDeadlineAlreadyPastTodayIsAskedAgain() throws {
        // Wednesday 25 November, 10:00.
        let bare = try #require(refusal("9:30", .deadline))
        #expect(bare.message == "“9:30” is earlier today and has passed (it is 10:00 now); write tomorrow 09:30, or today 09:30 if that is when it was due")
        let weekday = try #require(refusal("Wed 8am", .deadline))
        #expect(weekday.message.contains("write next Wed 08:00 for a week on, or today 08:00"), "\(weekday.message)")
        #expect(refusal("wednesday 09:59", .deadline) != nil)
        #expect(try read("10:00", .deadline) == "2026-11-25 10:00", "this minute has not passed")
        #expect(try read("Wed 10:30", .deadline) == "2026-11-25 10:30")
        #expect(try read("today 9:30", .deadline) == "2026-11-25 09:30", "today, said in words")
        #expect(try read("25/11 9:30", .deadline) == "2026-11-25 09:30", "a date, written out")
        #expect(try read("next Wed 9:30", .deadline) == "2026-12-02 09:30")
        #expect(try read("wed", .deadline) == "2026-11-25 23:59", "a day alone is due by its end")
        #expect(try read("9:30", .moment, .past) == "2026-11-25 09:30", "when something happened, a past time is what it was")
        // Typed, the preview says so of a written-out time already past.
        #expect(StaffDate.preview("today 9:30", precision: .deadline, now: now, calendar: Self.london) == "→ Wed 25 Nov 09:30 — already past: overdue from the start")
        #expect(StaffDate.preview("today 10:00", precision: .deadline, now: now + 30, calendar: Self.london) == "→ Wed 25 Nov 10:00")
    }

    /// The hour the clocks go back comes twice: at the second 01:20, "01:30" is the second
    /// 01:30, still to come, not the first, which has passed.
    @Test func aDeadlineInTheRepeatedHourIsTheOneStillToCome() throws {
        let secondTwentyPast = Date(timeIntervalSince1970: 1_792_891_200)  // 2026-10-25 01:20 GMT, after 01:20 BST
        let due = try StaffDate.parse("01:30", field: "due", precision: .deadline, now: secondTwentyPast, calendar: Self.london)
        #expect(due == secondTwentyPast + 600)
        #expect(refusal("01:10", .deadline, now: secondTwentyPast) != nil, "01:10 has passed in both hours")
    }

    @Test func weekdaysPointTheWayTheFieldSays() throws {
        // Wednesday 25 November.
        #expect(try read("Fri 17:00") == "2026-11-27 17:00")
        #expect(try read("friday") == "2026-11-27 10:00")
        #expect(try read("mon 9am") == "2026-11-30 09:00")
        #expect(try read("TUES") == "2026-12-01 10:00")
        #expect(try read("thurs 14:00") == "2026-11-26 14:00")
        #expect(try read("Fri 17:00", .moment, .past) == "2026-11-20 17:00")
        #expect(try read("mon 09:00", .moment, .past) == "2026-11-23 09:00")
        // Today's own name is today, either way.
        #expect(try read("wed 16:00") == "2026-11-25 16:00")
        #expect(try read("Wednesday 08:00", .moment, .past) == "2026-11-25 08:00")
        // "last" and "next" never mean today.
        #expect(try read("last wed 08:00") == "2026-11-18 08:00")
        #expect(try read("next wed 08:00") == "2026-12-02 08:00")
        #expect(try read("last fri") == "2026-11-20 10:00")
    }

    @Test func onAFridayFriIsToday() throws {
        let friday = Self.at("2026-11-27 16:00")
        #expect(try read("Fri 17:00", now: friday) == "2026-11-27 17:00")
        #expect(try read("Fri 09:00", .moment, .past, now: friday) == "2026-11-27 09:00")
        #expect(try read("next Fri 17:00", now: friday) == "2026-12-04 17:00")
        #expect(try read("last Fri 17:00", now: friday) == "2026-11-20 17:00")
        #expect(try read("Thu 10:00", .moment, .past, now: friday) == "2026-11-26 10:00")
        #expect(try read("Thu 10:00", now: friday) == "2026-12-03 10:00")
        #expect(try read("Sat", .day, now: friday) == "2026-11-28 00:00")
    }

    @Test func datesDayFirst() throws {
        #expect(try read("27/11") == "2026-11-27 00:00")
        #expect(try read("27/11/2026") == "2026-11-27 00:00")
        #expect(try read("27/11/26") == "2026-11-27 00:00")
        // A two-digit year is the one nearest now: "99" is 1999, not 2099; half a century either
        // way goes the field's way.
        #expect(try read("31/12/99 10:00", .moment, .past) == "1999-12-31 10:00")
        #expect(try read("1/1/30", .day) == "2030-01-01 00:00")
        #expect(try read("1/1/76", .day) == "2076-01-01 00:00")
        #expect(try read("1/1/76", .day, .past) == "1976-01-01 00:00")
        #expect(try read("1/1/77", .day, .past) == "1977-01-01 00:00")
        #expect(try read("1/1/05", .day, now: Self.at("2096-06-01 10:00")) == "2105-01-01 00:00", "nearest, in the next century")
        #expect(try read("27/11/2026 17:00") == "2026-11-27 17:00")
        #expect(try read("27-11-2026 5pm") == "2026-11-27 17:00")
        #expect(try read("1/2") == "2027-02-01 00:00")
        #expect(try read("1/6") == "2026-06-01 00:00")
        #expect(try read("29/2/2028") == "2028-02-29 00:00")
    }

    @Test func datesWithMonthNamesReadBackThePreview() throws {
        #expect(try read("27 Nov") == "2026-11-27 00:00")
        #expect(try read("27th November 2026 17:00") == "2026-11-27 17:00")
        #expect(try read("Nov 27") == "2026-11-27 00:00")
        #expect(try read("Fri 27 Nov 17:00") == "2026-11-27 17:00")
        #expect(try read("Fri, 27/11/2026") == "2026-11-27 00:00")
        #expect(try read("sept 3") == "2026-09-03 00:00")
        #expect(try read("3 sept 2026") == "2026-09-03 00:00")
    }

    @Test func aWeekdayThatDisagreesWithItsDateIsRefused() {
        let error = refusal("Thu 27/11/2026")
        #expect(error?.message.contains("Friday") == true)
        #expect(error?.message.contains("Thu 27/11/2026") == true)
    }

    @Test func monthFirstWhereTheServiceSaysSo() throws {
        #expect(try read("11/27", order: .monthFirst) == "2026-11-27 00:00")
        #expect(try read("11/27/2026 5pm", order: .monthFirst) == "2026-11-27 17:00")
        #expect(try read("1/2", order: .monthFirst) == "2027-01-02 00:00")
        let error = refusal("27/11", order: .monthFirst)
        #expect(error?.message.contains("no month 27") == true)
        #expect(error?.message.contains("month first") == true)
        #expect(refusal("nonsense", order: .monthFirst)?.message.contains("11/27/2026") == true)
    }

    @Test func shiftsFromNow() throws {
        #expect(try read("+2h") == "2026-11-25 12:00")
        #expect(try read("+30m") == "2026-11-25 10:30")
        #expect(try read("+ 2 h") == "2026-11-25 12:00")
        #expect(try read("+3d") == "2026-11-28 10:00")
        #expect(try read("in 3 days") == "2026-11-28 10:00")
        #expect(try read("in 2 weeks") == "2026-12-09 10:00")
        #expect(try read("in a week") == "2026-12-02 10:00")
        #expect(try read("in 3 months") == "2027-02-25 10:00")
        #expect(try read("in 90 minutes") == "2026-11-25 11:30")
        #expect(try read("in 2h") == "2026-11-25 12:00")
        #expect(try read("3 days ago") == "2026-11-22 10:00")
        #expect(try read("an hour ago") == "2026-11-25 09:00")
        #expect(try read("in 1 year") == "2027-11-25 10:00")
    }

    @Test func iso() throws {
        #expect(try read("2026-11-27") == "2026-11-27 00:00")
        #expect(try read("2026-11-27 17:00") == "2026-11-27 17:00")
        #expect(try read("2026-11-27T17:00") == "2026-11-27 17:00")
        #expect(try read("2026-11-27T17:00:00Z") == "2026-11-27 17:00")
        #expect(try read("2026-06-01T12:00:00+01:00") == "2026-06-01 12:00")
        #expect(try read("2026-06-01T11:00:00.250Z") == "2026-06-01 12:00")
    }

    @Test func aroundMidnight() throws {
        let late = Self.at("2026-11-25 23:50")
        #expect(try read("+30m", now: late) == "2026-11-26 00:20")
        #expect(try read("tomorrow 00:10", now: late) == "2026-11-26 00:10")
        #expect(try read("00:05", now: late) == "2026-11-25 00:05")
        #expect(try read("today", .day, now: late) == "2026-11-25 00:00")
        let early = Self.at("2026-11-26 00:10")
        #expect(try read("yesterday 23:55", now: early) == "2026-11-25 23:55")
        #expect(try read("Wed 23:55", .moment, .past, now: early) == "2026-11-25 23:55")
        #expect(try read("15m ago", now: early) == "2026-11-25 23:55")
    }

    @Test func atTheYearsEnd() throws {
        let newYearsEve = Self.at("2026-12-31 22:00")
        #expect(try read("2/1", now: newYearsEve) == "2027-01-02 00:00")
        #expect(try read("2/1 09:00", now: newYearsEve) == "2027-01-02 09:00")
        #expect(try read("30/12", now: newYearsEve) == "2026-12-30 00:00")
        #expect(try read("tomorrow 09:00", now: newYearsEve) == "2027-01-01 09:00")
        #expect(try read("+3h", now: newYearsEve) == "2027-01-01 01:00")
        #expect(try read("Fri", .day, now: newYearsEve) == "2027-01-01 00:00")
        let newYear = Self.at("2027-01-02 09:00")
        #expect(try read("30/12", now: newYear) == "2026-12-30 00:00")
        #expect(try read("Thu", .day, .past, now: newYear) == "2026-12-31 00:00")
    }

    @Test func whenTheClocksGoForward() throws {
        // Summer time starts at 01:00 GMT on Sunday 29 March 2026: 01:00 to 01:59 never happens.
        let saturday = Self.at("2026-03-28 12:00")
        #expect(try read("tomorrow 10:00", now: saturday) == "2026-03-29 10:00")
        #expect(try read("tomorrow", now: saturday) == "2026-03-29 12:00")
        #expect(try read("in 1 day", now: saturday) == "2026-03-29 12:00")
        #expect(try read("+24h", now: saturday) == "2026-03-29 13:00")
        #expect(try read("tomorrow", .day, now: saturday) == "2026-03-29 00:00")
        let skipped = refusal("tomorrow 01:30", now: saturday)
        #expect(skipped?.message.contains("clocks") == true)
        #expect(skipped?.message.contains("tomorrow 01:30") == true)
    }

    @Test func whenTheClocksGoBack() throws {
        // Summer time ends at 02:00 BST on Sunday 25 October 2026: 01:00 to 01:59 happens twice.
        let saturday = Self.at("2026-10-24 12:00")
        #expect(try read("tomorrow 12:00", now: saturday) == "2026-10-25 12:00")
        #expect(try read("+24h", now: saturday) == "2026-10-25 11:00")
        let twice = try StaffDate.parse("tomorrow 01:30", field: "when", now: saturday, calendar: Self.london)
        #expect([1_792_888_200, 1_792_891_800].contains(twice.timeIntervalSince1970))
        #expect(Self.show(twice) == "2026-10-25 01:30")
    }

    @Test func dayFieldsTakeDayWordsAndRefuseTimes() throws {
        #expect(try read("tomorrow", .day) == "2026-11-26 00:00")
        #expect(try read("Fri", .day) == "2026-11-27 00:00")
        #expect(try read("27/11", .day) == "2026-11-27 00:00")
        #expect(try read("in 3 months", .day) == "2027-02-25 00:00")
        #expect(try read("2026-11-27", .day) == "2026-11-27 00:00")
        #expect(try read("now", .day) == "2026-11-25 00:00")
        for text in ["tomorrow 10:00", "+2h", "2026-11-27 17:00", "in 30 minutes"] {
            let error = refusal(text, .day)
            #expect(error?.message.contains("takes a day") == true, "\(text)")
            #expect(error?.message.contains("in 3 days") == true, "\(text)")
        }
    }

    @Test func refusalsNameTheTextAndShowExamples() {
        let unreadable = ["soon", "yesterday 9", "in three days", "+2x", "14.05", "27/11/202", "fri fri", "3 days",
                          "next", "last month", "in", "+", "ago", "27/11 17:00 extra", "2026-11-27 noon"]
        for text in unreadable {
            let error = refusal(text)
            #expect(error?.field == "when", "\(text)")
            #expect(error?.message.contains("“\(text)”") == true, "\(text)")
            #expect(error?.message.contains("Fri 17:00") == true, "\(text): \(error?.message ?? "accepted")")
        }
        let impossible: [(String, String)] = [
            ("25:00", "hours run"), ("14:61", "minutes 00 to 59"), ("13pm", "hours run"), ("0am", "hours run"),
            ("31/11/2026", "November has 30 days"), ("29/2/2026", "February has 28 days in 2026"),
            ("32/1", "January has 31 days"), ("27/13", "no month 13"), ("2026-13-01", "no month 13"),
            ("2026-02-30", "28 days"),
        ]
        for (text, reason) in impossible {
            let error = refusal(text)
            #expect(error?.message.contains(text) == true, "\(text)")
            #expect(error?.message.contains(reason) == true, "\(text): \(error?.message ?? "accepted")")
        }
    }

    @Test func theDescriberWritesWhatThePreviewShows() {
        let calendar = Self.london
        #expect(StaffDate.describe(Self.at("2026-11-27 17:00"), now: now, calendar: calendar) == "Fri 27 Nov 17:00")
        #expect(StaffDate.describe(Self.at("2027-01-02 09:05"), now: now, calendar: calendar) == "Sat 2 Jan 2027 09:05")
        #expect(StaffDate.describe(Self.at("2026-11-27 17:00"), precision: .day, now: now, calendar: calendar) == "Fri 27 Nov")
        #expect(StaffDate.preview("Fri 17:00", now: now, calendar: calendar) == "→ Fri 27 Nov 17:00")
        #expect(StaffDate.preview("yesterday 09:30", direction: .past, now: now, calendar: calendar) == "→ Tue 24 Nov 09:30")
        #expect(StaffDate.preview("in 3 months", precision: .day, now: now, calendar: calendar) == "→ Thu 25 Feb 2027")
        #expect(StaffDate.preview("  ", now: now, calendar: calendar) == nil)
        #expect(StaffDate.preview("soon", now: now, calendar: calendar)?.contains("“soon”") == true)
    }

    /// A year typed wrong reads as a plausible date; how far away it is does not. Said for a
    /// date two months or more back, or a year or more ahead; counted in whole days.
    @Test func aDateFarFromTodaySaysHowFar() {
        let calendar = Self.london
        #expect(StaffDate.preview("25/11/2016 10:00", direction: .past, now: now, calendar: calendar) == "→ Fri 25 Nov 2016 10:00, 10 years ago")
        #expect(StaffDate.preview("25/11/2025 10:00", direction: .past, now: now, calendar: calendar) == "→ Tue 25 Nov 2025 10:00, 1 year ago")
        #expect(StaffDate.preview("26/11/2025", precision: .day, direction: .past, now: now, calendar: calendar) == "→ Wed 26 Nov 2025, 11 months ago",
                "in January, last year's date for this year's")
        #expect(StaffDate.preview("25/9/2026", precision: .day, direction: .past, now: now, calendar: calendar) == "→ Fri 25 Sep, 2 months ago")
        #expect(StaffDate.preview("26/9/2026", precision: .day, direction: .past, now: now, calendar: calendar) == "→ Sat 26 Sep",
                "less than two months back is said as the date alone")
        #expect(StaffDate.preview("1/5/2062", precision: .day, now: now, calendar: calendar) == "→ Mon 1 May 2062, in 35 years")
        #expect(StaffDate.preview("in 6 months", precision: .day, now: now, calendar: calendar) == "→ Tue 25 May 2027")
        #expect(StaffDate.distance(of: Self.at("2027-11-25 00:00"), now: now, calendar: calendar) == "in 1 year", "a day a year ahead, whatever the hour")
        // In a field of what has happened, a date to come is said to be refused as it is typed.
        #expect(StaffDate.preview("25/11/2027", precision: .day, direction: .past, now: now, calendar: calendar)
                    == "→ Thu 25 Nov 2027, in 1 year — not yet come, so it cannot be saved")
        #expect(StaffDate.preview("tomorrow", precision: .day, direction: .past, now: now, calendar: calendar)
                    == "→ Thu 26 Nov — not yet come, so it cannot be saved")
        #expect(StaffDate.preview("today", precision: .day, direction: .past, now: now, calendar: calendar) == "→ Wed 25 Nov")
        #expect(StaffDate.preview("10:03", direction: .past, now: now, calendar: calendar) == "→ Wed 25 Nov 10:03", "within the grace a save allows")
        #expect(StaffDate.distance(of: Self.at("2027-11-24 23:59"), now: now, calendar: calendar) == nil, "months ahead are left plain")
    }

    @Test func whatThePreviewWritesReadsBackToTheSameMinute() throws {
        var moment = Self.at("2026-01-01 00:00")
        let end = Self.at("2028-01-01 00:00")
        while moment < end {
            let text = StaffDate.describe(moment, now: now, calendar: Self.london)
            let back = try StaffDate.parse(text, field: "when", now: now, calendar: Self.london)
            #expect(back == moment, "\(text)")
            moment += 3 * 86_400 + 3_660
        }
    }

    /// A year typed wrong by a digit or a century ("0026", "1026", "3026") is refused as typed:
    /// saved, it would sort before or after everything and drop out of every handover. Dates far
    /// off but possible (an old letter filed late, a review set years ahead) are still read.
    @Test func aYearNoRecordCanHaveIsRefused() throws {
        for typed in ["0001-01-01", "25/11/0026", "1026-11-25 10:00", "1899-12-31", "31 Dec 1899", "1899-12-31T23:59:59Z"] {
            let refused = try #require(refusal(typed), "\(typed)")
            #expect(refused.field == "when")
            #expect(refused.message.hasSuffix("nothing recorded here is from before 1900, so check the year"), "\(refused.message)")
        }
        #expect(refusal("0001-01-01")?.message == "“0001-01-01” is in the year 1; nothing recorded here is from before 1900, so check the year")
        #expect(try read("1900-01-01", .day, .past) == "1900-01-01 00:00", "the first day of 1900 is the earliest read")
        #expect(try read("1/1/1900", .day, .past) == "1900-01-01 00:00")
        // A hundred years ahead, to the minute, is the latest.
        #expect(try read("2126-11-25 10:00") == "2126-11-25 10:00")
        for typed in ["2126-11-25 10:01", "25/11/3026", "in 99999 days", "9999-12-31"] {
            let refused = try #require(refusal(typed), "\(typed)")
            #expect(refused.message.hasSuffix("more than 100 years from now; check the year"), "\(refused.message)")
        }
        #expect(refusal("25/11/3026")?.message == "“25/11/3026” is in 3026, more than 100 years from now; check the year")
        // The form says so under the field as it is typed.
        #expect(StaffDate.preview("1/1/0026", precision: .day, direction: .past, now: now, calendar: Self.london)
                    == "“1/1/0026” is in the year 26; nothing recorded here is from before 1900, so check the year")
        // A service on another calendar reads dates in it; the bound is the same moment, said in its years.
        var buddhist = Calendar(identifier: .buddhist)
        buddhist.timeZone = Self.london.timeZone
        #expect(throws: FieldError("when", "“2442-12-31” is in the year 2442; nothing recorded here is from before 2443, so check the year")) {
            try StaffDate.parse("2442-12-31", field: "when", precision: .day, now: now, calendar: buddhist)
        }
        #expect(try StaffDate.parse("2443-01-01", field: "when", precision: .day, now: now, calendar: buddhist) == Self.at("1900-01-01 00:00"))
    }
}
