import Foundation

/// libFuzzer harness: any text through `DateInput.parse`. Traps when a date is taken that does
/// not exist (rolled over into another day) or a refusal is not a `FieldError` naming the field.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    do {
        let date = try DateInput.parse(text, field: "when", calendar: calendar)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.utf8.count >= 10, trimmed.utf8.prefix(10).allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) {
            let day = String(decoding: trimmed.utf8.prefix(10), as: UTF8.self)
            if DateInput.isDayKey(day) {
                precondition(DateInput.dayKey(date, calendar: calendar) == day, "\(text.debugDescription) rolled over")
            }
        }
    } catch let error as FieldError {
        precondition(error.field == "when")
    } catch {
        preconditionFailure("not a FieldError")
    }
    return 0
}
