/// CSV as RFC 4180 writes it, so spreadsheets open it as one table: a field holding a comma, a
/// double quote, CR or LF is quoted with its quotes doubled, and every record ends in CRLF.
/// (The export's CSVTable ends lines with LF alone, which the RFC does not allow.)
enum RFC4180 {
    static func field(_ text: String) -> String {
        // Swift reads "\r\n" as one Character, so scalars are checked, not Characters.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map(record).joined()
    }
}
