import TerminalUI

/// Draws one wall section in its box: a headline with the section's status, then one page of its
/// items, and "page 2/3" in the bottom border while the list is paging.
struct WallSectionView {
    let section: WallSection
    /// Which page, counting every turn since the wall started; reduced to the section's pages.
    let tick: Int

    /// Rows of items one page holds in `rect` (inside the border, under the headline).
    static func rowsPerPage(in rect: Rect) -> Int { max(0, rect.height - 3) }

    func draw(in rect: Rect, grid: inout CellGrid, theme: Theme) {
        let inside = Pane(title: section.kind.title).draw(in: rect, grid: &grid, theme: theme)
        guard inside.height > 0, inside.width > 2 else { return }
        let x = inside.x + 1, width = inside.width - 2
        let hasStatus = section.kind != .contacts
        let headline = (hasStatus ? section.status.symbol + " " : "") + section.headline
        grid.write(headline, x: x, y: inside.y, width: width, style: theme[hasStatus ? section.status.role : .emphasis])
        guard section.items.isEmpty == false else {
            grid.write(section.kind.emptyMessage, x: x, y: inside.y + 1, width: width, style: theme[.muted])
            return
        }
        let perPage = Self.rowsPerPage(in: rect)
        let pages = Pager.pages(count: section.items.count, perPage: perPage)
        let page = pages > 1 ? tick % pages : 0
        let shown = section.items.dropFirst(page * perPage).prefix(perPage)
        let statusWidth = section.items.map(\.statusText.displayWidth).max() ?? 0
        let whenWidth = section.items.map(\.when.displayWidth).max() ?? 0
        let homeWidth = section.items.compactMap { $0.home?.displayWidth }.max() ?? 0
        for (offset, item) in shown.enumerated() {
            let y = inside.y + 1 + offset
            var column = x
            if statusWidth > 0 {
                let role = item.status?.role ?? .text
                grid.write(item.statusText, x: column, y: y, width: min(statusWidth, width), style: theme[role])
                column += statusWidth + 2
            }
            if whenWidth > 0 {
                grid.write(item.when, x: column, y: y, width: max(0, x + width - column), style: theme[.emphasis])
                column += whenWidth + 2
            }
            if homeWidth > 0 {
                grid.write(item.home ?? "", x: column, y: y, width: max(0, min(homeWidth, x + width - column)), style: theme[.muted])
                column += homeWidth + 2
            }
            let textRole = item.statusText.isEmpty ? item.status?.role ?? .text : .text
            grid.write(item.text, x: column, y: y, width: max(0, x + width - column), style: theme[textRole])
        }
        if pages > 1 {
            let label = " page \(page + 1)/\(pages) "
            let labelX = rect.maxX - 2 - label.displayWidth
            if labelX > rect.x + 1 { grid.write(label, x: labelX, y: rect.maxY - 1, style: theme[.title]) }
        }
    }
}
