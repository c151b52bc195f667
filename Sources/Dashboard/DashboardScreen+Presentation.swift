import Foundation
import TerminalUI

/// Showing another screen over the dashboard: a record's detail, the search, and the entry forms
/// that are built elsewhere. The dashboard stays drawn underneath, the top screen takes every
/// key, and when it answers `.quit` it is taken away and the panes are read again from the
/// store, so whatever it saved shows at once.
extension DashboardScreen {
    /// Puts `screen` on top; it takes the keys until it returns `.quit` from `handle(_:)`.
    public func present(_ screen: any Screen) {
        presented.append(screen)
    }

    /// The screen on top, if any.
    public var presentedScreen: (any Screen)? { presented.last }

    /// Takes the top screen away and re-reads the store.
    public func dismissPresented() {
        guard !presented.isEmpty else { return }
        presented.removeLast()
        reloadKeepingSelection()
    }

    /// Gives a key to the top screen; returns nil when nothing is presented.
    func handlePresented(_ key: Key) -> ScreenResponse? {
        guard let top = presented.last else { return nil }
        if top.handle(key) == .quit {
            // The presented screen may itself have presented another; only remove this one.
            if let index = presented.lastIndex(where: { $0 === top }) { presented.remove(at: index) }
            reloadKeepingSelection()
            // Every form that saved says so: one that only closes leaves the worker wondering
            // whether Ctrl-S took. A new contact says so itself, once highlighted (`reveal`).
            // A form opened from the start-up offer ends inside it.
            let ended = (top as? EntryFormScreen) ?? ((top as? DraftOfferScreen)?.opened as? EntryFormScreen)
            if let form = ended, form.isSaved, !(form is ContactEntryScreen) { status = "Saved: \(form.savedWords)" }
            if let form = ended, form.isSetAside {
                status = "Kept unsaved for later: \(form.kind.keyName) opens it again (\(form.kind.label))"
            }
            // A form saved, discarded or set aside changes what the header says is waiting; a
            // record's detail or the search closing changes nothing there.
            if ended != nil || top is DraftOfferScreen { refreshUnsavedForms() }
        }
        return .handled
    }

    /// Draws each presented screen over the dashboard, bottom one first.
    func drawPresented(into grid: inout CellGrid, theme: Theme) {
        for screen in presented { screen.draw(into: &grid, theme: theme) }
    }

    /// The earliest time a presented screen wants waking; each one's answer is kept for `wake`.
    func presentedWakeUp(after now: Date) -> Date? {
        presentedDeadlines = [:]
        for screen in presented {
            if let deadline = screen.nextWakeUp(after: now) { presentedDeadlines[ObjectIdentifier(screen)] = deadline }
        }
        return presentedDeadlines.values.min()
    }

    /// Wakes the presented screens whose time has come; `.changed` when any of them says so.
    func wakePresented(at now: Date) -> WakeResult {
        var result = WakeResult.unchanged
        for screen in presented where presentedDeadlines[ObjectIdentifier(screen)].map({ $0 <= now }) ?? false {
            if screen.wakeUp(at: now) == .changed { result = .changed }
        }
        return result
    }
}
