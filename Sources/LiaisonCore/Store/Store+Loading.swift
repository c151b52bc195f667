import Foundation

extension Store {
    /// Loads the working set in one read: the backend keeps this to what is current, a
    /// `.directory` store reads no more than the people and partners, and a `.lookup` store
    /// nothing. The data version is read in the same view, so a commit meanwhile is not missed.
    func reload() throws {
        let scope = self.scope
        // A lookup store holds no days of contacts, so it counts none: a one-record command
        // then makes no calendar unless its own dates need one.
        let since = scope == .lookup ? Date.distantFuture : recentStart()
        let (set, version) = try backend.read { records -> (WorkingSet, Int) in
            var set = WorkingSet()
            set.recentSince = since
            guard scope != .lookup else { return (set, try records.dataVersion()) }
            set.people = try records.people()
            set.partners = try records.partners()
            guard scope == .everything else { return (set, try records.dataVersion()) }
            set.openTasks = try records.openTasks()
            set.openEscalations = try records.openEscalations()
            set.recentContacts = try records.contacts(happenedFrom: since, before: nil)
            set.chaseList = try records.contactsAwaitingConfirmation()
            set.undecidedAdvice = try records.contactsAwaitingConfirmationDecision()
            return (set, try records.dataVersion())
        }
        var sorted = set
        sorted.sortAll()
        workingSet = sorted
        lastDataVersion = version
    }

    /// Holds `days` days of contacts from now on, reading only the days not yet held: a store
    /// opened with today alone (the dashboard, to draw its first frame sooner) takes in the rest
    /// of the week once the screen is up. Observers hear a reload. Never narrows.
    public func widenRecent(toDays days: Int) throws {
        guard days > recentDays else { return }
        let held = workingSet.recentSince
        // Whether the days held still end today: when the day has turned since, a whole reload
        // moves every list on anyway.
        let current = held == recentStart()
        recentDays = days
        let since = recentStart()
        guard current, scope == .everything else {
            try reload()
            notify(.reloaded)
            return
        }
        // Read in a view of its own: a colleague's save since the working set was read is caught
        // by the next refresh, which sees the data version moved.
        let earlier = try backend.read { try $0.contacts(happenedFrom: since, before: held) }
        var set = workingSet
        set.recentContacts += earlier
        set.recentSince = since
        set.sortAll()
        workingSet = set
        notify(.reloaded)
    }
}
