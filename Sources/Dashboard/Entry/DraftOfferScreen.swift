import Foundation
import LiaisonCore
import TerminalUI

/// Asks at start-up whether to carry on with the form left unsaved last time; yes opens it with
/// every field as it was. No keeps the draft: its key opens it later, so nothing is lost by a
/// hurried key, and the day header names it meanwhile.
final class DraftOfferScreen: Screen {
    private let question: Overlay
    private let open: () -> Screen
    private var form: Screen?

    /// `calendar` is the store's: the draft's time reads as every other time on the dashboard.
    /// `others` counts this staff member's other unsaved forms, which wait for their own keys.
    init(draft: EntryDraft, others: Int = 0, calendar: Calendar, now: Date, open: @escaping () -> Screen) {
        self.open = open
        let who = draft.values["person-query"].map { " about \($0)" } ?? ""
        let summary = (draft.values["summary"] ?? draft.values["title"]).map { "“\($0)”" } ?? "(no summary yet)"
        let isContact = draft.form == EntryForm.contact.rawValue
        let kind = EntryForm(rawValue: draft.form)
        let form = kind.map { " (\($0.label))" } ?? ""
        let later = kind.map { "No keeps it: \($0.keyName) opens it later." } ?? "No keeps it."
        question = Overlay(title: isContact ? "Unsaved contact" : "Unsaved form", lines: [
            "You have \(isContact ? "a contact" : "a form\(form)")\(who) that was not saved,",
            "last changed \(CareFormat(calendar: calendar).dated(draft.updatedAt, now: now)): \(summary)",
            "Open it now? (\(later))",
        ] + (others == 0 ? [] : ["You have \(others) more unsaved form\(others == 1 ? "" : "s"): each form's key opens its own."]), kind: .confirm)
    }

    var minimumSize: Size { form?.minimumSize ?? Size(width: 40, height: 12) }

    /// The form opened by yes, once it is: the dashboard reads how it ended (saved, set aside).
    var opened: Screen? { form }

    func handle(_ key: Key) -> ScreenResponse {
        if let form { return form.handle(key) }
        switch question.handle(key) {
        case .confirmed:
            form = open()
            return .handled
        case .declined, .closed: return .quit
        case .stillOpen: return .handled
        }
    }

    func draw(into grid: inout CellGrid, theme: Theme) {
        if let form {
            form.draw(into: &grid, theme: theme)
        } else {
            question.draw(in: grid.bounds, grid: &grid, theme: theme)
        }
    }
}
