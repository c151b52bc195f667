import Foundation
import LiaisonCore
import TerminalUI

/// A generic entry form over the dashboard (tasks, escalations, people, corrections), with the
/// same promises as the contact form: a draft after every change, Esc asks before throwing
/// typing away, and a refused or failed save keeps the form open with the reason beside the field.
final class EntryFormScreen: Screen {
    let title: String
    /// Names the form in a draft, so the right form reopens it.
    let kind: String
    var model: EntryFormModel
    let drafts: DraftStore?
    /// Where the answers go; the save itself is `save`, run with the store's short form wait.
    let store: Store
    /// Saves the answers; a `FieldError` names the input to complain beside.
    let save: (EntryFormModel) throws -> Void
    /// Called after a picker takes a record, e.g. to fill the fields with its current values.
    let onPick: ((inout EntryFormModel, String) -> Void)?
    /// A line under a picked record (a person's sharing basis).
    let note: ((EntryFormModel, String) -> String?)?
    var confirmDiscard: Overlay?
    var message: String?
    private var scrollTop = 0
    private(set) var isSaved = false
    private let blank: [String: String]

    init(title: String, kind: String, model: EntryFormModel, drafts: DraftStore?, store: Store,
         restoring draft: EntryDraft? = nil, onPick: ((inout EntryFormModel, String) -> Void)? = nil,
         note: ((EntryFormModel, String) -> String?)? = nil, save: @escaping (EntryFormModel) throws -> Void) {
        self.title = title
        self.kind = kind
        self.model = model
        self.drafts = drafts
        self.store = store
        self.save = save
        self.onPick = onPick
        self.note = note
        blank = model.values
        if let draft {
            self.model.restore(draft.values)
            if let focus = draft.focus, self.model.visible.contains(where: { $0.id == focus }) { self.model.focus = focus }
        }
    }

    var minimumSize: Size { Size(width: 60, height: 16) }

