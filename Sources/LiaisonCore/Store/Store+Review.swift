import Foundation

extension Store {
    /// Marks one contact reviewed (R12). Saved as an amendment, so who reviewed it and when is in
    /// its history like any other change (R11); a contact already marked is returned unchanged.
    @discardableResult
    public func markReviewed(_ contact: Contact) throws -> Contact {
        guard contact.reviewed == nil else { return contact }
        var next = contact
        next.reviewed = ReviewMark(by: staff, at: now)
        return try amend(next, reason: "reviewed at handover")
    }

    /// Whether a contact counts as reviewed: marked on its own, or entered before its day was
    /// marked reviewed. A contact entered after the day's mark still needs looking at.
    public static func isReviewed(_ contact: Contact, dayReview: DayReview?) -> Bool {
        if contact.reviewed != nil { return true }
        guard let dayReview else { return false }
        return contact.audit.createdAt <= dayReview.reviewedAt
    }
}
