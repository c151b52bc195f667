/// One labelled input of a `Form`, with the message shown under it when its value is refused.
public struct FormField: Equatable, Sendable {
    public var label: String
    public var input: TextField
    public var error: String?

    public init(_ label: String, value: String = "") {
        self.label = label
        self.input = TextField(value)
    }

    public var value: String { input.text }
}

/// Labelled text fields in Tab order, each with its own error line.
///
/// The form does not validate: the caller checks values (the domain knows the rules) and sets
/// `error` on the fields it refuses, and the form shows them where the person is typing.
public struct Form: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable { case editing, submitted, cancelled, ignored }

    public var title: String
    public var fields: [FormField]
    public private(set) var focusedIndex = 0

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    public subscript(label: String) -> FormField? {
        fields.first { $0.label == label }
    }

    /// Tab / Shift-Tab / ↓ / ↑ move between fields, Enter submits, Esc cancels; other keys edit.
    public mutating func handle(_ key: Key) -> Outcome {
        guard !fields.isEmpty else { return key == .escape ? .cancelled : .ignored }
        switch key {
        case .tab, .down: focusedIndex = (focusedIndex + 1) % fields.count
        case .backTab, .up: focusedIndex = (focusedIndex + fields.count - 1) % fields.count
        case .enter: return .submitted
        case .escape: return .cancelled
        default:
            guard fields[focusedIndex].input.handle(key) else { return .ignored }
            fields[focusedIndex].error = nil  // an edit answers the complaint until checked again
        }
        return .editing
    }

    public mutating func focus(_ index: Int) {
        focusedIndex = max(0, min(index, fields.count - 1))
    }

    /// Rows the form needs: a label-and-input row per field, plus a row for each error.
    public var height: Int { fields.reduce(0) { $0 + ($1.error == nil ? 1 : 2) } }

    /// Draws labels in one column and inputs beside them, errors under their field.
    public func draw(in rect: Rect, grid: inout CellGrid, theme: Theme) {
        let labelWidth = min((fields.map(\.label.displayWidth).max() ?? 0) + 1, rect.width / 3)
        var y = rect.y
        for (index, field) in fields.enumerated() where y < rect.maxY {
            let focused = index == focusedIndex
            grid.write(field.label, x: rect.x, y: y, width: labelWidth,
                       style: theme[focused ? .emphasis : .text])
            field.input.draw(x: rect.x + labelWidth + 1, y: y, width: rect.width - labelWidth - 1,
                             grid: &grid, theme: theme, isFocused: focused)
            y += 1
            if let error = field.error, y < rect.maxY {
                grid.write("! " + error, x: rect.x + labelWidth + 1, y: y,
                           width: rect.width - labelWidth - 1, style: theme[.error])
                y += 1
            }
        }
    }
}
