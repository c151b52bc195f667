import Foundation
@testable import LiaisonCore
import LiaisonTestSupport
import Testing
@testable import Dashboard

/// The dashboard names days without a formatter (a formatter's first use was a tenth of the first
/// frame); its names and its "same day" must be exactly what `DateFormatter` and `Calendar` say,
/// in every zone, across midnights and clock changes.
@Suite struct CareFormatTests {
    static let zones = ["UTC", "Europe/London", "America/St_Johns", "Pacific/Kiritimati", "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata"]

    static func calendar(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar
    }

    @Test func daysAreNamedAsBritishEnglishNamesThem() {
        for zone in Self.zones {
            let calendar = Self.calendar(zone)
            let format = CareFormat(calendar: calendar)
            let formatter = CareFormat.formatter(CareFormat.dayPattern, calendar)
            // Two years of days (September included), each at its first and last minute and a
            // moment either side of noon, then 1969 to check days before 1970 count the same.
            let starts = [Date(timeIntervalSince1970: 1_767_225_600), Date(timeIntervalSince1970: -40 * 86_400)]
            for start in starts {
                var day = calendar.startOfDay(for: start)
                for _ in 0..<(start.timeIntervalSince1970 > 0 ? 731 : 80) {
                    let next = calendar.date(byAdding: .day, value: 1, to: day)!
                    for moment in [day, day.addingTimeInterval(12 * 3600 - 1), next.addingTimeInterval(-1)] {
                        #expect(format.day(moment, now: moment) == formatter.string(from: moment), "\(zone) \(moment)")
                    }
                    day = next
                }
            }
        }
    }

    /// A pane's date column has room for a weekday or a year, not both. Within half a year of
    /// today the day and month say which date it is; beyond, a year from today shares them, so
    /// the year takes the weekday's place. Checked at the edges, both ways, in every zone.
    @Test func aDateMoreThanHalfAYearAwayShowsItsYearInPlaceOfItsWeekday() {
        for zone in Self.zones {
            let calendar = Self.calendar(zone)
            let format = CareFormat(calendar: calendar)
            let now = Fixture.start  // Wed 25 Nov 2026, 10:00 UTC
            let today = calendar.startOfDay(for: now)
            func day(_ offset: Int) -> Date { calendar.date(byAdding: .day, value: offset, to: today)!.addingTimeInterval(9 * 3600) }
            let nearest = [182, -182].map { format.day(day($0), now: now) }
            let farthest = [183, -183].map { format.day(day($0), now: now) }
            if zone == "UTC" {
                #expect(nearest == ["Wed 26 May", "Wed 27 May"])
                #expect(farthest == ["27 May 2027", "26 May 2026"])
                #expect(format.day(day(365), now: now) == "25 Nov 2027")
                #expect(format.day(day(-3650), now: now) == "27 Nov 2016")
                #expect(format.due(day(365), now: now) == "25 Nov 2027")
                #expect(format.dayAndTime(day(-365), now: now) == "25 Nov 2025 09:00")
                // The wall says an escalation's day without a weekday, and its year by the same rule.
                let wall = WallFormat(calendar: calendar)
                #expect([182, 183, -183].map { wall.date(day($0), now: now) } == ["26 May", "27 May 2027", "26 May 2026"])
            }
            for offset in [-3650, -366, -365, -183, 183, 365, 366] {
                let text = format.day(day(offset), now: now)
                let year = calendar.component(.year, from: day(offset))
                #expect(text.hasSuffix(" " + String(year)), "\(zone) \(offset): \(text)")
                // Never wider than "today 09:30", the Due column's width.
                #expect(text.count <= 11, "\(zone) \(offset): \(text)")
            }
            for offset in [-182, -1, 0, 1, 182] {
                let text = format.day(day(offset), now: now)
                #expect(text == CareFormat.formatter(CareFormat.dayPattern, calendar).string(from: day(offset)), "\(zone) \(offset)")
            }
        }
    }

    /// Another calendar's far dates keep its own months and years too.
    @Test func aFarDateInAnotherCalendarIsLeftToTheFormatter() {
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let far = Fixture.start + 400 * 86_400
        #expect(CareFormat(calendar: calendar).day(far, now: Fixture.start) == CareFormat.formatter("d MMM y", calendar).string(from: far))
    }

