import TerminalUI

/// The state of a generic entry form: each input's widget, which has focus, the errors shown
/// beside fields. Which inputs show can depend on answers (e.g. the outcome only when closing).
struct EntryFormModel {
    let inputs: [EntryInput]
    var texts: [String: TextField] = [:]
    var lines: [String: MultilineText] = [:]
    var choices: [String: ChoiceField] = [:]
    var pickers: [String: PickerField] = [:]
    var focus: String
    var errors: [String: String] = [:]
    /// Whether an input shows, given the answers so far.
    let isShown: (EntryFormModel, String) -> Bool

    init(inputs: [EntryInput], isShown: @escaping (EntryFormModel, String) -> Bool = { _, _ in true }) {
        self.inputs = inputs
        self.isShown = isShown
        focus = inputs.first?.id ?? ""
        for input in inputs {
            switch input.kind {
            case .text: texts[input.id] = TextField()
            case .lines: lines[input.id] = MultilineText()
            case .choice(let options): choices[input.id] = ChoiceField(options)
            case .picker: pickers[input.id] = PickerField()
            }
        }
    }

    var visible: [EntryInput] { inputs.filter { isShown(self, $0.id) } }

    func input(_ id: String) -> EntryInput? { inputs.first { $0.id == id } }

    /// The answer as saved: a picker's chosen id, a choice's value, the text otherwise.
    subscript(id: String) -> String {
        if let picker = pickers[id] { return picker.chosen?.id ?? "" }
        if let choice = choices[id] { return choice.value }
        if let text = lines[id] { return text.text }
        return texts[id]?.text ?? ""
    }

    func matches(_ id: String) -> [PickerItem] {
        guard case .picker(let items)? = input(id)?.kind, let picker = pickers[id] else { return [] }
        return picker.matches(in: items, newLabel: nil)
    }

    /// Everything typed, for a draft: a picker keeps its text as well as its choice.
    var values: [String: String] {
        var values: [String: String] = [:]
        for input in inputs {
            if let picker = pickers[input.id] { values[input.id + "-query"] = picker.query.text }
            values[input.id] = self[input.id]
        }
        return values.filter { !$0.value.isEmpty }
    }

    mutating func restore(_ values: [String: String]) {
        for input in inputs {
            let value = values[input.id] ?? ""
            switch input.kind {
            case .text: texts[input.id]?.setText(value)
            case .lines: lines[input.id] = MultilineText(value)
            case .choice: choices[input.id]?.select(value)
            case .picker(let items):
                pickers[input.id] = PickerField(query: values[input.id + "-query"] ?? "", chosen: items.first { $0.id == value })
            }
        }
    }

    enum Outcome: Equatable { case edited, moved, picked(String), unused }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .tab: move(by: 1); return .moved
        case .backTab: move(by: -1); return .moved
        default: break
        }
        let outcome = edit(key)
        if outcome != .moved, outcome != .unused { errors[focus] = nil }
        if case .paste = key, lines[focus]?.wasCut == true || texts[focus]?.wasCut == true {
            errors[focus] = FormMessage.pasteCut
        }
        if outcome == .unused {
            switch key {
            case .down, .enter: move(by: 1); return .moved
            case .up: move(by: -1); return .moved
            default: break
            }
        }
        return outcome
    }

    private mutating func edit(_ key: Key) -> Outcome {
        let id = focus
        if var picker = pickers[id] {
            let result = picker.handle(key, matches: matches(id))
            switch result {
            case .picked(let item):
                picker.choose(item)
                pickers[id] = picker
                move(by: 1)
                return .picked(id)
            case .edited: pickers[id] = picker; return .edited
            case .moved: pickers[id] = picker; return .moved
            case .unused: return .unused
            }
        }
        if var choice = choices[id] {
            guard choice.handle(key) else { return .unused }
            choices[id] = choice
            return .edited
        }
        if var text = lines[id] {
            guard text.handle(key) else { return .unused }
            lines[id] = text
            return .edited
        }
        guard var text = texts[id] else { return .unused }
        let before = text.text
        guard text.handle(key) else { return .unused }
        texts[id] = text
        return text.text == before ? .moved : .edited
    }

    mutating func move(by step: Int) {
        let ids = visible.map(\.id)
        guard !ids.isEmpty else { return }
        let index = ids.firstIndex(of: focus) ?? 0
        focus = ids[(index + step + ids.count) % ids.count]
    }

    /// Puts `value` in a text input, e.g. a record's current value once it is picked for editing.
    mutating func setText(_ id: String, _ value: String) {
        if lines[id] != nil { lines[id] = MultilineText(value) } else { texts[id]?.setText(value) }
    }
}
