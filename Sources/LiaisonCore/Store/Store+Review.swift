import Foundation

extension Store {
    /// Marks one contact reviewed (R12). Saved as an amendment, so who reviewed it and when is in
    /// its history like any other change (R11); a contact already marked is returned unchanged.
    @discardableResult
    public func markReviewed(_ contact: Contact) throws -> Contact {
        guard contact.reviewed == nil else { return contact }
        try checkMayMarkReviewed(wholeDay: false)
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

    /// Whether the person this store records as may mark contacts and days reviewed (R12): the
    /// shift lead's check at handover, or a manager's. Anyone may when the service keeps no staff
    /// list; with one, a carer's or an unlisted name's mark would claim an oversight nobody gave.
    /// Acknowledging that one has read the handover is everyone's, and is not limited.
    public var canReview: Bool { isListed { $0.role == .shiftLead || $0.isManager } }

    /// Refuses, in words to show, a mark this staff member may not make: asked before a
    /// question is put to them, so a care worker is not asked to confirm what will be refused.
    public func checkMayMarkReviewed(wholeDay: Bool) throws {
        guard !canReview else { return }
        let (field, what) = wholeDay ? ("date", "a day") : ("contact", "a contact")
        let role = staffList.first { $0.isNamed(staff) }?.role
        // Worded as a group's database refuses it, so both stores say the same.
        let who = role.map { "\(staff) is a \($0.title)" } ?? "\(staff) is not on the staff list"
        throw FieldError(field, "marking \(what) reviewed is for a shift lead or a manager; \(who)")
    }
}
