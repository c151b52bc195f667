/// The one form engine: labelled inputs in a fixed Tab order, which one has focus, the notes
/// shown beside refused fields, and everything typed as plain values for a draft. It knows
/// nothing of what the form is for: the caller checks the answers and saves them.
///
/// Keys: Tab / Shift-Tab move (Tab on a picker with exactly one match takes it first); Enter in a
/// picker takes the highlighted match and stays, so the footer's "Tab next" goes where it says;
/// ↑ ↓ and Enter move on where the input has no use for them. Letters typed on a choice never
/// change it: they go on to the next input that takes text, so typing ahead is never lost; but a
/// choice with no answer yet stops them (they are dropped, and it says to choose first), since
/// whatever they went on to would be saved under an answer nobody chose.
/// Letters typed straight after Enter took a match go on the same way, when the next input that
/// takes text is empty: Enter moves on in every other input, so "Edi", Enter, "Patel" means Patel
/// is the next answer, not a new search that drops Edith (a record about the wrong person is the
/// worse mistake). Into an input already holding a value (an edit form's, filled from the record)
/// they do not go: there they would run on the end of it, so they search afresh as before.
/// A record created from inside the form (`adopt`) counts as taken by Enter.
public struct FormModel {
    public let inputs: [FormInput]
    public var texts: [String: TextField] = [:]
    public var areas: [String: TextArea] = [:]
    /// The width text areas were last drawn at (`FormView.fieldWidth`), so ↑ ↓ in one move by
    /// the rows the person sees; `nil` (never drawn) moves by typed line.
    public var areaWidth: Int?
    public var choices: [String: ChoiceField] = [:]
    public var pickers: [String: PickerField] = [:]
    /// The records each picker offers; grows when one is created from inside the form.
    public private(set) var items: [String: [PickerItem]] = [:]
    public var focus: String {
        didSet { if focus != oldValue { pickedByEnter = nil } }
    }
    public var errors: [String: String] = [:]
    /// The picker whose record Enter took with the last key, while the focus is still on it.
    private var pickedByEnter: String?
    /// Whether an input shows, given the answers so far. Inputs that come and go should sit
    /// after the ones people fill in every time, so Tab counts never change under them.
    let isShown: (FormModel, String) -> Bool
    let rank: PickerField.Matcher

    /// Said under a field whose paste was longer than it holds.
    public static let pasteCutNote = "The paste was longer than this field holds (20,000 characters); only its start was kept."
    /// Said under a choice when letters were typed on it and no input after it takes text.
    public static let choiceKeysNote = "letters do not change this answer: use ← → or Space"
    /// Said under a choice with no answer yet when letters were typed on it.
    public static let choiceFirstNote = "choose an answer here first, with ← or →; then type"

    public init(rank: @escaping PickerField.Matcher = FormModel.containsAll, inputs: [FormInput],
                isShown: @escaping (FormModel, String) -> Bool = { _, _ in true }) {
        self.inputs = inputs
        self.isShown = isShown
        self.rank = rank
        focus = inputs.first?.id ?? ""
        for input in inputs {
            switch input.kind {
            case .text: texts[input.id] = TextField()
            case .lines: areas[input.id] = TextArea()
            case .choice(let options): choices[input.id] = ChoiceField(options.map { ($0.value, $0.label) })
            case .picker(let offered, _):
                pickers[input.id] = PickerField()
                items[input.id] = offered
            }
        }
    }

    /// A plain matcher: items whose texts contain every typed word, ignoring case.
    public static let containsAll: PickerField.Matcher = { query, items in
        let words = query.lowercased().split(separator: " ")
        return items.filter { item in words.allSatisfy { word in item.searchTexts.contains { $0.lowercased().contains(word) } } }
    }

    public var visible: [FormInput] { inputs.filter { isShown(self, $0.id) } }

    public func input(_ id: String) -> FormInput? { inputs.first { $0.id == id } }

