import Foundation

extension Store {
    /// The wall's feed from this store's working set at `now`: one home's part with `home`
    /// (`HomeFilter`: its people and the work about them), else everything. Names and task titles
    /// are read only when `names` is `full`; otherwise the feed holds initials, rooms and times alone.
    public func wallFeed(now: Date, home: Home? = nil, names: WallNames = .initials) -> WallFeed {
        let filter = self.filter(for: home)
        var people: [String: WallFeed.Person] = [:]
        for person in self.people where filter.includes(person) {
            people[person.id] = WallFeed.Person(
                initials: Initials.of(person.name), location: person.location, home: homes.listedID(person.home), name: names == .full ? person.name : nil,
                hasLeft: person.discharged != nil)
        }
        var roles: [String: PartnerRole] = [:]
        for partner in partners { roles[partner.id] = partner.role }

        func item(_ contact: Contact, owed: WallFeed.Contact.Owed?) -> WallFeed.Contact {
            WallFeed.Contact(id: contact.id, happenedAt: contact.happenedAt, channel: contact.channel.rawValue,
                             person: people[contact.personID], partnerRole: roles[contact.partnerID], owed: owed)
        }
        func owed(_ contact: Contact) -> WallFeed.Contact.Owed? {
            if contact.awaitsConfirmationDecision { return .decision }
            guard contact.awaitsConfirmation else { return nil }
            return .confirmation(requestedAt: contact.confirmation?.requestedAt ?? contact.happenedAt, chases: contact.confirmation?.chases.count ?? 0)
        }
        let startOfToday = calendar.startOfDay(for: now)
        let mine = { (personID: String?) in filter.includes(personID: personID) }

        let active = self.people.filter { $0.discharged == nil && filter.includes($0) }
        let byHome = Dictionary(grouping: active) { homes.listedID($0.home) }
        var feed = WallFeed(
            today: recentContacts.filter { $0.happenedAt >= startOfToday && $0.happenedAt <= now && mine($0.personID) }.map { item($0, owed: owed($0)) },
            undecided: undecidedAdvice.filter { mine($0.personID) }.map { item($0, owed: .decision) },
            awaited: chaseList.filter { mine($0.personID) }.map { item($0, owed: owed($0)) },
            tasks: openTasks.filter { mine($0.personID) }.map { task in
                WallFeed.OpenTask(id: task.id, due: task.due, isPromise: task.isPromise, owner: task.owner, title: names == .full ? task.title : nil,
                              person: task.personID.flatMap { people[$0] }, partnerRole: task.partnerID.flatMap { roles[$0] })
            },
            escalations: openEscalations.filter { mine($0.personID) }.map { escalation in
                WallFeed.OpenEscalation(id: escalation.id, kind: escalation.kind, stage: escalation.stage, isUrgent: escalation.isUrgent,
                                    nextDue: escalation.nextDue, person: escalation.personID.flatMap { people[$0] })
            },
            sharing: byHome.map { home, residents in
                WallFeed.Sharing(home: home, noBasis: residents.filter { !$0.basis.allowsSharing }.count,
                                 reviewOverdue: residents.filter { $0.basis.allowsSharing && $0.basis.isReviewOverdue(now: now) }.count)
            })
        feed.sort()
        return feed
    }
}
