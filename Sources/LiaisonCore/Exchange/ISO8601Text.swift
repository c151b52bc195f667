/// A stored date written as `JSONEncoder`'s `.iso8601` strategy writes it (`2026-11-25T10:00:00Z`),
/// without building a `Date`, a `Calendar` or a `String`.
///
/// Foundation turns the seconds since 1970 into a `Date` (seconds since 2001), and its calendar
/// takes the whole second at or before that moment: fractions are dropped towards the past,
/// so -0.5 is 23:59:59 on the last day of 1969. Its Gregorian calendar is Julian before
/// 15 October 1582 and it writes years past 9999 with more digits; dates outside `range` are
/// left to Foundation itself.
enum ISO8601Text {
    /// The whole seconds since 1970 written here: 1582-10-15T00:00:00Z up to the end of 9999.
    static let range = -12_219_292_800 ..< 253_402_300_800

    /// The whole second Foundation formats for `seconds` since 1970, or nil outside `range`.
    static func wholeSecond(_ seconds: Double) -> Int? {
        // As `Date(timeIntervalSince1970:)` stores it, so a fraction rounds as Foundation's does.
        let sinceReference = (seconds - 978_307_200).rounded(.down)
        guard sinceReference.isFinite, abs(sinceReference) < 1e15 else { return nil }
        let whole = Int(sinceReference) + 978_307_200
        return range.contains(whole) ? whole : nil
    }

    /// Appends `seconds` (within `range`) as `yyyy-MM-ddTHH:mm:ssZ`.
    static func write(_ seconds: Int, into out: ByteBuffer) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = civil(days)
        let text = out.claim(20)
        func pair(_ offset: Int, _ value: Int) {
            text[offset] = UInt8(truncatingIfNeeded: 0x30 + value / 10)
            text[offset + 1] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
        }
        pair(0, year / 100)
        pair(2, year % 100)
        pair(5, month)
        pair(8, day)
        pair(11, time / 3600)
        pair(14, time / 60 % 60)
        pair(17, time % 60)
        text[4] = UInt8(ascii: "-")
        text[7] = UInt8(ascii: "-")
        text[10] = UInt8(ascii: "T")
        text[13] = UInt8(ascii: ":")
        text[16] = UInt8(ascii: ":")
        text[19] = UInt8(ascii: "Z")
    }

    /// Year, month and day of a day counted from 1970-01-01 in the proleptic Gregorian calendar
    /// (Howard Hinnant's `civil_from_days`).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