    /// The answer as saved: a picker's chosen id, a choice's value, the text otherwise.
    public subscript(id: String) -> String {
        if let picker = pickers[id] { return picker.chosen?.id ?? "" }
        if let choice = choices[id] { return choice.value }
        if let area = areas[id] { return area.text }
        return texts[id]?.text ?? ""
    }

    /// The picker's matches for what is typed in it now.
    public func matches(_ id: String) -> [PickerItem] { matchList(id).shown }

    /// The picker's matches, and how many more of its items match than it offers.
    public func matchList(_ id: String) -> (shown: [PickerItem], unshown: Int) {
        guard case .picker(_, let newLabel)? = input(id)?.kind, let picker = pickers[id] else { return ([], 0) }
        return picker.matchList(in: items[id] ?? [], newLabel: newLabel, rank: rank)
    }

    /// Everything typed, for a draft: a picker keeps its text as well as its choice.
    public var values: [String: String] {
        var values: [String: String] = [:]
        for input in inputs {
            if let picker = pickers[input.id] { values[input.id + "-query"] = picker.query.text }
            values[input.id] = self[input.id]
        }
        return values.filter { !$0.value.isEmpty }
    }

    /// The form as `values` left it. A picked record no longer offered is dropped, but its
    /// text stays, so it can be picked again.
    public mutating func restore(_ values: [String: String], focus saved: String? = nil) {
        for input in inputs {
            let value = values[input.id] ?? ""
            switch input.kind {
            case .text: texts[input.id]?.setText(value)
            case .lines: areas[input.id] = TextArea(value)
            case .choice: choices[input.id]?.select(value)
            case .picker:
                pickers[input.id] = PickerField(query: values[input.id + "-query"] ?? "", chosen: items[input.id]?.first { $0.id == value })
            }
        }
        if let saved, visible.contains(where: { $0.id == saved }) { focus = saved }
    }

