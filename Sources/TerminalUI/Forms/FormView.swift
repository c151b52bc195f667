/// Draws a `FormModel`: labels in a column, inputs beside them, and under each input its
/// matches, any lines the app adds (a reading of a date, a record's standing) and its note when
/// refused. Scrolled so the input being typed in — the cursor itself in a tall one — stays in view.
public struct FormView {
    /// A line the app shows under an input, in a style of its choosing.
    public struct Line: Equatable, Sendable {
        public var text: String
        public var role: StyleRole

        public init(_ text: String, role: StyleRole = .muted) {
            self.text = text
            self.role = role
        }
    }

    /// The label shown for an input; the app may word it after the answers so far.
    public var label: (FormInput) -> String = { $0.label }
    /// What an empty text input means, shown faintly in it.
    public var hint: (FormInput) -> String? = { input in
        if case .text(let hint) = input.kind { return hint }
        return nil
    }
    /// Lines under an input, after its matches.
    public var below: (FormInput) -> [Line] = { _ in [] }

    public init() {}

    /// Columns for the labels: the longest shown, within reason.
    static func labelWidth(_ model: FormModel) -> Int {
        min(28, max(22, model.visible.map(\.label.displayWidth).max() ?? 0))
    }

    /// Columns the inputs get when the form is drawn `areaWidth` wide: what is left beside the labels.
    public static func fieldWidth(_ model: FormModel, areaWidth: Int) -> Int {
        max(1, areaWidth - labelWidth(model) - 1)
    }

    private struct Block {
        var input: FormInput
        var top: Int
        var height: Int
    }

    /// Draws the form in `area`; `scrollTop` is the first row shown, kept between frames and moved
    /// only as far as needed to keep the focus in view.
    public func draw(_ model: FormModel, in area: Rect, scrollTop: inout Int, grid: inout CellGrid, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        let labelWidth = Self.labelWidth(model)
        let width = Self.fieldWidth(model, areaWidth: area.width)
        var blocks: [Block] = []
        var total = 0
        for input in model.visible {
            let height = self.height(of: input, in: model, width: width)
            blocks.append(Block(input: input, top: total, height: height))
            total += height
        }
        var sheet = CellGrid(size: Size(width: area.width, height: max(1, total)))
        sheet.fill(sheet.bounds, style: theme[.text])
        for block in blocks {
            drawBlock(block, model: model, labelWidth: labelWidth, width: width, sheet: &sheet, theme: theme)
        }
        if let focused = blocks.first(where: { $0.input.id == model.focus }) {
            // The whole input when it fits; otherwise the cursor's row at least.
            var lower = focused.top, upper = focused.top + focused.height
            if focused.height > area.height, let cursor = sheet.cursor {
                lower = max(focused.top, cursor.y - area.height + 1)
                upper = cursor.y + 1
            }
            if upper - scrollTop > area.height { scrollTop = upper - area.height }
            if lower < scrollTop { scrollTop = lower }
        }
        scrollTop = max(0, min(scrollTop, max(0, total - area.height)))
        var window = CellGrid(size: Size(width: area.width, height: area.height))
        window.fill(window.bounds, style: theme[.text])
        window.copyRows(from: sheet, sourceTop: scrollTop, to: 0, rows: area.height)
        grid.copyRows(from: window, sourceTop: 0, to: area.y, rows: area.height, x: area.x)
    }

    private func height(of input: FormInput, in model: FormModel, width: Int) -> Int {
        let focused = input.id == model.focus
        var rows: Int
        switch input.kind {
        case .text: rows = 1
        case .lines(let minimum): rows = model.areas[input.id]?.height(width: width, minimum: minimum) ?? minimum
        case .choice: rows = model.choices[input.id]?.height(width: width, isFocused: focused) ?? 1
        case .picker:
            rows = model.pickers[input.id]?.height(width: width) ?? 1
            if focused {
                let matches = model.matchList(input.id)
                rows += matches.shown.count + (matches.unshown > 0 ? 1 : 0)
            }
        }
        rows += below(input).reduce(0) { $0 + Self.wrap($1.text, width: width).count }
        rows += Self.wrap(model.errors[input.id].map { "! " + $0 }, width: width).count
        return rows
    }

    private func drawBlock(_ block: Block, model: FormModel, labelWidth: Int, width: Int, sheet: inout CellGrid, theme: Theme) {
        let input = block.input, id = input.id, focused = id == model.focus
        let x = labelWidth + 1
        var y = block.top
        sheet.write(label(input), x: 0, y: y, width: labelWidth, style: theme[focused ? .emphasis : .text])
        switch input.kind {
        case .text:
            let field = model.texts[id] ?? TextField()
            field.draw(x: x, y: y, width: width, grid: &sheet, theme: theme, isFocused: focused)
            if field.text.isEmpty, let hint = hint(input) {
                sheet.write(hint, x: x + 1, y: y, width: width - 1, style: theme[.muted])
            }
            y += 1
        case .lines(let minimum):
            let area = model.areas[id] ?? TextArea()
            let rows = area.height(width: width, minimum: minimum)
            area.draw(x: x, y: y, width: width, rows: rows, grid: &sheet, theme: theme, isFocused: focused)
            y += rows
        case .choice:
            let choice = model.choices[id] ?? ChoiceField([("", "")])
            choice.draw(x: x, y: y, width: width, grid: &sheet, theme: theme, isFocused: focused)
            y += choice.height(width: width, isFocused: focused)
        case .picker:
            let picker = model.pickers[id] ?? PickerField()
            picker.draw(x: x, y: y, width: width, grid: &sheet, theme: theme, isFocused: focused)
            y += picker.height(width: width)
            if focused {
                let matches = model.matchList(id)
                picker.drawMatches(matches.shown, unshown: matches.unshown, x: x, y: y, width: width, grid: &sheet, theme: theme)
                y += matches.shown.count + (matches.unshown > 0 ? 1 : 0)
            }
        }
        for line in below(input) {
            for part in Self.wrap(line.text, width: width) {
                sheet.write(part, x: x, y: y, width: width, style: theme[line.role])
                y += 1
            }
        }
        for part in Self.wrap(model.errors[id].map { "! " + $0 }, width: width) {
            sheet.write(part, x: x, y: y, width: width, style: theme[.error])
            y += 1
        }
    }

    /// `text` broken at spaces into rows of `width` columns; none for nil.
    static func wrap(_ text: String?, width: Int) -> [String] {
        guard let text else { return [] }
        let characters = Array(text)
        return TextArea.rows(of: text, width: width).map { String(characters[$0]).trimmingTrailingSpaces }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
