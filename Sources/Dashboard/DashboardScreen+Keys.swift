import Foundation
import LiaisonCore
import TerminalUI

/// What each key does on the dashboard; which key is which lives in `KeyMap`.
extension DashboardScreen {
    public func handle(_ key: Key) -> ScreenResponse {
        widenRecent()
        if let response = handlePresented(key) { return response }
        status = nil
        guard let action = KeyMap.action(for: key) else { return .ignored }
        return act(action)
    }

    /// Too small to be seen, only `q` on the dashboard itself does anything: someone who
    /// shrank the window can still leave, and nothing unseen is typed into a form.
    public func handleUnseen(_ key: Key) -> ScreenResponse {
        presented.isEmpty && KeyMap.action(for: key) == .quit ? .quit : .ignored
    }

    /// The one line an editing key gets on a store opened read-only.
    public static let readOnlyRefusal = "Read-only: this store can be read here but not changed"

    func act(_ action: DashboardAction) -> ScreenResponse {
        if action.changesRecords && state.store.isReadOnly {
            status = Self.readOnlyRefusal
            return .handled
        }
        switch action {
        case .nextPane: focused = focused.next
        case .previousPane: focused = focused.previous
        case .showHelp: present(OverlayScreen(Overlay(title: "Keys on the dashboard", lines: KeyMap.helpLines), minimumSize: DashboardLayout.minimumSize))
        case .quit: return .quit
        case .move(let movement): _ = tables[focused]?.handle(movement, rowCount: contents[focused]?.rows.count ?? 0)
        case .open: openSelected()
        case .filterPerson: filterToSelectedPerson()
        case .clearFilter:
            if state.personFilter != nil || !state.natureFilter.isEmpty {
                state.filter(person: nil)
                state.natureFilter = []
                rebuild()
            }
        case .filterNature:
            prompt(" Contacts of nature (e.g. formal multi; empty for all): ", width: 30) { [weak self] text in
                self?.perform(rebuilding: [.contacts]) { self?.state.natureFilter = try PartnershipNature.filterWords(text) }
            }
        case .previousDay: perform(rebuilding: [.contacts]) { try state.move(days: -1) }
        case .nextDay: perform(rebuilding: [.contacts]) { try state.move(days: 1) }
        case .today: perform(rebuilding: [.contacts]) { try state.showToday() }
        case .goToDate:
            prompt(" Go to date (Fri, 20/11, 3 days ago, or -1 for yesterday): ", width: 16) { [weak self] text in
                guard let self else { return }
                perform(rebuilding: [.contacts]) { try state.show(try parseDay(text)) }
            }
        case .markReviewed: markSelectedReviewed()
        case .markDayReviewed: askToReviewDay()
        case .search: present(SearchView(state: state, open: { [weak self] record in self?.openDetail(record) }))
        case .entry(let form):
            guard let entry else {
                status = "This screen cannot add or change records"
                return .handled
            }
            // The record highlighted in the form's own pane is the one it is about.
            let highlighted = form.startsOn.flatMap { $0.pane == focused ? selectedID(in: focused) : nil }
            if form == .confirmation {
                present(entry.confirm(contactID: highlighted))
            } else {
                present(entry.open(form, highlighted: highlighted))
            }
        case .exceptionRegister:
            present(ExceptionRegisterView(state: state, canWrite: entry != nil && !state.store.isReadOnly,
                                          open: { [weak self] record in self?.openDetail(record) }))
        case .acknowledgeHandover: askToAcknowledgeHandover()
        case .owedInWriting:
            present(OwedView(state: state, open: { [weak self] record in self?.openDetail(record) },
                             step: entry.map { entry in { [weak self] id in self?.present(entry.confirm(contactID: id)) } }))
        }
        return .handled
    }

    private func openSelected() {
        guard let id = selectedID(in: focused) else {
            status = "Nothing to open in \(focused.title)"
            return
        }
        switch focused {
        case .people: openDetail(.person(id))
        case .contacts: openDetail(.contact(id))
        case .tasks: openDetail(.task(id))
        case .escalations: openDetail(.escalation(id))
        }
    }

    func openDetail(_ record: RecordReference) {
        present(DetailView(record: record, state: state, open: { [weak self] linked in self?.openDetail(linked) }))
    }

    private func filterToSelectedPerson() {
        guard focused == .people else {
            status = "Space picks a person in the People pane (Tab to get there)"
            return
        }
        guard let id = selectedID(in: .people) else { return }
        state.filter(person: state.personFilter == id ? nil : id)
        rebuild()
    }

    private func markSelectedReviewed() {
        guard focused == .contacts else {
            status = "r marks a contact: move to the Contacts pane first"
            return
        }
        guard let id = selectedID(in: .contacts) else {
            status = "No contact to mark on this day"
            return
        }
        // Said, not silently ignored: a second r must not look like a key that did nothing.
        if let contact = state.dayContacts.first(where: { $0.id == id }), state.isReviewed(contact) {
            let own = contact.reviewMarkStands ? contact.reviewed.map { " by \($0.by)" } : nil
            let by = own ?? state.dayReview(of: contact).map { " with the whole day, by \($0.reviewedBy)" } ?? ""
            status = "Already reviewed\(by)"
            return
        }
        // Like a form's save, a mark waits only briefly on a store another program holds.
        perform { try state.store.waitingAtMost(Store.formSaveWait) { try state.markReviewed(contactID: id) } }
    }