    public enum Outcome: Equatable, Sendable {
        /// A value changed: the draft is written again.
        case edited
        case moved
        /// The picker `id` took a record (Enter, or Tab on its only match).
        case picked(String)
        /// The "new…" entry of picker `id` was taken with this text typed.
        case wantsNew(String, name: String)
        case unused
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .tab:
            let picked = pickOnlyMatch()
            move(by: 1)
            return picked.map(Outcome.picked) ?? .moved
        case .backTab:
            move(by: -1)
            return .moved
        default: break
        }
        let before = focus
        if key == .resize { return .unused }
        let justPicked = pickedByEnter
        pickedByEnter = nil
        if justPicked == focus, key.isText, let next = nextTextInput(), isEmpty(next) {
            focus = next
            return handle(key)
        }
        let outcome = edit(key)
        if outcome != .moved, outcome != .unused, focus == before { errors[focus] = nil }
        if case .paste = key, areas[focus]?.wasCut == true || texts[focus]?.wasCut == true {
            errors[focus] = Self.pasteCutNote
        }
        return outcome
    }

    private mutating func edit(_ key: Key) -> Outcome {
        let id = focus
        if var picker = pickers[id] {
            let result = picker.handle(key, matches: matches(id))
            switch result {
            case .picked(let item) where item.id == PickerField.newItemID:
                return .wantsNew(id, name: picker.query.text)
            case .picked(let item):
                picker.choose(item)
                pickers[id] = picker
                pickedByEnter = id
                return .picked(id)
            case .edited: pickers[id] = picker; return .edited
            case .moved: pickers[id] = picker; return .moved
            case .unused: return moveOnArrows(key)
            }
        }
        if var choice = choices[id] {
            if choice.handle(key) {
                choices[id] = choice
                return .edited
            }
            if case .character = key { return passOn(key) }
            return moveOnArrows(key)
        }
        if var area = areas[id] {
            guard area.handle(key, width: areaWidth) else { return moveOnArrows(key) }
            areas[id] = area
            return .edited
        }
        guard var text = texts[id] else { return .unused }
        let before = text.text
        guard text.handle(key) else { return moveOnArrows(key) }
        texts[id] = text
        return text.text == before ? .moved : .edited
    }

    /// A letter typed on a choice goes to the next input that takes text, which takes the focus;
    /// with none after it, the choice says which keys change it.
    private mutating func passOn(_ key: Key) -> Outcome {
        if choices[focus]?.isAnswered == false {
            errors[focus] = Self.choiceFirstNote
            return .moved
        }
        guard let next = nextTextInput() else {
            errors[focus] = Self.choiceKeysNote
            return .moved
        }
        focus = next
        return handle(key)
    }

    /// Whether input `id` holds nothing yet: letters after Enter go on only into such an input,
    /// never onto the end of a value an edit form filled in, nor over a record a picker holds.
    private func isEmpty(_ id: String) -> Bool {
        if let picker = pickers[id] { return picker.chosen == nil && picker.query.text.isEmpty }
        if let area = areas[id] { return area.text.isEmpty }
        if let choice = choices[id] { return !choice.isAnswered }
        return texts[id]?.text.isEmpty ?? false
    }

    /// The first input after the focused one that takes typed letters, or a choice before it
    /// with no answer yet, where typing ahead stops.
    private func nextTextInput() -> String? {
        let shown = visible
        guard let index = shown.firstIndex(where: { $0.id == focus }) else { return nil }
        return shown[(index + 1)...].first { $0.takesText || choices[$0.id]?.isAnswered == false }?.id
    }

    /// ↑ ↓ and Enter an input does not use move between inputs, as in most forms.
    private mutating func moveOnArrows(_ key: Key) -> Outcome {
        switch key {
        case .down, .enter: move(by: 1)
        case .up: move(by: -1)
        default: return .unused
        }
        return .moved
    }

    /// Takes the focused picker's match when it is the only one: fewer keys mid-call, never a guess.
    private mutating func pickOnlyMatch() -> String? {
        guard pickers[focus] != nil else { return nil }
        let real = matches(focus).filter { $0.id != PickerField.newItemID }
        guard real.count == 1 else { return nil }
        pickers[focus]?.choose(real[0])
        errors[focus] = nil
        return focus
    }

    public mutating func move(by step: Int) {
        let ids = visible.map(\.id)
        guard !ids.isEmpty else { return }
        let index = ids.firstIndex(of: focus) ?? 0
        focus = ids[(index + step + ids.count) % ids.count]
    }

    /// Puts `value` in a text input, e.g. a record's current value once it is picked for editing.
    public mutating func setText(_ id: String, _ value: String) {
        if areas[id] != nil { areas[id] = TextArea(value) } else { texts[id]?.setText(value) }
    }

    /// Puts input `id` back as a new form has it: no text, no record, a choice on its first answer.
    public mutating func clear(_ id: String) {
        guard let input = input(id) else { return }
        switch input.kind {
        case .text: texts[id] = TextField()
        case .lines: areas[id] = TextArea()
        case .choice(let options): choices[id] = ChoiceField(options.map { ($0.value, $0.label) })
        case .picker: pickers[id] = PickerField()
        }
        errors[id] = nil
    }

    /// Takes `item` in picker `id`, or empties the picker for nil: filling a form from a record
    /// that has no such link must not leave the last record's there.
    public mutating func setPick(_ id: String, _ item: PickerItem?) {
        if let item { pickers[id]?.choose(item) } else if pickers[id] != nil { pickers[id] = PickerField() }
    }

    /// Offers `fresh` in each picker it names, in place of what it offered: records another
    /// writer added since the form opened become pickable. A record already chosen stays chosen
    /// (and offered) even when `fresh` leaves it out.
    public mutating func offer(_ fresh: [String: [PickerItem]]) {
        for (id, offered) in fresh where pickers[id] != nil {
            var list = offered
            if let chosen = pickers[id]?.chosen, !list.contains(where: { $0.id == chosen.id }) { list.append(chosen) }
            items[id] = list
        }
    }

    /// Offers `item` in picker `id` from now on and takes it: a record created from inside the form.
    public mutating func adopt(_ item: PickerItem, in id: String) {
        items[id, default: []].append(item)
        pickers[id]?.choose(item)
        errors[id] = nil
        if focus == id { pickedByEnter = id }
    }
}
