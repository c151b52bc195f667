import Foundation
import LiaisonCore
import TerminalUI

/// Every entry form over the dashboard (contacts, tasks, escalations, people, partners,
/// confirmations, corrections, leaving, agreements) on the one form engine, with the same
/// promises: a draft after every change, Esc asks before throwing typing away, a refused or
/// failed save keeps the form open with the reason beside the field, and a time is read back
/// as it is typed.
class EntryFormScreen: Screen {
    /// Which form this is; names it in its draft, so the right form reopens it.
    let kind: EntryForm
    let title: String
    var model: FormModel
    let drafts: DraftStore?
    let store: Store
    /// Saves the answers; a `FieldError` names the input to complain beside.
    let save: (FormModel) throws -> Void
    /// Every refusal the save would meet in the form's inputs, by input, so they are marked at
    /// once rather than one save at a time; nil where the store's refusal is the only check.
    let check: ((FormModel) -> [String: String])?
    /// Called after a picker takes a record, e.g. to fill the inputs with its current values.
    let onPick: ((inout FormModel, String) -> Void)?
    /// Called after the text of an input changed, with its id: e.g. to take back an answer that
    /// was given about what the input said before.
    let onEdit: ((inout FormModel, String) -> Void)?
    /// A line under one input, by the input's id: under a picker, what stands for the record it
    /// holds (a person's sharing basis, where advice stands). Keyed by input so that a line
    /// about the picked record is shown once, under the picker, and not under every field.
    let notes: [String: (FormModel) -> String?]
    /// The inputs that hold a time or a day, read back under them as they are typed.
    let times: [String: EntryTime]
    /// What the draft keeps beside the inputs: which version of a record the form was filled from.
    let parts: [any DraftPart]
    var confirmDiscard: Overlay?
    /// What went wrong with the last save or draft write, shown above the footer.
    var message: String?
    var scrollTop = 0
    private(set) var isSaved = false
    /// The answers as the record picker's fill left them: what the worker has changed since is
    /// told apart from what a colleague changed, when the save finds the record moved on. Kept
    /// in the draft; nil before a record is picked, and in a form reopened from an older draft.
    private var filledBase: [String: String]?
    /// The draft keeps `filledBase` under names no input takes; a draft from before it was kept
    /// has no marker, and its form no base.
    private static let baseMarker = "filled:base", basePrefix = "filled:base:"

    private static func filledBase(in draft: EntryDraft) -> [String: String]? {
        guard draft.values[baseMarker] != nil else { return nil }
        return Dictionary(uniqueKeysWithValues: draft.values.compactMap { key, value in
            key.hasPrefix(basePrefix) ? (String(key.dropFirst(basePrefix.count)), value) : nil
        })
    }

    /// Why this form keeps no draft, when a kept one of its kind could not be read or moved
    /// aside: writing this form's draft would overwrite it.
    var draftBlocked: String?

    /// Whether a colleague's save meanwhile is merged into the form (`takeInChange`). A form
    /// whose fill reshapes it by the record's state (the leaving form: who has left is offered
    /// coming back, with other answers) cannot be merged answer by answer: it says to open the
    /// record again instead.
    var mergesChange = true

    /// Left with k at the discard question: its draft waits for its key.
    private(set) var isSetAside = false
    /// The answers of the untouched form: an unchanged form closes on Esc without asking.
    private(set) var blank: [String: String]
    var footer: [(key: String, label: String)] = [("Tab", "next"), ("Enter", "pick"), ("Ctrl-S", "save"), ("Esc", "cancel")]

    init(title: String, kind: EntryForm, model: FormModel, drafts: DraftStore?, store: Store, restoring draft: EntryDraft? = nil,
         times: [String: EntryTime] = [:], onPick: ((inout FormModel, String) -> Void)? = nil,
         onEdit: ((inout FormModel, String) -> Void)? = nil,
         notes: [String: (FormModel) -> String?] = [:], keeping parts: [any DraftPart] = [],
         check: ((FormModel) -> [String: String])? = nil, save: @escaping (FormModel) throws -> Void) {
        self.title = title
        self.kind = kind
        self.model = model
        self.drafts = drafts
        self.store = store
        self.save = save
        self.check = check
        self.onPick = onPick
        self.onEdit = onEdit
        self.notes = notes
        self.times = times
        self.parts = parts
        blank = model.values
        if let draft {
            self.model.restore(draft.values, focus: draft.focus)
            for part in parts { part.restore(from: draft.values) }
            filledBase = Self.filledBase(in: draft)
            // A draft's times read as they did when it was last changed: reopened after
            // midnight, "23:59" is still the night it was typed on.
            for id in times.keys { noteTyped(id, at: draft.updatedAt) }
            pinEmptyTimes(of: draft)
        }
    }

