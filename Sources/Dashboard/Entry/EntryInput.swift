import TerminalUI

/// One input of a generic entry form (tasks, escalations, people, corrections): what kind of
/// widget it is and what it is called. The contact form has its own model because it does more.
struct EntryInput {
    enum Kind {
        case text(hint: String?)
        case lines
        case choice([(value: String, label: String)])
        case picker([PickerItem])
    }

    let id: String
    let label: String
    let kind: Kind

    static func text(_ id: String, _ label: String, hint: String? = nil) -> EntryInput { EntryInput(id: id, label: label, kind: .text(hint: hint)) }
    static func lines(_ id: String, _ label: String) -> EntryInput { EntryInput(id: id, label: label, kind: .lines) }
    static func choice(_ id: String, _ label: String, _ options: [(value: String, label: String)]) -> EntryInput {
        EntryInput(id: id, label: label, kind: .choice(options))
    }
    static func picker(_ id: String, _ label: String, _ items: [PickerItem]) -> EntryInput { EntryInput(id: id, label: label, kind: .picker(items)) }
}
