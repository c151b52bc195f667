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

    /// Whether a contact counts as reviewed: marked on its own, or entered before a review of
    /// its day that covers the home of the person it is about (`DayMarks`). A contact entered
    /// after the day's marks still needs looking at.
    public func isReviewed(_ contact: Contact, marks: DayMarks) -> Bool {
        marks.isReviewed(contact, home: homeID(ofPerson: contact.personID))
    }

    /// The day review `contact` counts as read under, if it is not marked on its own.
    public func dayReview(of contact: Contact, marks: DayMarks) -> DayReview? {
        marks.review(of: contact, home: homeID(ofPerson: contact.personID))
    }

    /// The id of the home the person `id` lives in now, as their record holds it.
    func homeID(ofPerson id: String) -> String? { person(id: id)?.home }

    /// The homes a mark made now, with `home` in view (nil: the whole service), is for: that
    /// home; else, in a group of homes, the homes the staff list says this member works in,
    /// when they are not all of them (their view of the group is theirs, on a group's server);
    /// else the whole service, as nil.
    public func homesMarked(from home: Home?) -> [String?] {
        if let home { return [home.id] }
        guard !homes.isEmpty, let theirs = staffList.first(where: { $0.isNamed(staff) })?.homes else { return [nil] }
        let listed = homes.homes.map(\.id).filter(theirs.contains)
        return listed.count == homes.homes.count || listed.isEmpty ? [nil] : listed
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