    /// A time of something that happened, left empty for "now", meant the moment it was typed:
    /// reopened from a draft hours later, empty would save the call as made on reopening. It
    /// is written out as the draft's last change, and the form says so, to be put right if the
    /// call was earlier still.
    private func pinEmptyTimes(of draft: EntryDraft) {
        var pinned: [String] = []
        for input in model.visible where model[input.id].isEmpty {
            guard let time = times[input.id], time.emptyIsNow, case .text = input.kind else { continue }
            let text = time.pinned(draft.updatedAt, calendar: store.calendar)
            model.setText(input.id, text)
            noteTyped(input.id, at: draft.updatedAt)
            pinned.append("“\(input.label)” as \(time.readAs(text, store: store))")
        }
        if !pinned.isEmpty {
            message = "Reopened from a draft: \(pinned.spokenList), when it was last typed; change it if it was earlier"
        }
    }

    var minimumSize: Size { Size(width: 60, height: 16) }

    /// Starts on `recordID` in picker `pickerID`, as if it had been picked, when the picker
    /// offers it: the record highlighted on the dashboard. The focus stays on the picker, so Tab
    /// goes on with that record and typing a name starts a new search, as it always did. The
    /// form still counts as untouched: Esc closes it without asking.
    ///
    /// `missing` makes the picker's row for a record its list does not hold (a contact older
    /// than the days the store holds at hand), which the picker then offers from then on.
    func start(on recordID: String, picker pickerID: String, missing: (String) -> PickerItem? = { _ in nil }) {
        if model.items[pickerID]?.contains(where: { $0.id == recordID }) != true, let item = missing(recordID) {
            model.adopt(item, in: pickerID)
        }
        guard let item = model.items[pickerID]?.first(where: { $0.id == recordID }) else { return }
        model.pickers[pickerID]?.choose(item)
        onPick?(&model, pickerID)
        blank = model.values
        if pickerID == kind.recordPicker { filledBase = blank }
    }

    /// Takes the pickers' lists from `fresh`, the same form built again from the store as it is
    /// now: a person or partner a colleague added while this form was open is found by typing,
    /// not added a second time through "New…".
    func offerItems(of fresh: EntryFormScreen) {
        model.offer(fresh.model.items)
    }

    /// Whether `pickerID` has `recordID` chosen: a draft carried on may be about another record.
    func isOn(_ recordID: String, picker pickerID: String) -> Bool {
        model.pickers[pickerID]?.chosen?.id == recordID
    }

    /// Asked on Esc when something was typed.
    var discardQuestion: String { "Discard this form?" }

    /// Whether anything was typed.
    var isChanged: Bool { model.values != blank }

    func handle(_ key: Key) -> ScreenResponse {
        if let question = confirmDiscard {
            // k sets the form aside: its draft stays, and its key opens it again where it was left.
            // Only once the draft is written: "kept" over typing that was not would lose it.
            if key == .character("k"), drafts != nil, draftBlocked == nil {
                if keepDraft() {
                    isSetAside = true
                    return .quit
                }
                confirmDiscard = nil
                message = "Not kept for later: " + (message ?? "the draft could not be written") + " Save it now, or Esc and y to discard it."
                return .handled
            }
            switch question.handle(key) {
            case .confirmed: drafts?.discard(kind.rawValue); return .quit
            case .declined, .closed: confirmDiscard = nil
            case .stillOpen: break
            }
            return .handled
        }
        switch key {
        case .control("s"):
            trySave()
            return isSaved ? .quit : .handled
        case .escape:
            guard isChanged else { drafts?.discard(kind.rawValue); return .quit }
            // Kept drafts are the way back to a form set aside; with none kept, there is no way back.
            let keeps = drafts != nil && draftBlocked == nil
            let keep = keeps ? ["Press k to keep it for later: \(kind.keyName) opens it again as it is."] : []
            confirmDiscard = Overlay(title: discardQuestion, lines: ["Everything typed here will be lost."] + keep + ["Press n to go back to it."], kind: .confirm)
            if keeps { confirmDiscard?.otherAnswers = [("k", "keep for later")] }
        default:
            let before = onEdit == nil ? nil : model.values
            let outcome = model.handle(key)
            handled(outcome, before: before)
        }
        return .handled
    }

