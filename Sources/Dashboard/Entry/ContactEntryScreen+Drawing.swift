import LiaisonCore
import TerminalUI

/// Draws the contact form: a label column, inputs beside it, notes and matches under their
/// field, scrolled so the field being typed in is always in view.
extension ContactEntryScreen {
    static let labelWidth = 22

    /// One block of rows: a field with whatever shows under it.
    private struct Block {
        var field: ContactField
        var height: Int
    }

    /// A field's note wrapped to the input's width: cut short, it would lose the "then Enter"
    /// that says what to do.
    static func noteLines(_ error: String?, width: Int) -> [String] {
        guard let error else { return [] }
        return DetailView.wrap("! " + error, width: max(1, width))
    }

    private func blocks(noteWidth: Int) -> [Block] {
        form.visibleFields.map { field in
            var height = field == .advice ? form.advice.height(minimum: 3) : 1
            if field == .person, form.basis != nil { height += 1 }
            if field == form.focus, field == .person { height += form.personMatches.count }
            if field == form.focus, field == .partner { height += form.partnerMatches.count }
            height += Self.noteLines(form.errors[field], width: noteWidth).count
            if field == .taskDue { height += form.queuedFollowUps.count }
            return Block(field: field, height: height)
        }
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let area = grid.bounds
        grid.fill(area, style: theme[.text])
        grid.write(" New contact / advice", x: 0, y: 0, width: area.width, style: theme[.titleFocused])
        // A long message takes rows from the fields rather than being cut short.
        let notice = FormMessage.lines(message, width: area.width - 2)
        let body = Rect(x: 1, y: 2, width: area.width - 2, height: max(1, area.height - 3 - max(1, notice.count)))
        let all = blocks(noteWidth: body.width - Self.labelWidth - 1)
        // Keep the focused block on screen: scroll just enough, never past the top.
        var top = 0
        var focusTop = 0, focusBottom = 0
        for block in all {
            if block.field == form.focus { focusTop = top; focusBottom = top + block.height }
            top += block.height
        }
        if focusBottom - scrollTop > body.height { scrollTop = focusBottom - body.height }
        if focusTop < scrollTop { scrollTop = focusTop }
        var y = body.y - scrollTop
        for block in all {
            drawBlock(block, y: y, body: body, grid: &grid, theme: theme)
            y += block.height
        }
        for (row, line) in notice.enumerated() {
            grid.write(line, x: 1, y: area.maxY - 1 - notice.count + row, width: area.width - 2, style: theme[.error])
        }
        FooterBar(Self.footer).draw(in: Rect(x: 0, y: area.maxY - 1, width: area.width, height: 1), grid: &grid, theme: theme)
        newPartner?.draw(in: area, grid: &grid, theme: theme)
        confirmDiscard?.draw(in: area, grid: &grid, theme: theme)
    }

    private func drawBlock(_ block: Block, y start: Int, body: Rect, grid: inout CellGrid, theme: Theme) {
        // Rows outside the body are drawn into a scratch grid and dropped, which keeps each
        // widget's drawing simple; the form is short, so the waste is small.
        var scratch = CellGrid(size: Size(width: grid.size.width, height: block.height))
        draw(block, body: body, grid: &scratch, theme: theme)
        for row in 0..<block.height where (body.y..<body.maxY).contains(start + row) {
            for x in 0..<grid.size.width { grid.set(x: x, y: start + row, scratch[x, row]) }
        }
    }

    private func draw(_ block: Block, body: Rect, grid: inout CellGrid, theme: Theme) {
        let field = block.field, focused = field == form.focus
        let x = body.x + Self.labelWidth + 1, width = body.width - Self.labelWidth - 1
        grid.write(label(field), x: body.x, y: 0, width: Self.labelWidth, style: theme[focused ? .emphasis : .text])
        var y = 1
        switch field {
        case .person, .partner:
            let picker = field == .person ? form.person : form.partner
            picker.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
            if field == .person, let basis = form.basis {
                let line = BasisText.describe(basis, now: store.clock.now)
                grid.write(line.text, x: x, y: y, width: width, style: theme[line.isWarning ? .warning : .ok])
                y += 1
            }
            if focused {
                let matches = field == .person ? form.personMatches : form.partnerMatches
                picker.drawMatches(matches, x: x, y: y, width: width, grid: &grid, theme: theme)
                y += matches.count
            }
        case .channel: form.channel.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
        case .direction: form.direction.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
        case .confirmation: form.confirmation.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
        case .shared: form.shared.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
        case .exception: form.exception.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
        case .taskKind: form.taskKind.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
        case .advice:
            let rows = form.advice.height(minimum: 3)
            form.advice.draw(x: x, y: 0, width: width, rows: rows, grid: &grid, theme: theme, isFocused: focused)
            y = rows
        default:
            let input = form.texts[field] ?? TextField()
            input.draw(x: x, y: 0, width: width, grid: &grid, theme: theme, isFocused: focused)
            if input.text.isEmpty, let hint = hint(field) {
                grid.write(hint, x: x + (focused ? 1 : 0), y: 0, width: width - 1, style: theme[.muted])
            }
        }
        for line in Self.noteLines(form.errors[field], width: width) {
            grid.write(line, x: x, y: y, width: width, style: theme[.error])
            y += 1
        }
        if field == .taskDue {
            for followUp in form.queuedFollowUps {
                let kind = followUp.kind == "promise" ? "Promise" : "Task"
                let owner = followUp.owner.isEmpty ? "you" : followUp.owner
                grid.write("Also: \(kind.lowercased()) “\(followUp.title)”, \(owner), by \(followUp.due)", x: body.x, y: y, width: body.width, style: theme[.muted])
                y += 1
            }
        }
    }

    private func label(_ field: ContactField) -> String {
        guard field == .confirmationNote else { return field.label }
        switch form.confirmation.value {
        case "requested": return "Asked for how"
        case "received": return "Their reference"
        case "not-possible": return "Why not possible"
        default: return "Why not needed"
        }
    }

    /// What an empty field means, shown faintly in it.
    private func hint(_ field: ContactField) -> String? {
        switch field {
        case .when: "now (or 14:05, yesterday 09:30, Fri 16:00, 20/11 16:00)"
        case .taskDue: "e.g. 15:00, tomorrow 10:00, Fri 17:00, +2h"
        case .taskOwner: "you, unless you name someone"
        case .carePlanChange: "leave empty if the care plan did not change"
        case .decidedBy: "you, unless you name who decided or authorised it"
        case .nature: "e.g. low single informal indirect (level, agencies, formality, involvement)"
        case .capacityOn: "e.g. yesterday, Mon, 20/11/2026"
        case .capacityDecision: "e.g. sharing her wound care with the nurse"
        case .consulted: "family, advocate, professionals asked"
        case .confirmationNote where form.confirmation.value == "requested": "empty: asked during this contact; or e.g. email to the surgery"
        default: nil
        }
    }
}
