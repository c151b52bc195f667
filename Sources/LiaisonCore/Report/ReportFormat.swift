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
        case .text: report.text()
        case .markdown: report.markdown()
        case .csv: report.csv()
        case .json: try report.json()
        }
    }
}
