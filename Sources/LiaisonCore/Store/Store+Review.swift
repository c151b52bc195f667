import Foundation

extension Store {
    /// Marks one contact reviewed (R12). Saved as an amendment, so who reviewed it and when is in
    /// its history like any other change (R11); a contact already marked since its last
    /// correction is returned unchanged.
    @discardableResult
    public func markReviewed(_ contact: Contact) throws -> Contact {
        guard !contact.reviewMarkStands else { return contact }
        try checkMayMarkReviewed(wholeDay: false)
        var next = contact
        next.reviewed = ReviewMark(by: staff, at: now)
        return try amend(next, reason: "reviewed at handover")
    }

    /// The id of the home the person `id` lives in now, as the settings write it.
    func homeID(ofPerson id: String) -> String? { homes.listedID(person(id: id)?.home) }

    /// Whether a mark made for `scopes` (`homesMarked`) reaches the records of the person `id`:
    /// the whole service's reaches everyone's; a home's, those of the people living there now.
    public func marks(for scopes: [String?], reach personID: String) -> Bool {
        scopes.contains(nil) || scopes.contains(homeID(ofPerson: personID))
    }

    /// The homes a mark made now, with `home` in view (nil: the whole service), is for: that
    /// home; else, in a group of homes, the homes the staff list says this member works in,
    /// when they are not all of them (their view of the group is theirs, on a group's server);
    /// else the whole service, as nil. Empty for a member whose listed homes are none of the
    /// group's, who may mark none (`checkMayMark(home:)` says so).
    public func homesMarked(from home: Home?) -> [String?] {
        if let home { return [home.id] }
        return memberHomes.map { $0.map(Optional.some) } ?? [nil]
    }

    /// The ids of the group's homes the staff list has this member working in, as the settings
    /// list them (a home written "elm" on the staff list is Elm); nil when they work in every
    /// home: not limited, not on the list, or a service without homes.
    var memberHomes: [String]? {
        guard !homes.isEmpty, let theirs = staffList.first(where: { $0.isNamed(staff) })?.homes else { return nil }
        let ids = Set(theirs.compactMap { homes.home(id: $0)?.id })
        let listed = homes.homes.map(\.id).filter(ids.contains)
        return listed.count == homes.homes.count ? nil : listed
    }

    /// Refuses, in words to show, a review or an acknowledgement of `home` (nil: what the whole
    /// group shows) by a member the staff list has working elsewhere: a shift lead of Elm has
    /// not read Rosewood's day, whichever home they ask for.
    public func checkMayMark(home: Home?) throws {
        guard let theirs = memberHomes else { return }
        let names = theirs.compactMap { homes.home(id: $0)?.name }
        guard !theirs.isEmpty else {
            throw FieldError("home", "the staff list has \(staff) working in none of the group's homes, so there is no home's day or handover for them to mark")
        }
        if let home, !theirs.contains(home.id) {
            throw FieldError("home", "the staff list has \(staff) working in \(names.spokenList), not \(home.name); its day and handover are marked by someone who works there")
        }
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
