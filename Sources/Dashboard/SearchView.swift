import Foundation
import LiaisonCore
import TerminalUI

/// `/`: one search over everything the dashboard holds — people, partners, staff, tasks and
/// escalations open or closed, and every contact's summary and advice (earlier versions
/// included) — drawn
/// over the dashboard, results grouped by kind with a count for each. Words match as in the
/// pickers: any part of a name, ignoring case and accents. Typing edits the words; Enter
/// searches, and Enter again on an unchanged query opens the highlighted result where it
/// belongs (a person's record with their contacts, a partner's with theirs). The half-typed
/// words are this view's own, so a refresh of the panes underneath never touches them.
public final class SearchView: Screen {
    static let keys: [(keys: [Key], label: String)] = [
        ([.enter], "search; again to open the highlighted result"), ([.up, .down], "move through the results"),
        ([.pageUp, .pageDown], "page through the results"), ([.escape], "back to the dashboard"),
        ([.character("?")], "this help, while nothing is typed"),
    ]
    static let contactLimit = 50
    /// Done tasks and resolved escalations listed at most, each: years of closed work can match.
    static let closedLimit = 50

    /// One line of the results: a kind's heading, or a record found.
    enum Line: Equatable {
        case heading
        case record(RecordReference)
        case staff(String)
    }

    let state: DashboardState
    let open: (RecordReference) -> Void
    public private(set) var field = TextField()
    private let columns = [TableColumn("", width: .fixed(20)), TableColumn("Found", width: .flexible(3)),
                           TableColumn("Details", width: .flexible(5))]
    private var rows: [[TableCell]] = []
    private var lines: [Line] = []
    private var tableState = TableState()
    public private(set) var results = SearchResults()
    /// The words the results are for; nil before the first search.
    public private(set) var searched: String?
    private var message: String?
    private var help: Overlay?

    init(state: DashboardState, open: @escaping (RecordReference) -> Void) {
        self.state = state
        self.open = open
    }

    public var minimumSize: Size { DashboardLayout.minimumSize }
    /// The contacts found, newest first.
    public var resultIDs: [String] { results.contacts.map(\.id) }
    /// The records listed, in order, headings left out: what tests read.
    public var listed: [RecordReference] {
        lines.compactMap { line -> RecordReference? in
            guard case .record(let record) = line else { return nil }
            return record
        }
    }

    public func handle(_ key: Key) -> ScreenResponse {
        if let overlay = help {
            if overlay.handle(key) != .stillOpen { help = nil }
            return .handled
        }
        switch key {
        case .character("?") where field.text.isEmpty:
            help = Overlay(title: "Keys in the search", lines: KeyMap.helpLines(for: Self.keys))
        case .escape: return .quit
        case .enter:
            let words = field.text.trimmingCharacters(in: .whitespaces)
            if words == searched, lines.indices.contains(tableState.selectedIndex) {
                openSelected()
            } else {
                run(words)
            }
        case .up, .pageUp, .home:
            _ = tableState.handle(key, rowCount: rows.count)
            skipHeading(by: -1)
        case .down, .pageDown, .end:
            _ = tableState.handle(key, rowCount: rows.count)
            skipHeading(by: 1)
        default:
            // Every other key edits the words, `?` and `q` included: they may be part of them.
            guard field.handle(key) else { return .ignored }
        }
        return .handled
    }

    /// Moves off a kind's heading onto a result, in the direction of travel where there is one.
    private func skipHeading(by step: Int) {
        var index = tableState.selectedIndex
        while lines.indices.contains(index), lines[index] == .heading { index += step }
        if !lines.indices.contains(index) {
            index = tableState.selectedIndex
            while lines.indices.contains(index), lines[index] == .heading { index -= step }
        }
        if lines.indices.contains(index) { tableState.select(index, rowCount: rows.count) }
    }

    private func openSelected() {
        switch lines[tableState.selectedIndex] {
        case .heading: break
        case .record(let record): open(record)
        case .staff(let name):
            message = "\(name) is on the staff: their people, tasks and escalations are listed under their names"
        }
    }

    private func run(_ words: String) {
        do {
            results = try state.store.searchEverything(words, contactLimit: Self.contactLimit, closedLimit: Self.closedLimit)
                .limited(to: state.homeFilter)
            searched = words
            message = results.isEmpty ? "Nothing found for “\(words)”" : summary()
        } catch {
            results = SearchResults()
            message = "The search failed: \(ErrorWords.describe(error))"
        }
        build()
        tableState = TableState()
        skipHeading(by: 1)
    }

