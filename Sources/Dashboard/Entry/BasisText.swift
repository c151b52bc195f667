import Foundation
import LiaisonCore

/// The person's sharing basis in a line a care worker reads mid-call (R3), and whether it
/// should stand out because information must not be shared on it.
enum BasisText {
    /// `sharedUnder` is the exception a share on the form rests on, once chosen: then the line
    /// says so, rather than still "share nothing without an exception".
    static func describe(
        _ basis: SharingBasis, now: Date, calendar: Calendar, sharedUnder exception: SharingException.Kind? = nil
    ) -> (text: String, isWarning: Bool) {
        let unless = exception.map { " – shared under the \($0 == .safeguarding ? "safeguarding" : "best-interests") exception below" }
            ?? " – share nothing without an exception"
        var text: String
        switch basis.kind {
        case .consent: text = "Sharing: they consented"
        case .representative: text = "Sharing: consent from \(basis.by ?? "their attorney or deputy")"
        case .bestInterests: text = "Sharing: best-interests decision by \(basis.by ?? "the team")"
        case .safeguarding: text = "Sharing: for safeguarding, authorised by \(basis.by ?? "a manager")"
        case .none: text = "Sharing: NO BASIS RECORDED" + unless
        case .withdrawn: text = "Sharing: CONSENT WITHDRAWN" + unless
        }
        let overdue = basis.isReviewOverdue(now: now)
        if overdue, let due = basis.reviewDue { text += " (review overdue since \(CareFormat(calendar: calendar).dated(due, now: now, time: false)))" }
        return (text, !basis.allowsSharing || overdue)
    }

    /// The line under a person picked on a form other than a contact's (a task, an escalation,
    /// an agreement, a correction) when their basis does not allow sharing, or is overdue for
    /// review: a task such as "send the medication list to the GP" shares information too
    /// (R3). For someone who left, that first. Nil for anyone else, so the forms stay quiet
    /// when there is nothing to heed.
    static func warning(forPerson id: String, store: Store) -> String? {
        guard let person = store.person(id: id) else { return nil }
        let line = describe(person.basis, now: store.clock.now, calendar: store.calendar)
        let parts = [left(person, store: store), line.isWarning ? line.text : nil].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// "Left the service (died, Thu 3 Dec): saved with their records; they stay off the lists",
    /// for a record about someone who left: right to save (a letter after a move belongs with
    /// them), and the one saving it should know it does not bring them back.
    static func left(_ person: Person, store: Store) -> String? {
        guard let left = person.leftAs, let day = person.discharged else { return nil }
        let on = CareFormat(calendar: store.calendar).dated(day, now: store.clock.now, time: false)
        return "Left the service (\(left), \(on)): saved with their records; they stay off the lists"
    }
}
