import Foundation
import LiaisonCore
import TerminalUI

/// `o`: everything owed in writing (R6), oldest first — advice nobody has decided about yet
/// ("decide: ask in writing") and requests still waiting for their letter or email, with how long
/// each has waited and how often it was chased. `w` records the next step on the highlighted one;
/// the list is read again from the store at every draw, so a step taken shows at once.
public final class OwedView: Screen {
    static let keys: [(keys: [Key], label: String)] = [
        ([.up, .down, .character("k"), .character("j")], "move the highlight"), ([.pageUp, .pageDown], "page"),
        ([.character("w")], "record a step: asked, chased, received, not needed, not possible"),
        ([.enter], "open the contact in full"), ([.escape, .character("q")], "back to the dashboard"),
        ([.character("?")], "this help"),
    ]

    let state: DashboardState
    let open: (RecordReference) -> Void
    /// Starts a step on a contact; nil on a screen that cannot change records.
    let step: ((String) -> Void)?
    private var tableState = TableState()
    private var table = Table(columns: OwedView.columns(narrow: false),
                              emptyMessage: "Nothing owed in writing: every piece of advice is confirmed or decided")
    /// Below this many columns inside the box, the list leaves out when each was last asked (the
    /// contact, on Enter, has it) and names people as they go by, so a name keeps its letters.
    static let narrowBelow = 80
    private var ids: [String] = []
    private var help: Overlay?
    private var message: String?

    init(state: DashboardState, open: @escaping (RecordReference) -> Void, step: ((String) -> Void)?) {
        self.state = state
        self.open = open
        self.step = step
        rebuild(narrow: false)
    }

    private static func columns(narrow: Bool) -> [TableColumn] {
        [TableColumn("Waiting", width: .fixed(7)), TableColumn("Person", width: .flexible(2)),
         TableColumn("Partner", width: .flexible(2)), TableColumn("Stands", width: .fixed(16))]
            + (narrow ? [] : [TableColumn("Last asked", width: .fixed(17))])
            + [TableColumn("Advice", width: .flexible(4))]
    }

    public var minimumSize: Size { DashboardLayout.minimumSize }
    /// The contacts listed, in order: what tests read.
    public var listedIDs: [String] { ids }
    public func rows() -> [[String]] { table.rows.map { $0.map(\.text) } }

    public func handle(_ key: Key) -> ScreenResponse {
        if let overlay = help {
            if overlay.handle(key) != .stillOpen { help = nil }
            return .handled
        }
        message = nil
        switch key {
        case .escape, .character("q"): return .quit
        case .character("?"): help = Overlay(title: "Keys in the list owed in writing", lines: KeyMap.helpLines(for: Self.keys))
        case .enter:
            if let id = selected { open(.contact(id)) }
        case .character("w"):
            guard let id = selected else { return .handled }
            guard let step else {
                message = state.store.isReadOnly ? DashboardScreen.readOnlyRefusal : "This screen cannot change records"
                return .handled
            }
            step(id)
        default:
            guard tableState.handle(key, rowCount: table.rows.count) else { return .ignored }
        }
        return .handled
    }

    private var selected: String? { ids.indices.contains(tableState.selectedIndex) ? ids[tableState.selectedIndex] : nil }

    /// The rows from the store as it is now, keeping the highlight on the same contact.
    private func rebuild(narrow: Bool) {
        let kept = selected
        let now = state.now
        let contacts = state.visibleOwedInWriting
        ids = contacts.map(\.id)
        table.rows = contacts.map { contact -> [TableCell] in
            let confirmation = contact.confirmation
            let since = confirmation?.requestedAt ?? contact.happenedAt
            let stands: String
            if confirmation == nil {
                stands = "decide"
            } else {
                let chases = confirmation?.chases.count ?? 0
                stands = chases == 0 ? "asked, not chased" : "asked, chased \(chases)×"
            }
            let partner = state.partnersByID[contact.partnerID]
            let person = narrow ? state.shortName(contact.personID) : state.personName(contact.personID)
            var cells = ([
                ReportAge.text(from: since, to: now), person,
                partner.map { "\($0.name) · \($0.role.words.short)" } ?? "unknown partner", stands,
            ] + (narrow ? [] : [confirmation?.lastAsked.map { state.format.dayAndTime($0, now: now) } ?? "never"])
              + [CareFormat.oneLine(contact.advice)]).map { TableCell($0) }
            cells[1].keptEnd = state.distinguishingEnd(of: person, for: contact.personID)
            return cells
        }
        table.columns = Self.columns(narrow: narrow)
        if let kept, let index = ids.firstIndex(of: kept) { tableState.select(index, rowCount: table.rows.count) } else if tableState.selectedIndex >= ids.count { tableState.select(ids.count - 1, rowCount: ids.count) }
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let (body, footer) = grid.bounds.splitBottom(1)
        rebuild(narrow: body.width - 2 < Self.narrowBelow)
        grid.fill(body, style: theme[.text])
        let decide = state.visibleUndecidedAdvice.count, chase = state.visibleChaseList.count
        let frame = Pane(title: "Owed in writing — \(chase) to chase, \(decide) to decide", isFocused: true)
        let inside = frame.draw(in: body, grid: &grid, theme: theme)
        guard inside.height > 1 else { return }
        grid.write(message ?? "Oldest first. Decide: ask the partner in writing, or say why not needed or not possible.",
                   x: inside.x, y: inside.y, width: inside.width, style: theme[message == nil ? .muted : .warning])
        let list = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        table.draw(in: list, grid: &grid, theme: theme, isFocused: true, state: &tableState)
        frame.drawScrollMark(tableState, in: body, grid: &grid, theme: theme)
        grid.fill(footer, style: theme[.footer])
        FooterBar([("w", "step"), ("Enter", "open"), ("↑↓", "move"), ("Esc", "back"), ("?", "help")]).draw(in: footer, grid: &grid, theme: theme)
        help?.draw(in: grid.bounds, grid: &grid, theme: theme)
    }
}

/// An age as the chase list gives it: hours under two days, then days.
enum ReportAge {
    static func text(from start: Date, to end: Date) -> String {
        let hours = max(0, Int(end.timeIntervalSince(start) / 3_600))
        return hours < 48 ? "\(hours) h" : "\(hours / 24) d"
    }
}