    /// `oneLine` finds the lines by scalars; it must give exactly the lines
    /// `split(whereSeparator: \.isNewline)` gives, joined, whatever surrounds the line breaks.
    @Test func aTextsLinesAreJoinedOnOneLine() {
        func expected(_ text: String) -> String { text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ") }
        let pieces = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\r", " ", "e\u{301}", "\u{301}",
                      "Fluids", "🧑‍⚕️", "🇬🇧", "\t", "\u{200D}", "a", "東京", "\u{FE0F}"]
        var texts = ["", "Fluids every hour", "\n", "\r\n\r\n", "\n\nCall back Fri\nif no better", "GP rang\r\nabout the cough",
                     "Fluids\u{2028}chart", "\u{85}NEL first", "Ends with a break\n"]
        var random = SeededRandom(seed: 23)  // the same texts on every run
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            #expect(CareFormat.oneLine(text) == expected(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(CareFormat.oneLine(nil) == "")
        #expect(CareFormat.oneLine("Paracetamol 500mg\n2 tablets up to 4 times a day\n\n1 if under 50kg")
            == "Paracetamol 500mg ⏎ 2 tablets up to 4 times a day ⏎ 1 if under 50kg")
    }

    @Test func sameDayIsTheCalendarsSameDay() {
        var random = SeededRandom(seed: 11)
        for zone in Self.zones {
            let calendar = Self.calendar(zone)
            let format = CareFormat(calendar: calendar)
            for _ in 0..<3000 {
                let a = Date(timeIntervalSince1970: Double(Int.random(in: 1_700_000_000...1_900_000_000, using: &random)))
                // Mostly near each other, where the answer is in doubt.
                let b = a.addingTimeInterval(Double(Int.random(in: -100_000...100_000, using: &random)))
                #expect(format.isSameDay(a, b) == calendar.isDate(a, inSameDayAs: b), "\(zone) \(a) \(b)")
            }
        }
    }

    /// Another calendar keeps its own month names, through a formatter.
    @Test func aCalendarOtherThanTheGregorianIsLeftToTheFormatter() {
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let moment = Date(timeIntervalSince1970: 1_795_514_400)
        #expect(CareFormat(calendar: calendar).day(moment, now: moment) == CareFormat.formatter(CareFormat.dayPattern, calendar).string(from: moment))
    }

    @Test func timesFollowTheZoneThroughAClockChange() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/London"))
        let format = CareFormat(calendar: calendar)
        // 25 October 2026: at 01:00 UTC the clocks go back from 02:00 BST to 01:00 GMT.
        #expect(format.time(Date(timeIntervalSince1970: 1_792_882_800)) == "00:00")  // 23:00 UTC the day before
        #expect(format.time(Date(timeIntervalSince1970: 1_792_886_400)) == "01:00")  // 00:00 UTC, still BST
        #expect(format.time(Date(timeIntervalSince1970: 1_792_890_000)) == "01:00")  // 01:00 UTC, now GMT
        #expect(format.time(Date(timeIntervalSince1970: 1_792_933_500)) == "13:05")
        #expect(format.day(Date(timeIntervalSince1970: 1_792_933_500), now: Date(timeIntervalSince1970: 1_792_933_500)) == "Sun 25 Oct")
        #expect(format.time(Date(timeIntervalSince1970: -60)) == "00:59")  // before 1970, in BST's 1969 trial
    }
}

/// A basis past its review is named in the forms' words for a day, not as a stored key.
@Suite struct BasisTextTests {
    @Test func anOverdueReviewIsDatedAsTheDashboardDatesDays() {
        let calendar = CareFormatTests.calendar("UTC")
        let basis = SharingBasis(kind: .consent, recorded: Fixture.start - 400 * 86_400, reviewDue: Fixture.start - 24 * 86_400)
        let line = BasisText.describe(basis, now: Fixture.start, calendar: calendar)
        #expect(line.text == "Sharing: they consented (review overdue since Sun 1 Nov)")
        #expect(line.isWarning)
        let lastYear = SharingBasis(kind: .consent, reviewDue: Fixture.start - 365 * 86_400)
        #expect(BasisText.describe(lastYear, now: Fixture.start, calendar: calendar).text.hasSuffix("since Tue 25 Nov 2025)"))
    }
}