    func handle(_ key: Key) -> ScreenResponse {
        if let question = confirmDiscard {
            switch question.handle(key) {
            case .confirmed: drafts?.discard(); return .quit
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
            guard model.values != blank else { drafts?.discard(); return .quit }
            confirmDiscard = Overlay(title: "Discard this form?", lines: ["Everything typed here will be lost.", "Press n to go back to it."], kind: .confirm)
        default:
            let outcome = model.handle(key)
            if case .picked(let id) = outcome { onPick?(&model, id) }
            if outcome != .unused {
                // A cut paste is said above the footer too: a tall field may hide its own note.
                message = model.errors[model.focus] == FormMessage.pasteCut ? FormMessage.pasteCut : nil
                keepDraft()
            }
        }
        return .handled
    }

    func keepDraft() {
        guard model.values != blank else { return drafts?.discard() ?? () }
        do {
            let draft = EntryDraft(form: kind, values: model.values, focus: model.focus, updatedAt: store.clock.now)
            try drafts?.save(draft)
            try drafts?.saveNotice(DraftNotice(
                staff: store.staff, form: kind, updatedAt: draft.updatedAt, about: draft.values["person"].flatMap(store.person(id:))?.initials))
        } catch {
            message = "Your typing could not be kept as a draft: \(ContactEntryScreen.describe(error)). Save soon."
        }
    }

    func trySave() {
        do {
            // A form on screen must not freeze on a held store: a short wait, then it says so.
            try store.waitingAtMost(Store.formSaveWait) { try save(model) }
            drafts?.discard()
            isSaved = true
        } catch let error as FieldError {
            if model.visible.contains(where: { $0.id == error.field }) {
                model.errors[error.field] = error.message
                model.focus = error.field
                message = "Not saved yet: see the note marked !"
            } else {
                message = "Not saved: \(error.message)"
            }
        } catch {
            message = FormMessage.notSaved(error)
        }
    }

    func draw(into grid: inout CellGrid, theme: Theme) {
        let area = grid.bounds
        grid.fill(area, style: theme[.text])
        grid.write(" " + title, x: 0, y: 0, width: area.width, style: theme[.titleFocused])
        // The fields are drawn on a tall sheet, then the rows around the focused field copied in:
        // scrolling without each widget knowing about it.
        var sheet = CellGrid(size: Size(width: area.width, height: 200))
        sheet.fill(sheet.bounds, style: theme[.text])
        let (used, focusRows) = drawFields(on: &sheet, theme: theme)
        // A long message takes rows from the fields rather than being cut short.
        let notice = FormMessage.lines(message, width: area.width - 2)
        let height = max(1, area.height - 3 - max(1, notice.count))
        if focusRows.upperBound - scrollTop > height { scrollTop = focusRows.upperBound - height }
        if focusRows.lowerBound < scrollTop { scrollTop = focusRows.lowerBound }
        for row in 0..<min(height, max(0, used - scrollTop)) {
            for x in 0..<area.width { grid.set(x: x, y: 2 + row, sheet[x, scrollTop + row]) }
        }
        for (row, line) in notice.enumerated() {
            grid.write(line, x: 1, y: area.maxY - 1 - notice.count + row, width: area.width - 2, style: theme[.error])
        }
        FooterBar([("Tab", "next"), ("Enter", "pick"), ("Ctrl-S", "save"), ("Esc", "cancel")])
            .draw(in: Rect(x: 0, y: area.maxY - 1, width: area.width, height: 1), grid: &grid, theme: theme)
        confirmDiscard?.draw(in: area, grid: &grid, theme: theme)
    }

    /// Draws every shown field from the sheet's top; returns the rows used and the focused field's rows.
    private func drawFields(on grid: inout CellGrid, theme: Theme) -> (Int, Range<Int>) {
        // Wide enough for the longest label ("Why you are correcting it"), within reason.
        let longest = model.visible.map(\.label.displayWidth).max() ?? 0
        let labelWidth = min(28, max(22, longest)), x = 1 + labelWidth + 1, width = grid.size.width - x - 1
        var y = 0
        var focusRows = 0..<1
        for input in model.visible where y < grid.size.height - 12 {
            let focused = input.id == model.focus, top = y
            grid.write(input.label, x: 1, y: y, width: labelWidth, style: theme[focused ? .emphasis : .text])
            switch input.kind {
            case .text(let hint):
                let field = model.texts[input.id] ?? TextField()
                field.draw(x: x, y: y, width: width, grid: &grid, theme: theme, isFocused: focused)
                if field.text.isEmpty, let hint { grid.write(hint, x: x + 1, y: y, width: width - 1, style: theme[.muted]) }
            case .lines:
                let text = model.lines[input.id] ?? MultilineText()
                let rows = text.height(minimum: 2)
                text.draw(x: x, y: y, width: width, rows: rows, grid: &grid, theme: theme, isFocused: focused)
                y += rows - 1
            case .choice:
                model.choices[input.id]?.draw(x: x, y: y, width: width, grid: &grid, theme: theme, isFocused: focused)
            case .picker:
                let picker = model.pickers[input.id] ?? PickerField()
                picker.draw(x: x, y: y, width: width, grid: &grid, theme: theme, isFocused: focused)
                if let line = note?(model, input.id) {
                    y += 1
                    grid.write(line, x: x, y: y, width: width, style: theme[.warning])
                }
                if focused {
                    let matches = model.matches(input.id)
                    picker.drawMatches(matches, x: x, y: y + 1, width: width, grid: &grid, theme: theme)
                    y += matches.count
                }
            }
            y += 1
            for line in ContactEntryScreen.noteLines(model.errors[input.id], width: width) {
                grid.write(line, x: x, y: y, width: width, style: theme[.error])
                y += 1
            }
            if focused { focusRows = top..<y }
        }
        return (y, focusRows)
    }
}
