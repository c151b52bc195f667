/// Taking another writer's answers into a form that is still being typed: the record the form
/// was filled from changed underneath it. Each input is merged on its own, by what the form was
/// filled with (`base`), what it holds now, and what the record says now (`theirs`):
/// - left as filled here: theirs is taken;
/// - changed here only: the typing stays;
/// - changed on both sides to different answers: the typing stays, and the input is returned
///   so the caller can say what the other writer wrote beside it.
extension FormModel {
    /// Merges `theirs` into the form (both as `values` gives them); returns the inputs changed on
    /// both sides, in Tab order. With `base` unknown (`nil`), every input that differs from
    /// theirs is returned, and the typing kept: nothing is taken in unseen.
    public mutating func takeIn(_ theirs: [String: String], since base: [String: String]?) -> [String] {
        let mine = values
        var merged = mine
        var both: [String] = []
        for input in inputs {
            // A picker's typed text travels with its choice.
            let keys = pickers[input.id] == nil ? [input.id] : [input.id, input.id + "-query"]
            let changedHere = base.map { base in keys.contains { mine[$0] != base[$0] } } ?? true
            let changedThere = base.map { base in keys.contains { theirs[$0] != base[$0] } } ?? true
            let differ = keys.contains { mine[$0] != theirs[$0] }
            guard differ else { continue }
            if !changedHere {
                for key in keys { merged[key] = theirs[key] }
            } else if changedThere {
                both.append(input.id)
            }
        }
        let kept = errors
        restore(merged, focus: focus)
        errors = kept
        return both
    }

    /// `id`'s answer in `values` as the form shows it: a choice's label, a picked record's title,
    /// else the text.
    public func shown(_ id: String, in values: [String: String]) -> String {
        let value = values[id] ?? ""
        if let choice = choices[id] { return choice.options.first { $0.value == value }?.label ?? value }
        if pickers[id] != nil { return items[id]?.first { $0.id == value }?.title ?? values[id + "-query"] ?? value }
        return value
    }
}
