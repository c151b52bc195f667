import Foundation
import LiaisonCore
import TerminalUI

/// `x`: the manager's register of sharing exceptions (R3) over a period — every contact where we
/// shared information without a valid basis, under best interests or safeguarding, with why, who
/// decided, the capacity assessment, and whether a manager has acknowledged it. `a` acknowledges
/// the highlighted one as the person signed in; `d` picks another period.
public final class ExceptionRegisterView: Screen {
    static let keys: [(keys: [Key], label: String)] = [
        ([.up, .down, .character("k"), .character("j")], "move the highlight"), ([.pageUp, .pageDown], "page"),
        ([.character("a")], "acknowledge the highlighted exception, as the manager who read it"),
        ([.character("d")], "another period: two days, e.g. 1/11 30/11, or 3 months ago to today"),
        ([.enter], "open the contact in full"), ([.escape, .character("q")], "back to the dashboard"),
        ([.character("?")], "this help"),
    ]

    /// How far back the register looks when opened.
    static let defaultDays = 30

    let state: DashboardState
    let open: (RecordReference) -> Void
    let canWrite: Bool
    public private(set) var from: Date
    public private(set) var to: Date
    private var contacts: [Contact] = []
    /// How many of `contacts`, at the top, are before the period and not yet acknowledged.
    private var olderUnread: Int { contacts.prefix { $0.happenedAt < from }.count }
    private var tableState = TableState()
    private var table = Table(
        columns: [TableColumn("When", width: .fixed(17)), TableColumn("Person", width: .flexible(2)),
                  TableColumn("Exception", width: .fixed(14)), TableColumn("Why", width: .flexible(4)),
                  TableColumn("Decided by", width: .flexible(2)), TableColumn("Acknowledged", width: .flexible(2))],
        emptyMessage: "No information was shared under an exception in this period")
    private var help: Overlay?
    /// The question before an acknowledgement, which cannot be taken back: `a` is also the
    /// dashboard's key for a new contact, and a habit must not sign off a safeguarding share.
    private var confirmation: (overlay: Overlay, contactID: String)?
    private var prompt: TextField?
    private var message: String?

    init(state: DashboardState, canWrite: Bool, open: @escaping (RecordReference) -> Void) {
        self.state = state
        self.canWrite = canWrite
        self.open = open
        to = state.store.calendar.startOfDay(for: state.now)
        from = state.store.calendar.date(byAdding: .day, value: -(Self.defaultDays - 1), to: to) ?? to
        load()
    }

    public var minimumSize: Size { DashboardLayout.minimumSize }
    public var listedIDs: [String] { contacts.map(\.id) }

    private func load() {
        let kept = selected
        do {
            // Older shares nobody has acknowledged come first, whatever the period: one entered
            // late, or left unread for a month, must not fall out of the manager's sight.
            let start = from
            let unread = try state.store.sharingExceptions().filter { $0.exceptionAcknowledged == nil && $0.happenedAt < start }
                .sorted { ($0.happenedAt, $0.id) < ($1.happenedAt, $1.id) }
            // A dashboard limited to one home lists that home's exceptions only.
            contacts = try (unread + state.store.sharingExceptions(from: from, to: to)).filter { state.homeFilter.includes(personID: $0.personID) }
        } catch {
            message = "The register could not be read: \(error)"
        }
        let format = state.format, now = state.now
        table.rows = contacts.map { contact -> [TableCell] in
            let exception = contact.sharingException
            let acknowledged: String = contact.exceptionAcknowledged.map { "\($0.by), \(format.day($0.at, now: now))" } ?? "NOT YET"
            let person = state.personName(contact.personID)
            var cells = [
                format.dayAndTime(contact.happenedAt, now: now), person,
                exception?.kind == .safeguarding ? "safeguarding" : "best interests", exception?.reason ?? "",
                exception?.decidedBy ?? contact.recordedBy,
                acknowledged,
            ].map { TableCell($0) }
            // Two of one name keep what tells them apart (their room) where the column cuts.
            cells[1].keptEnd = state.distinguishingEnd(of: person, for: contact.personID)
            return cells
        }
        if let kept, let index = contacts.firstIndex(where: { $0.id == kept }) { tableState.select(index, rowCount: table.rows.count) }
    }

    private var selected: String? { contacts.indices.contains(tableState.selectedIndex) ? contacts[tableState.selectedIndex].id : nil }

    public func handle(_ key: Key) -> ScreenResponse {
        if let overlay = help {
            if overlay.handle(key) != .stillOpen { help = nil }
            return .handled
        }
        if let (overlay, contactID) = confirmation {
            let outcome = overlay.handle(key)
            if outcome != .stillOpen { confirmation = nil }
            if outcome == .confirmed { acknowledge(contactID) }
            return .handled
        }
        if prompt != nil { return handlePrompt(key) }
        message = nil
        switch key {
        case .escape, .character("q"): return .quit
        case .character("?"): help = Overlay(title: "Keys in the register of sharing exceptions", lines: KeyMap.helpLines(for: Self.keys))
        case .enter: if let id = selected { open(.contact(id)) }
        case .character("d"): prompt = TextField()
        case .character("a"): acknowledgeSelected()
        default: guard tableState.handle(key, rowCount: table.rows.count) else { return .ignored }
        }
        return .handled
    }

