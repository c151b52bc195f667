/// CSV as RFC 4180 writes it, so spreadsheets open it as one table: a field holding a comma, a
/// double quote, CR or LF is quoted with its quotes doubled, and every record ends in CRLF.
///
/// Every field is also made safe for a spreadsheet (`SpreadsheetCell`): a name typed as
/// `=HYPERLINK(…)` must arrive as text, not as a formula that runs when the file is opened.
enum RFC4180 {
    static func field(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func record(_ fields: [String]) -> String {
        // One buffer for the whole line: an export writes millions of them.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field, to: &bytes)
        }
        bytes += [0x0D, 0x0A]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One field's bytes, quoted when it must be. The four characters that call for quoting are
    /// ASCII, and no byte of a longer UTF-8 sequence is ASCII, so looking at bytes finds exactly
    /// the scalars (Swift reads "\r\n" as one Character, so Characters would not do).
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        let text = SpreadsheetCell.neutralised(text)
        let quoted = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard quoted else {
            bytes += text.utf8
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map(record).joined()
    }
}