    /// "1 partner · 2 open tasks · 3 contacts found": how many of each kind, in the order listed.
    private func summary() -> String {
        let counts = [(results.people.count, "person", "people"), (results.partners.count, "partner", "partners"),
                      (results.staff.count, "staff member", "staff"), (results.tasks.count, "open task", "open tasks"),
                      (results.escalations.count, "open escalation", "open escalations"),
                      (results.doneTasks.count, "done task", "done tasks"),
                      (results.resolvedEscalations.count, "resolved escalation", "resolved escalations"),
                      (results.contacts.count, "contact", "contacts")]
        let found = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }.joined(separator: " · ")
        return found + " found" + (results.contacts.count == Self.contactLimit ? " (the newest \(Self.contactLimit) contacts)" : "")
    }

    private func build() {
        rows = []
        lines = []
        let format = state.format, now = state.now
        func group(_ title: String, _ count: Int, heading: String? = nil, _ add: () -> Void) {
            guard count > 0 else { return }
            // A heading too long for the first column keeps its count beside it, in the next.
            let text = heading ?? "\(title) (\(count))"
            let fits = text.count <= 20
            rows.append(fits ? [TableCell(text, role: .emphasis)]
                             : [TableCell(title, role: .emphasis), TableCell(String(text.dropFirst(title.count + 1)), role: .emphasis)])
            lines.append(.heading)
            add()
        }
        func add(_ line: Line, _ cells: [String], role: StyleRole? = nil) {
            lines.append(line)
            rows.append(cells.enumerated().map { TableCell($1, role: $0 == 0 ? role ?? .muted : nil) })
        }
        group("People", results.people.count) {
            for person in results.people {
                var name = person.name
                if let preferred = person.preferredName, preferred != person.name { name += " (\(preferred))" }
                let details = [person.keyWorker.map { "key worker \($0)" }, SharingBadge(person.basis, now: now).text,
                               person.discharged.map { "left \(format.day($0, now: now))" }].compactMap { $0 }
                add(.record(.person(person.id)), [person.location ?? "", name, details.joined(separator: " · ")])
            }
        }
        group("Partners", results.partners.count) {
            for partner in results.partners {
                let details = [partner.role.title, partner.organisation, partner.phone].compactMap { $0 }.filter { !$0.isEmpty }
                add(.record(.partner(partner.id)), [partner.role.words.shortHeading, partner.name, details.joined(separator: " · ")])
            }
        }
        group("Staff", results.staff.count) {
            for member in results.staff {
                let details = ["key worker for \(member.keyWorkerFor)", "\(member.openTasks) open task\(member.openTasks == 1 ? "" : "s")",
                               "\(member.escalations) escalation\(member.escalations == 1 ? "" : "s") to manage"]
                add(.staff(member.name), [member.role.map(\.title) ?? "named on records", member.name, details.joined(separator: " · ")])
            }
        }
        group("Open tasks", results.tasks.count) {
            for task in results.tasks {
                let overdue = task.isOverdue(now: now)
                let details = [task.personID.map { "for " + state.personName($0) }, task.owner.map { "owner " + $0 }].compactMap { $0 }
                add(.record(.task(task.id)), [(overdue ? "⚠ " : "") + format.due(task.due, now: now), task.title,
                                              details.joined(separator: " · ")], role: overdue ? .alert : nil)
            }
        }
        group("Open escalations", results.escalations.count) {
            for escalation in results.escalations {
                let details = [escalation.kind.words.shortHeading, CareFormat.stage(escalation.stage),
                               escalation.manager ?? "no manager named"]
                add(.record(.escalation(escalation.id)), ["raised " + format.day(escalation.raisedAt, now: now), escalation.summary,
                                                          details.joined(separator: " · ")])
            }
        }
        group("Done tasks", results.doneTasks.count, heading: capped(results.doneTasks.count, "Done tasks")) {
            for task in results.doneTasks {
                let details = [task.personID.map { "for " + state.personName($0) }, task.owner.map { "owner " + $0 },
                               task.outcome].compactMap { $0 }.filter { !$0.isEmpty }
                add(.record(.task(task.id)), [task.closedAt.map { "done " + format.day($0, now: now) } ?? "done", task.title,
                                              details.joined(separator: " · ")])
            }
        }
        group("Resolved escalations", results.resolvedEscalations.count,
              heading: capped(results.resolvedEscalations.count, "Resolved escalations")) {
            for escalation in results.resolvedEscalations {
                let details = [escalation.kind.words.shortHeading, escalation.personID.map { "for " + state.personName($0) },
                               escalation.manager ?? "no manager named"].compactMap { $0 }
                add(.record(.escalation(escalation.id)), [escalation.resolvedAt.map { "resolved " + format.day($0, now: now) } ?? "resolved",
                                                          escalation.summary, details.joined(separator: " · ")])
            }
        }
        group("Contacts", results.contacts.count,
              heading: results.contacts.count == Self.contactLimit ? "Contacts (newest \(Self.contactLimit))" : nil) {
            for contact in results.contacts {
                let partner = state.partnerName(contact.partnerID)
                add(.record(.contact(contact.id)), [format.dayAndTime(contact.happenedAt, now: now),
                                                    state.personName(contact.personID) + " with " + partner,
                                                    CareFormat.oneLine(contact.summary + (contact.advice.map { " — " + $0 } ?? ""))])
            }
        }
    }

    /// A closed kind's heading when the limit cut its list short: the newest recorded are shown.
    private func capped(_ count: Int, _ title: String) -> String? {
        count == Self.closedLimit ? "\(title) (first \(count) shown)" : nil
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let (body, footer) = grid.bounds.splitBottom(1)
        grid.fill(body, style: theme[.text])
        let frame = Pane(title: "Search everything", isFocused: true)
        let inside = frame.draw(in: body, grid: &grid, theme: theme)
        guard inside.height > 2 else { return }
        let label = "Find: "
        grid.write(label, x: inside.x, y: inside.y, style: theme[.emphasis])
        field.draw(x: inside.x + label.count, y: inside.y, width: inside.width - label.count, grid: &grid, theme: theme, isFocused: true)
        grid.write(message ?? "People, partners, staff, tasks and escalations (closed too), and contacts' summaries and advice (wording since corrected too)",
                   x: inside.x, y: inside.y + 1, width: inside.width, style: theme[.muted])
        let list = Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 2)
        var table = Table(columns: columns, rows: rows, emptyMessage: searched == nil ? "Type a word or two, then Enter" : "")
        table.maxRowLines = 1
        table.draw(in: list, grid: &grid, theme: theme, isFocused: true, state: &tableState)
        frame.drawScrollMark(tableState, in: body, grid: &grid, theme: theme)
        FooterBar([("Enter", "search / open"), ("↑↓", "results"), ("Esc", "back"), ("?", "help")]).draw(in: footer, grid: &grid, theme: theme)
        help?.draw(in: grid.bounds, grid: &grid, theme: theme)
    }
}