    private func acknowledgeSelected() {
        guard let index = contacts.indices.contains(tableState.selectedIndex) ? tableState.selectedIndex : nil else { return }
        guard canWrite else {
            message = state.store.isReadOnly ? DashboardScreen.readOnlyRefusal : "This screen cannot change records"
            return
        }
        let contact = contacts[index]
        guard contact.exceptionAcknowledged == nil else {
            message = "Already acknowledged by \(contact.exceptionAcknowledged?.by ?? "")"
            return
        }
        do {
            try state.store.checkMayAcknowledgeExceptions()
        } catch {
            message = "Not done: \((error as? FieldError)?.message ?? "\(error)")"
            return
        }
        let kind = contact.sharingException?.kind == .safeguarding ? "safeguarding" : "best-interests"
        let overlay = Overlay(
            title: "Acknowledge a sharing exception",
            lines: ["Record that you, \(state.store.staff), read the \(kind) share about \(state.personName(contact.personID)) on \(state.format.dayAndTime(contact.happenedAt, now: state.now))?",
                    "An acknowledgement cannot be taken back."],
            kind: .confirm)
        confirmation = (overlay, contact.id)
    }

    private func acknowledge(_ contactID: String) {
        guard let contact = contacts.first(where: { $0.id == contactID }) else { return }
        do {
            let saved = try state.store.waitingAtMost(Store.formSaveWait) { try state.store.acknowledgeException(contact) }
            message = "Acknowledged by \(saved.exceptionAcknowledged?.by ?? state.store.staff)"
            load()
        } catch let error as FieldError {
            message = error.message
        } catch {
            message = "Not saved: \(error)"
        }
    }

    private func handlePrompt(_ key: Key) -> ScreenResponse {
        switch key {
        case .escape: prompt = nil
        case .enter:
            // "1/11 30/11", or with "to" when a day takes words: "3 months ago to today".
            let typed = prompt?.text ?? ""
            let words = typed.lowercased().contains(" to ")
                ? typed.lowercased().components(separatedBy: " to ").map { $0.trimmingCharacters(in: .whitespaces) }
                : typed.split(separator: " ").map(String.init)
            prompt = nil
            do {
                guard words.count == 2 else { throw FieldError("period", "give the first and last day, e.g. 1/11 30/11, or 3 months ago to today") }
                let first = try state.store.readDate(words[0], field: "from", precision: .day, direction: .past)
                let last = try state.store.readDate(words[1], field: "to", precision: .day, direction: .past)
                guard first <= last else { throw FieldError("period", "the period ends before it starts") }
                (from, to) = (first, last)
                load()
            } catch let error as FieldError {
                message = error.message
            } catch {
                message = "\(error)"
            }
        default: _ = prompt?.handle(key)
        }
        return .handled
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let (body, footer) = grid.bounds.splitBottom(1)
        grid.fill(body, style: theme[.text])
        let waiting = contacts.filter { $0.exceptionAcknowledged == nil }.count
        var title = "Sharing exceptions \(state.format.day(from, now: state.now)) – \(state.format.day(to, now: state.now)): "
            + "\(contacts.count - olderUnread), \(waiting - olderUnread) to acknowledge"
        if olderUnread > 0 { title += "; \(olderUnread) older to acknowledge" }
        let frame = Pane(title: title, isFocused: true)
        let inside = frame.draw(in: body, grid: &grid, theme: theme)
        guard inside.height > 1 else { return }
        if let prompt {
            let label = "Period (first and last day): "
            grid.write(label, x: inside.x, y: inside.y, style: theme[.emphasis])
            prompt.draw(x: inside.x + label.count, y: inside.y, width: inside.width - label.count, grid: &grid, theme: theme, isFocused: true)
        } else {
            let lead = olderUnread > 0 ? "Older ones not yet acknowledged first, then every" : "Every"
            grid.write(message ?? "\(lead) share without a valid basis, oldest first; a manager reads each and acknowledges it.",
                       x: inside.x, y: inside.y, width: inside.width, style: theme[message == nil ? .muted : .warning])
        }
        let list = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        table.draw(in: list, grid: &grid, theme: theme, isFocused: true, state: &tableState)
        frame.drawScrollMark(tableState, in: body, grid: &grid, theme: theme)
        grid.fill(footer, style: theme[.footer])
        FooterBar([("a", "acknowledge"), ("d", "period"), ("Enter", "open"), ("Esc", "back"), ("?", "help")])
            .draw(in: footer, grid: &grid, theme: theme)
        help?.draw(in: grid.bounds, grid: &grid, theme: theme)
        confirmation?.overlay.draw(in: grid.bounds, grid: &grid, theme: theme)
    }
}
