import Foundation

/// One step on a piece of advice's written confirmation (R6), as the dashboard's key and
/// `liaison confirm` record it.
public enum ConfirmationStep: Equatable, Sendable {
    /// Asked the partner to put the advice in writing: how, from whom when not the partner the
    /// contact was with, and when (nil: now). The chase list ages from this moment.
    case requested(how: String, from: String? = nil, at: Date? = nil)
    /// Asked again; `at` nil means now. What was said is kept with every chase.
    case chased(note: String, at: Date? = nil)
    /// The letter or email came: when (nil: now), as what, and its reference.
    case received(at: Date? = nil, medium: Confirmation.Medium? = nil, reference: String? = nil)
    case notNeeded(reason: String)
    case notPossible(reason: String)
    /// The last step was recorded wrongly (a letter for another contact marked received, a
    /// chase that never happened): it is taken back, with why, and the history keeps what it
    /// said. A received, not-needed or not-possible answer goes back to the request when there
    /// was one, else to no decision; a request's last chase goes; a request without chases goes.
    case takenBack(reason: String)
}
