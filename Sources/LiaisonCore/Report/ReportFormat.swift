/// The formats `liaison report` writes, named as on the command line.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json

    /// The format named `name` (any case), or a refusal naming the `format` field.
    public static func named(_ name: String) throws -> ReportFormat {
        guard let format = ReportFormat(rawValue: name.lowercased()) else {
            let known = allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError("format", "“\(name)” is not one of: \(known)")
        }
        return format
    }

    public func render(_ report: HandoverReport) throws -> String {
        switch self {
        // The whole document passes through InertText as a last guard; each format has already
        // shown one-line fields' line breaks visibly, which this pass must keep as they are.
        case .text: InertText.visible(report.text(), keepingLineBreaks: true)
        case .markdown: InertText.visible(report.markdown(), keepingLineBreaks: true)
        case .csv: report.csv()
        case .json: try report.json()
        }
    }
}
