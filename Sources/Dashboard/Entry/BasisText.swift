import Foundation
import LiaisonCore

/// The person's sharing basis in a line a care worker reads mid-call (R3), and whether it
/// should stand out because information must not be shared on it.
enum BasisText {
    static func describe(_ basis: SharingBasis, now: Date, calendar: Calendar) -> (text: String, isWarning: Bool) {
        var text: String
        switch basis.kind {
        case .consent: text = "Sharing: they consented"
        case .representative: text = "Sharing: consent from \(basis.by ?? "their attorney or deputy")"
        case .bestInterests: text = "Sharing: best-interests decision by \(basis.by ?? "the team")"
        case .safeguarding: text = "Sharing: for safeguarding, authorised by \(basis.by ?? "a manager")"
        case .none: text = "Sharing: NO BASIS RECORDED – share nothing without an exception"
        case .withdrawn: text = "Sharing: CONSENT WITHDRAWN – share nothing without an exception"
        }
        let overdue = basis.isReviewOverdue(now: now)
        if overdue, let due = basis.reviewDue { text += " (review overdue since \(CareFormat(calendar: calendar).dated(due, now: now, time: false)))" }
        return (text, !basis.allowsSharing || overdue)
    }

    /// The line under a person picked on a form other than a contact's (a task, an escalation,
    /// an agreement, a correction) when their basis does not allow sharing, or is overdue for
    /// review: a task such as "send the medication list to the GP" shares information too
    /// (R3). Nil for anyone else, so the forms stay quiet when there is nothing to heed.
    static func warning(forPerson id: String, store: Store) -> String? {
        guard let person = store.person(id: id) else { return nil }
        let line = describe(person.basis, now: store.clock.now, calendar: store.calendar)
        return line.isWarning ? line.text : nil
    }
}
