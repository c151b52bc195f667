/// libFuzzer harness: cells (separated by 0xFE bytes, rows by 0xFF) written by `RFC4180` and read
/// back by a strict RFC 4180 reader. Traps when a cell does not come back as its neutralised
/// text, when one starts like a formula, or when an active character reaches the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Array(UnsafeRawBufferPointer(start: start, count: count))
    let rows: [[String]] = input.split(separator: 0xFF, omittingEmptySubsequences: false).map { row in
        row.split(separator: 0xFE, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
    let width = rows.map(\.count).max() ?? 0
    guard width > 0 else { return 0 }
    let table = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
    let csv = RFC4180.table(table)
    guard let read = parse(csv) else { preconditionFailure("not RFC 4180: \(csv.debugDescription)") }
    precondition(read == table.map { $0.map(SpreadsheetCell.neutralised) }, "cells changed: \(csv.debugDescription)")
    for cell in read.joined() {
        precondition(!(cell.unicodeScalars.first.map { SpreadsheetCell.triggers.contains($0) } ?? false), "a formula: \(cell)")
        precondition(!cell.unicodeScalars.contains { InertText.isActive($0) && $0 != "\n" && $0 != "\r" }, "active: \(cell.debugDescription)")
    }
    return 0
}

/// RFC 4180, strictly: nil for a bare quote in an unquoted field, text after a closing quote, a
/// record not ended by CRLF, or an unclosed quote.
func parse(_ text: String) -> [[String]]? {
    var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false, wasQuoted = false
    while let c = scalars.popFirst() {
        if quoted {
            if c == "\"" {
                if scalars.first == "\"" { scalars.removeFirst(); field.append("\"") } else { quoted = false }
            } else {
                field.append(c)
            }
            continue
        }
        switch c {
        case "\"":
            guard field.isEmpty, !wasQuoted else { return nil }
            quoted = true
            wasQuoted = true
        case ",":
            row.append(String(field))
            (field, wasQuoted) = (String.UnicodeScalarView(), false)
        case "\r":
            guard scalars.popFirst() == "\n" else { return nil }
            row.append(String(field))
            rows.append(row)
            (row, field, wasQuoted) = ([], String.UnicodeScalarView(), false)
        default:
            guard !wasQuoted, c != "\n" else { return nil }
            field.append(c)
        }
    }
    guard !quoted, row.isEmpty, field.isEmpty else { return nil }
    return rows
}