    /// What follows a key the form took: a picked record fills in, the draft is written again.
    func handled(_ outcome: FormModel.Outcome, before: [String: String]? = nil) {
        if case .picked(let id) = outcome {
            onPick?(&model, id)
            if id == kind.recordPicker { filledBase = model.values }
        }
        if let onEdit, let before {
            // Letters typed on one input can land in the next, so every input that changed is named.
            let after = model.values
            for input in model.inputs where before[input.id] != after[input.id] { onEdit(&model, input.id) }
        }
        guard outcome != .unused else { return }
        // A cut paste is said above the footer too: a tall field may hide its own note.
        message = model.errors[model.focus] == FormModel.pasteCutNote ? FormMessage.pasteCut : nil
        keepDraft()
    }

    /// Everything a draft keeps; a form with more than its inputs (queued follow-ups) adds it.
    func draftValues() -> [String: String] { model.values }

    /// Writes the form as it is now; a failure is shown but never stops the typing.
    @discardableResult
    func keepDraft() -> Bool {
        guard let drafts else { return false }
        if let draftBlocked {
            message = draftBlocked
            return false
        }
        // Moving about an untouched form is not worth offering back at the next start.
        guard isChanged else {
            drafts.discard(kind.rawValue)
            return true
        }
        do {
            var values = draftValues()
            for part in parts { values.merge(part.draftValues) { typed, _ in typed } }
            if let filledBase {
                values[Self.baseMarker] = "kept"
                for (id, value) in filledBase { values[Self.basePrefix + id] = value }
            }
            let draft = EntryDraft(form: kind.rawValue, values: values, focus: model.focus, updatedAt: store.clock.now)
            try drafts.save(draft)
            try drafts.saveNotice(DraftNotice(staff: store.staff, form: kind.rawValue, updatedAt: draft.updatedAt, about: aboutInitials()))
            return true
        } catch {
            message = "Your typing could not be kept as a draft: \(ErrorWords.describe(error)). Save soon."
            return false
        }
    }

    /// Whom the form is about, by initials, for the line naming unsaved forms: the person
    /// picked, else the person of the contact, task or escalation picked.
    private func aboutInitials() -> String? {
        let personID = model["person"].nilIfEmpty
            ?? model["contact"].nilIfEmpty.flatMap { try? store.contact(id: $0) }?.personID
            ?? model["task"].nilIfEmpty.flatMap { try? store.task(id: $0) }?.personID
            ?? model["escalation"].nilIfEmpty.flatMap { try? store.escalation(id: $0) }?.personID
        return personID.flatMap(store.person(id:))?.initials
    }

    /// Refusals found before the store is asked, all at once, by input: text typed in a picker
    /// that picked nothing, and the form's own `check` where it has one.
    func problems() -> [String: String] {
        var found = unpickedText()
        for (id, message) in check?(model) ?? [:] where found[id] == nil { found[id] = message }
        return found
    }

    /// Pickers holding typed text but no record. An optional one ("For", "With") would save as
    /// empty, and a task meant for "Edithh Brown" would be for no one, with the text still on
    /// screen; a required one is refused anyway, so it is refused here in the same words.
    func unpickedText() -> [String: String] {
        var found: [String: String] = [:]
        for input in model.visible {
            guard let picker = model.pickers[input.id], picker.chosen == nil else { continue }
            let typed = picker.query.text.trimmingCharacters(in: .whitespaces)
            guard !typed.isEmpty else { continue }
            found[input.id] = "nothing is chosen for \"\(typed)\": pick from the list with Enter, or empty it to leave it out"
        }
        return found
    }

