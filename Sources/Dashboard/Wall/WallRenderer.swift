import Foundation
import TerminalUI

/// Draws a whole wall frame from a `WallScreen`'s state: header, sections or the notice, footer.
struct WallRenderer {
    let screen: WallScreen
    let theme: Theme

    func draw(into grid: inout CellGrid) {
        let layout = WallLayout(size: grid.size)
        drawHeader(layout.header, big: layout.bigClock, grid: &grid)
        if let snapshot = screen.snapshot, screen.watcher.state == .ready {
            let tick = screen.pager.tick(at: screen.now)
            for section in snapshot.sections {
                WallSectionView(section: section, tick: tick).draw(in: layout[section.kind], grid: &grid, theme: theme)
            }
        } else {
            drawNotice(in: layout.body, grid: &grid)
        }
        drawFooter(layout.footer, grid: &grid)
        screen.help?.draw(in: grid.bounds, grid: &grid, theme: theme)
    }

    private func drawHeader(_ rect: Rect, big: Bool, grid: inout CellGrid) {
        guard rect.height > 0 else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.banner])
        if big {
            let clock = BigClock(text: screen.clock.clock(screen.now))
            clock.draw(right: rect.maxX - 1, y: rect.y, grid: &grid, style: theme[.banner])
            let date = screen.clock.today(screen.now)
            grid.write(date, x: rect.maxX - clock.width - 3 - date.displayWidth, y: rect.y + 2, style: theme[.banner])
        }
        let time = big ? "" : screen.clock.today(screen.now) + "  " + screen.clock.clock(screen.now)
        let timeX = max(rect.x, rect.maxX - 1 - time.displayWidth)
        let title = screen.home.map { " LIAISON · \($0.name)" } ?? " LIAISON · partnership working"
        grid.write(title, x: rect.x, y: rect.y, width: timeX - rect.x - 1, style: theme[.banner])
        grid.write(time, x: timeX, y: rect.y, style: theme[.banner])
        guard rect.height > 1 else { return }
        var x = rect.x + 1
        for (text, role) in statusStrip() {
            x += grid.write(text, x: x, y: rect.y + 1, width: max(0, rect.maxX - x), style: theme[role]) + 3
        }
    }

    /// The day in a few words for the second header line, worst first.
    private func statusStrip() -> [(String, StyleRole)] {
        guard let snapshot = screen.snapshot, screen.watcher.state == .ready else {
            return [("● waiting for the store", .warning)]
        }
        var parts: [(String, StyleRole)] = []
        let overdue = snapshot.count(.overdue), soon = snapshot.count(.dueSoon)
        if overdue > 0 { parts.append(("▲ \(overdue) need action now", .alert)) }
        if soon > 0 { parts.append(("● \(soon) due soon", .warning)) }
        if overdue == 0 && soon == 0 { parts.append(("✓ all on track", .ok)) }
        let contacts = snapshot[.contacts].items.count
        parts.append(("\(contacts) contact\(contacts == 1 ? "" : "s") today", .text))
        return parts
    }

    private func drawNotice(in area: Rect, grid: inout CellGrid) {
        let reason: String
        if case .unavailable(let words) = screen.watcher.state { reason = words } else { reason = "Opening the store…" }
        let width = min(72, area.width - 4)
        let lines = Self.wrap(reason, width: width - 4) + [""] + Self.wrap(
            "Trying again every \(Int(StoreWatcher.retryInterval)) seconds; the wall comes back by itself when the store can be read.",
            width: width - 4)
        let box = area.centered(width: width, height: lines.count + 4)
        grid.drawBox(box, style: theme[.border], title: "Waiting for the store", titleStyle: theme[.warning])
        for (index, line) in lines.enumerated() where index < box.height - 4 {
            grid.write(line, x: box.x + 2, y: box.y + 2 + index, width: box.width - 4, style: theme[.text])
        }
    }

    private func drawFooter(_ rect: Rect, grid: inout CellGrid) {
        FooterBar([("b", "blank screen"), ("?", "help"), ("q", "quit")]).draw(in: rect, grid: &grid, theme: theme)
        // Which store, after the keys: as much of its path as the room left by the keys allows.
        // A file name cut short would only puzzle someone across the room, so it shows whole or not at all.
        let plain = "read-only · names: \(screen.names.rawValue) "
        let room = rect.width - 40 - plain.displayWidth - 3
        let store = room >= 8 ? StoreLabel.short(screen.watcher.path, width: min(room, 48)) : "…"
        let note = store.hasSuffix("…") ? plain : "read-only · names: \(screen.names.rawValue) · \(store) "
        let x = rect.maxX - note.displayWidth
        if x > rect.x + 40 { grid.write(note, x: x, y: rect.y, style: theme[.footer]) }
    }

    /// Splits `text` into lines of at most `width` columns at spaces (a long word is clipped later).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if candidate.displayWidth > width, !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