    private func askToReviewDay() {
        // Refused before the question: a care worker is not asked to confirm a mark they may not make.
        do {
            try state.store.checkMayMarkReviewed(wholeDay: true)
            try state.store.checkMayMark(home: state.home)
        } catch {
            status = "Not done: \((error as? FieldError)?.message ?? "\(error)")"
            return
        }
        let day = state.format.fullDay(state.day, now: state.now)
        let covered = state.contactsToReview
        let count = covered.count
        let waiting = covered.filter { !state.isReviewed($0) }.count
        let scope = state.reviewedHomesPhrase.map { " in \($0)" } ?? ""
        guard waiting > 0 else {
            status = count == 0 ? "No contacts on \(day)\(scope) to review" : "Every contact of \(day)\(scope) is reviewed already"
            return
        }
        // A day already reviewed keeps its first mark; what is marked now is what was entered since.
        var lines = [state.reviewOfMarkScope.map { review in
            // A contact corrected since was reviewed as it read before: it is asked about again.
            let unread = covered.filter { !state.isReviewed($0) }
            let entered = unread.contains { $0.audit.createdAt > review.reviewedAt }
            let corrected = unread.contains { $0.audit.createdAt <= review.reviewedAt }
            let since = entered && corrected ? "entered or corrected since" : corrected ? "corrected since" : "entered since"
            return "Mark the \(waiting) contact\(waiting == 1 ? "" : "s") \(since) \(review.reviewedBy) reviewed \(day)\(scope) reviewed, as \(state.store.staff)?"
        } ?? "Mark all \(count) contact\(count == 1 ? "" : "s") of \(day)\(scope) reviewed (\(waiting) not yet), as \(state.store.staff)?"]
        // A filter hides some of the day; the mark is for the whole day (of its homes), so say so.
        let ids = Set(covered.map(\.id))
        let shown = state.visibleContacts.filter { ids.contains($0.id) }.count
        if shown == 0, !state.visibleContacts.isEmpty {
            lines.append("None of the contacts shown is among them; this marks every contact of the day\(scope).")
        } else if shown < count {
            lines.append("This marks every contact of the day\(scope), not only the \(shown) shown.")
        }
        // A member the staff list limits to some homes reviews those, even over the whole group.
        if state.home == nil, let homes = state.reviewedHomesPhrase {
            lines.append("The mark is for \(homes) only: the staff list has you working there.")
        }
        let overlay = Overlay(title: "Review \(day)", lines: lines, kind: .confirm)
        // The yes is to the contacts the question counted: one entered or corrected by a
        // colleague while it was up was not in front of this reviewer, so nothing is marked.
        let asked = Self.versions(covered)
        ask(overlay) { [state] in
            _ = try state.refresh()
            guard Self.versions(state.contactsToReview) == asked else {
                throw FieldError("date", "contacts of the day were entered or changed while you were asked, so nothing was marked; press R again to see them")
            }
            try state.store.waitingAtMost(Store.formSaveWait) { try state.markDayReviewed() }
        }
    }

    /// Each contact's id and version: what a question about them was asked on.
    private static func versions(_ contacts: [Contact]) -> [String: Int] {
        Dictionary(contacts.map { ($0.id, $0.audit.version) }, uniquingKeysWith: { first, _ in first })
    }

    private func askToAcknowledgeHandover() {
        guard entry != nil, !state.store.isReadOnly else {
            status = "This screen cannot add or change records"
            return
        }
        do {
            try state.store.checkMayMark(home: state.home)
        } catch {
            status = "Not done: \((error as? FieldError)?.message ?? "\(error)")"
            return
        }
        let day = state.format.fullDay(state.day, now: state.now)
        // In a group, the handover read is the part in view: one home's, or every home's.
        let whose = state.reviewedHomesPhrase.map { "\($0)'s handover" } ?? (state.marksHomes ? "every home's handover" : "the handover")
        let overlay = Overlay(
            title: "Handover for \(day)",
            lines: ["Record that you, \(state.store.staff), read \(whose) for \(day)?"],
            kind: .confirm)
        ask(overlay) { [state] in
            try state.store.waitingAtMost(Store.formSaveWait) { try state.acknowledgeHandover() }
        }
    }

    /// Asks a yes/no question over the panes; a yes runs `onYes`, its refusal shown in the footer.
    private func ask(_ overlay: Overlay, onYes: @escaping () throws -> Void) {
        present(OverlayScreen(overlay, minimumSize: DashboardLayout.minimumSize, onConfirm: { [weak self] in self?.perform(onYes) }))
    }

    /// Asks for a line of text in the footer; Enter hands it to `onEnter`.
    private func prompt(_ label: String, width: Int, onEnter: @escaping (String) -> Void) {
        present(PromptScreen(label: label, inputWidth: width, minimumSize: DashboardLayout.minimumSize, onEnter: onEnter))
    }

    /// A date as typed, or a number of days from today ("-1" is yesterday).
    private func parseDay(_ text: String) throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let offset = Int(trimmed) {
            return state.store.calendar.date(byAdding: .day, value: offset, to: state.now) ?? state.now
        }
        return try state.store.readDate(trimmed, field: "date", precision: .day, direction: .past)
    }
}