    func trySave() {
        pinTimesWhoseDayTurned()
        let found = problems()
        guard found.isEmpty else {
            model.errors = found
            model.focus = model.visible.first { found[$0.id] != nil }?.id ?? model.focus
            message = "Not saved yet: see the notes marked !"
            return
        }
        do {
            // A form on screen must not freeze on a held store: a short wait, then it says so.
            try store.waitingAtMost(Store.formSaveWait) { try save(model) }
            drafts?.discard(kind.rawValue)
            markSaved()
        } catch let error as FieldError where error.field == "version" {
            takeInChange(error)
        } catch let error as FieldError {
            show(error)
        } catch {
            message = FormMessage.notSaved(error)
        }
    }

    func markSaved() { isSaved = true }

    /// A colleague saved the record this form was filled from while it was open, and the store
    /// refused to write over their change (R11). Saying "look again" would loop: the form would
    /// refuse every save until it was left, losing the typing. Instead their change is taken in
    /// where the worker left an answer as filled; where both changed an answer, the worker's
    /// stays and the note beside it says what the colleague wrote. The form now holds the
    /// version as stored, so the next Ctrl-S saves, over nothing the worker has not been shown.
    func takeInChange(_ error: FieldError) {
        // The store's words start "Kim Night changed…" or, from a server, "a colleague changed…".
        let said = error.message.components(separatedBy: "; look again").first ?? error.message
        let who = said.prefix(1).uppercased() + said.dropFirst()
        guard mergesChange else {
            message = "\(who): it may now read otherwise (they may have left or come back). Esc, then y, and press \(kind.keyName) "
                + "again to see it as it is now; nothing here is saved until then."
            return
        }
        guard let picker = kind.recordPicker, let onPick, !model[picker].isEmpty else { return show(error) }
        // The fill reads the record as stored now (the colleague's save read in first), and
        // holds that version for the next save.
        _ = try? store.refreshIfChanged()
        var fresh = model
        onPick(&fresh, picker)
        let theirs = fresh.values
        let both = model.takeIn(theirs, since: filledBase)
        filledBase = theirs
        // Notes of an earlier merge go: this one says what stands now.
        model.errors = [:]
        for id in both {
            let words = model.shown(id, in: theirs)
            let quoted = words.isEmpty ? "it empty" : "“\(words.count > 60 ? String(words.prefix(59)) + "…" : words)”"
            model.errors[id] = "saved as \(quoted) meanwhile; yours is kept: change it if theirs is right"
        }
        if let first = model.visible.first(where: { both.contains($0.id) }) { model.focus = first.id }
        // An answer the form does not show now (behind another answer) is named, not marked unseen.
        let hidden = model.inputs.filter { input in both.contains(input.id) && !model.visible.contains { $0.id == input.id } }
        let unseen = hidden.isEmpty ? "" : " Also changed on both sides, not shown now: \(hidden.map(\.label).spokenList); yours is kept."
        message = both.isEmpty
            ? "\(who): their change is in the form now. Check it, then Ctrl-S saves yours with it."
            : hidden.count == both.count
            ? "\(who): their change is in the form now.\(unseen) Check, then Ctrl-S."
            : "\(who): their change is in the form now, and where you both changed an answer yours is kept (marked !).\(unseen) Check, then Ctrl-S."
        keepDraft()
    }

    /// What the dashboard's footer says once this form has saved: the record's own words where
    /// the form has them (a task's title, a summary, a name), else the form's title.
    var savedWords: String {
        ["title", "summary", "name"].lazy.compactMap { self.model[$0].nilIfEmpty }.first ?? title
    }

    /// A refusal beside its input when the input shows, above the footer otherwise.
    func show(_ error: FieldError) {
        let field = Self.inputID(forErrorField: error.field)
        if model.visible.contains(where: { $0.id == field }) {
            model.errors[field] = error.message
            model.focus = field
            message = "Not saved yet: see the note marked !"
        } else {
            message = "Not saved: \(error.message)"
        }
    }

    /// Where a LiaisonCore refusal belongs when the form names the input differently.
    class func inputID(forErrorField field: String) -> String { field }

    // MARK: Drawing

