import Foundation
import LiaisonCore
import TerminalUI

/// A person's sharing basis (R3) in a few words: a symbol and capitals mark the ones that block
/// sharing or are past review, so they stand out without colour too.
struct SharingBadge: Equatable {
    enum Severity: Equatable { case fine, review, blocked }

    let text: String
    let severity: Severity

    init(_ basis: SharingBasis, now: Date) {
        switch basis.kind {
        case .none: (text, severity) = ("✗ NO BASIS", .blocked)
        case .withdrawn: (text, severity) = ("✗ WITHDRAWN", .blocked)
        default:
            if basis.isReviewOverdue(now: now) {
                (text, severity) = ("! REVIEW DUE", .review)
            } else {
                (text, severity) = ("✓ " + Self.name(basis.kind), .fine)
            }
        }
    }

    static func name(_ kind: SharingBasis.Kind) -> String {
        switch kind {
        case .consent: "consent"
        case .representative: "attorney"
        case .bestInterests: "best int."
        case .safeguarding: "safeguard"
        case .none: "none"
        case .withdrawn: "withdrawn"
        }
    }

    /// The fuller wording for the detail view.
    static func describe(_ kind: SharingBasis.Kind) -> String {
        switch kind {
        case .consent: "the person's consent"
        case .representative: "consent of an attorney or deputy"
        case .bestInterests: "best-interests decision"
        case .safeguarding: "safeguarding"
        case .none: "none recorded"
        case .withdrawn: "consent withdrawn"
        }
    }

    var role: StyleRole? {
        switch severity {
        case .fine: nil
        case .review: .warning
        case .blocked: .alert
        }
    }
}
