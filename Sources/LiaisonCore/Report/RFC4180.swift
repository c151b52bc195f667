/// CSV as RFC 4180 writes it, so spreadsheets open it as one table: a field holding a comma, a
/// double quote, CR or LF is quoted with its quotes doubled, and every record ends in CRLF.
///
/// Every field is also made safe for a spreadsheet (`SpreadsheetCell`): a name typed as
/// `=HYPERLINK(…)` must arrive as text, not as a formula that runs when the file is opened.
enum RFC4180 {
    static func field(_ text: String) -> String {
        let text = SpreadsheetCell.neutralised(text)
        // Swift reads "\r\n" as one Character, so scalars are checked, not Characters.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingScalars { $0 == "\"" ? "\"\"" : nil } + "\""
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map(record).joined()
    }
}
