import Foundation

extension Store {
    /// Loads the working set in one read: the backend keeps this to what is current, a
    /// `.directory` store reads no more than the people and partners, and a `.lookup` store
    /// nothing. The data version is read in the same view, so a commit meanwhile is not missed.
    func reload() throws {
        let since = recentStart()
        let scope = self.scope
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
}