    func draw(into grid: inout CellGrid, theme: Theme) {
        // The day turning while the form is open changes no time the worker typed.
        pinTimesWhoseDayTurned()
        let area = grid.bounds
        grid.fill(area, style: theme[.text])
        grid.write(" " + title, x: 0, y: 0, width: area.width, style: theme[.titleFocused])
        // A long message takes rows from the fields rather than being cut short.
        let notice = FormMessage.lines(message, width: area.width - 2)
        let body = Rect(x: 1, y: 2, width: area.width - 2, height: max(1, area.height - 3 - max(1, notice.count)))
        model.areaWidth = FormView.fieldWidth(model, areaWidth: body.width)
        view().draw(model, in: body, scrollTop: &scrollTop, grid: &grid, theme: theme)
        for (row, line) in notice.enumerated() {
            grid.write(line, x: 1, y: area.maxY - 1 - notice.count + row, width: area.width - 2, style: theme[.error])
        }
        FooterBar(footer).draw(in: Rect(x: 0, y: area.maxY - 1, width: area.width, height: 1), grid: &grid, theme: theme)
        drawOver(in: area, grid: &grid, theme: theme)
        confirmDiscard?.draw(in: area, grid: &grid, theme: theme)
    }

    /// Anything shown over the form (a panel for a new record).
    func drawOver(in area: Rect, grid: inout CellGrid, theme: Theme) {}

    /// The engine's drawing, with this form's words.
    func view() -> FormView {
        var view = FormView()
        view.label = { [unowned self] input in label(for: input) }
        view.hint = { [unowned self] input in hint(for: input) }
        view.below = { [unowned self] input in below(input) }
        return view
    }

    func label(for input: FormInput) -> String { input.label }

    func hint(for input: FormInput) -> String? {
        if case .text(let hint) = input.kind { return hint }
        return nil
    }

    /// What each time input read as when its text was typed, when, and the text: the form reads
    /// the text again later (each redraw, the save), and must not save a date nobody read.
    private var typedTimes: [String: (text: String, date: Date, at: Date)] = [:]

    /// Writes out whole each time whose text now reads as another day than it did when typed
    /// ("23:59" typed at 23:59:40 reads as tomorrow night a minute later; "Fri" typed on a
    /// Thursday reads as next week's on Friday): the field keeps the date it read as then,
    /// which is what the worker saw and what is saved, and the footer says so. A time from now
    /// ("+2h", "20 minutes ago") moves with the clock, as it means to, and is left as typed.
    func pinTimesWhoseDayTurned() {
        let now = store.clock.now
        var kept: [String] = []
        for input in model.visible {
            guard let time = times[input.id], let typed = typedTimes[input.id], typed.text == model[input.id],
                  let reread = time.date(of: typed.text, store: store) else { continue }
            let movedWithClock = abs(reread.timeIntervalSince(typed.date) - now.timeIntervalSince(typed.at)) < 1
            guard !movedWithClock, !store.calendar.isDate(reread, inSameDayAs: typed.date) else { continue }
            let pinned = time.pinned(typed.date, calendar: store.calendar)
            model.setText(input.id, pinned)
            typedTimes[input.id] = (pinned, typed.date, now)
            kept.append(time.readAs(pinned, store: store))
        }
        if !kept.isEmpty {
            message = "The day has turned since you typed it: kept as \(kept.spokenList), as it read then"
        }
    }

    /// Records what a time input's text reads as, when the text is new (typed, or restored
    /// from a draft as of when the draft was last changed).
    private func noteTyped(_ id: String, at moment: Date? = nil) {
        guard let time = times[id], typedTimes[id]?.text != model[id] else { return }
        let at = moment ?? store.clock.now
        if let date = time.date(of: model[id], store: store, at: at) { typedTimes[id] = (model[id], date, at) }
    }

    /// Lines under an input: a picked record's note, and how a typed time was read.
    func below(_ input: FormInput) -> [FormView.Line] {
        var lines: [FormView.Line] = []
        if let text = notes[input.id]?(model) { lines.append(FormView.Line(text, role: .warning)) }
        // A time that does not read says why under it; once a save has marked the field "!", the
        // same words would stand there twice, so only a reading ("→ Fri 27 Nov") stays beside it.
        if let time = times[input.id], let reading = time.reading(of: model[input.id], store: store),
           reading.role != .muted || model.errors[input.id] == nil {
            lines.append(reading)
            noteTyped(input.id)
        }
        return lines
    }
}
