/// One cell's text as a spreadsheet will take it without acting on it.
///
/// OWASP's advice for CSV injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR
/// is read as a formula by Excel, LibreOffice and Google Sheets, so it gets a leading `'`, which
/// they show as text. Controls and invisible formatting are shown visibly as everywhere else;
/// line breaks stay, inside the quoted cell. The price is that `+44 1632 960000` comes back as
/// `'+44 1632 960000`: JSON is the format that keeps every character as it was.
public enum SpreadsheetCell {
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        let risky = triggers.contains(first)
        let visible = InertText.visible(text, keepingLineBreaks: true)
        return risky ? "'" + visible : visible
    }
}
