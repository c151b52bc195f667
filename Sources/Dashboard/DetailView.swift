import Foundation
import LiaisonCore
import TerminalUI

/// One record in full, drawn over the dashboard: every field, what it is linked to, and its
/// amendments (R11). Read-only; scrolls when longer than the screen; Tab picks a linked record
/// and Enter opens it on top.
public final class DetailView: Screen {
    static let keys: [(keys: [Key], label: String)] = [
        ([.up, .character("k")], "scroll up"), ([.down, .character("j")], "scroll down"),
        ([.pageUp], "page up"), ([.pageDown], "page down"), ([.home], "top"), ([.end], "bottom"),
        ([.tab], "next linked record"), ([.backTab], "previous linked record"),
        ([.enter], "open the linked record picked"),
        ([.escape, .character("q")], "close"), ([.character("?")], "this help"),
    ]

    public let record: RecordReference
    let title: String
    let lines: [RecordDetail.DetailLine]
    let links: [RecordReference]
    let open: (RecordReference) -> Void
    /// The linked record Tab has picked, as an index into `links`.
    public private(set) var pickedLink: Int?
    public private(set) var top = 0
    private var pageHeight = 10
    private var lineCount = 0
    private var help: Overlay?
    /// Set when Tab moved the pick, so the next draw scrolls it into view.
    private var scrollToPick = false

    init(record: RecordReference, state: DashboardState, open: @escaping (RecordReference) -> Void = { _ in }) {
        self.record = record
        self.open = open
        do {
            let detail = try RecordDetail(record, state: state)
            title = detail.title
            lines = detail.lines
        } catch let error as FieldError {
            title = "Record"
            lines = [.text("This \(error.field) cannot be shown: \(error.message)")]
        } catch {
            title = "Record"
            lines = [.text("This record cannot be shown: \(ErrorWords.describe(error))")]
        }
        links = lines.compactMap { if case .link(_, let target) = $0 { target } else { nil } }
    }

    public var minimumSize: Size { DashboardLayout.minimumSize }

    public func handle(_ key: Key) -> ScreenResponse {
        if let overlay = help {
            if overlay.handle(key) != .stillOpen { help = nil }
            return .handled
        }
        let last = max(0, lineCount - pageHeight)
        switch key {
        case .escape, .character("q"): return .quit
        case .character("?"): help = Overlay(title: "Keys in a record", lines: KeyMap.helpLines(for: Self.keys))
        case .up, .character("k"): top = max(0, top - 1)
        case .down, .character("j"): top = min(last, top + 1)
        case .pageUp: top = max(0, top - pageHeight)
        case .pageDown: top = min(last, top + pageHeight)
        case .home: top = 0
        case .end: top = last
        case .tab, .backTab:
            guard !links.isEmpty else { return .handled }
            let step = key == .tab ? 1 : links.count - 1
            pickedLink = pickedLink.map { ($0 + step) % links.count } ?? (key == .tab ? 0 : links.count - 1)
            scrollToPick = true
        case .enter:
            if let pickedLink { open(links[pickedLink]) }
        default: return .ignored
        }
        return .handled
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let (body, footer) = grid.bounds.splitBottom(1)
        grid.fill(body, style: theme[.text])
        let inside = Pane(title: title, isFocused: true).draw(in: body, grid: &grid, theme: theme)
        let rendered = wrapped(width: inside.width)
        lineCount = rendered.count
        pageHeight = max(1, inside.height)
        if scrollToPick, let row = rendered.firstIndex(where: { $0.role == .selection }) {
            if row < top || row >= top + pageHeight { top = max(0, row - pageHeight / 2) }
            scrollToPick = false
        }
        top = min(top, max(0, lineCount - pageHeight))
        for (offset, line) in rendered.dropFirst(top).prefix(inside.height).enumerated() {
            grid.write(line.text, x: inside.x, y: inside.y + offset, width: inside.width, style: theme[line.role])
        }
        // Hints that would run into the "more" mark are left off whole by the footer bar.
        let more = top + pageHeight < lineCount ? "↓ more below " : ""
        let hints = Rect(x: footer.x, y: footer.y, width: footer.width - more.displayWidth, height: footer.height)
        grid.fill(footer, style: theme[.footer])
        FooterBar([("↑↓", "scroll"), ("Tab", "pick a link"), ("Enter", "open it"), ("Esc", "back"), ("?", "help")])
            .draw(in: hints, grid: &grid, theme: theme)
        grid.write(more, x: hints.maxX, y: footer.y, style: theme[.footer])
        help?.draw(in: grid.bounds, grid: &grid, theme: theme)
    }

    /// The lines as drawn at `width`: labels in a column, long values wrapped under themselves.
    func wrapped(width: Int) -> [(text: String, role: StyleRole)] {
        let labelWidth = min(24, lines.compactMap { if case .field(let l, _) = $0 { l.displayWidth } else { nil } }.max() ?? 0)
        var out: [(String, StyleRole)] = []
        var linkIndex = 0
        for line in lines {
            switch line {
            case .link(let text, _):
                let role: StyleRole = linkIndex == pickedLink ? .selection : .text
                for (index, part) in Self.wrap(text, width: max(1, width - 2)).enumerated() {
                    out.append(((index == 0 ? "→ " : "  ") + part, role))
                }
                linkIndex += 1
            case .heading(let text):
                out.append(("", .text))
                out.append((text, .emphasis))
            case .text(let text):
                for part in Self.wrap(text, width: width) { out.append((part, .text)) }
            case .field(let label, let value):
                let valueWidth = max(10, width - labelWidth - 2)
                for (index, part) in Self.wrap(value, width: valueWidth).enumerated() {
                    let left = index == 0 ? label.padded(toWidth: labelWidth) : String(repeating: " ", count: labelWidth)
                    out.append((left + "  " + part, .text))
                }
            }
        }
        return out
    }

    /// Breaks `text` at spaces into lines of at most `width` columns: TerminalUI's one wrapping,
    /// so a word longer than a line (a web address) is broken, not clipped out of sight.
    static func wrap(_ text: String, width: Int) -> [String] {
        text.wrapped(toWidth: max(1, width))
    }
}
