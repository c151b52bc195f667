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
        if overdue, let due = basis.reviewDue { text += " (review overdue since \(DateInput.dayKey(due, calendar: calendar)))" }
        return (text, !basis.allowsSharing || overdue)
    }
}
