/// One input of a `FormModel`: what it is called, the name it is saved under, and its widget.
public struct FormInput: Sendable {
    public enum Kind: Sendable {
        /// One line; the hint is shown faintly while it is empty.
        case text(hint: String?)
        /// Several lines, wrapped, at least `minimumRows` tall.
        case lines(minimumRows: Int)
        case choice([ChoiceField.Option])
        /// A type-ahead choice among `items`; `newLabel` adds an entry that asks to create one.
        case picker([PickerItem], newLabel: String?)
    }

    public let id: String
    public let label: String
    public let kind: Kind

    public init(id: String, label: String, kind: Kind) {
        self.id = id
        self.label = label
        self.kind = kind
    }

    public static func text(_ id: String, _ label: String, hint: String? = nil) -> FormInput {
        FormInput(id: id, label: label, kind: .text(hint: hint))
    }

    public static func lines(_ id: String, _ label: String, minimumRows: Int = 2) -> FormInput {
        FormInput(id: id, label: label, kind: .lines(minimumRows: minimumRows))
    }

    public static func choice(_ id: String, _ label: String, _ options: [(value: String, label: String)]) -> FormInput {
        FormInput(id: id, label: label, kind: .choice(options.map { ChoiceField.Option(value: $0.value, label: $0.label) }))
    }

    public static func picker(_ id: String, _ label: String, _ items: [PickerItem], newLabel: String? = nil) -> FormInput {
        FormInput(id: id, label: label, kind: .picker(items, newLabel: newLabel))
    }

    /// Whether typed letters belong here: everything but a fixed choice.
    var takesText: Bool {
        if case .choice = kind { return false }
        return true
    }
}
