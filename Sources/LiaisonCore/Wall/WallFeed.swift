import Foundation

/// What an office wall may be told, and nothing more: who as initials and room, which kind of
/// partner, when, how urgent and what is owed; sharing problems as counts per home. No summary,
/// advice, note or outcome is in it, so nothing drawn from it can put them on a shared screen.
///
/// Two sources make the same feed: a store signed in as staff (`Store.wallFeed`), and on
/// PostgreSQL the wall's own role, which may read only the schema's wall views
/// (`PostgresWallViews`). The wall is drawn from the feed alone (`WallSnapshot.build`), so both
/// draw the same screen for the same records.
public struct WallFeed: Sendable, Equatable {
    /// Someone supported, as the wall may name them.
    public struct Person: Sendable, Equatable {
        /// "E.B." (`Initials`).
        public var initials: String
        public var location: String?
        /// Their home's id; nil for a service without homes.
        public var home: String?
        /// Their name, read only by a wall signed in as staff (for `WallNames.full`); a wall's
        /// own role never reads names.
        public var name: String?
        /// Whether they left the service (discharged, moved or died; which, the wall is not
        /// told): leaving closes none of the work about them, and the office must not do it as
        /// if they were still here.
        public var hasLeft: Bool

        public init(initials: String, location: String?, home: String?, name: String? = nil, hasLeft: Bool = false) {
            self.initials = initials
            self.location = location
            self.home = home
            self.name = name
            self.hasLeft = hasLeft
        }
    }

    public struct Contact: Sendable, Equatable {
        /// What is still owed about a contact's advice (R6).
        public enum Owed: Sendable, Equatable {
            /// Nobody has decided whether to ask for it in writing.
            case decision
            /// Asked for in writing at `requestedAt`, chased `chases` times, not yet received.
            case confirmation(requestedAt: Date, chases: Int)
        }

        public var id: String
        public var happenedAt: Date
        /// How it happened, as records write it: "phone", "visit".
        public var channel: String
        public var person: Person?
        public var partnerRole: PartnerRole?
        public var owed: Owed?

        public init(id: String, happenedAt: Date, channel: String, person: Person?, partnerRole: PartnerRole?, owed: Owed?) {
            self.id = id
            self.happenedAt = happenedAt
            self.channel = channel
            self.person = person
            self.partnerRole = partnerRole
            self.owed = owed
        }

        /// When the written confirmation was asked for; the contact's own time for a decision.
        public var askedAt: Date {
            if case .confirmation(let requestedAt, _) = owed { return requestedAt }
            return happenedAt
        }
    }

    public struct OpenTask: Sendable, Equatable {
        public var id: String
        public var due: Date
        public var isPromise: Bool
        /// Who it is for, as typed ("night staff"): a role or a colleague, never a resident.
        public var owner: String?
        /// The task's own words, free text that may name anyone: only from a store signed in as
        /// staff, and shown only when a service chose `WallNames.full`.
        public var title: String?
        public var person: Person?
        public var partnerRole: PartnerRole?

        public init(id: String, due: Date, isPromise: Bool, owner: String?, title: String?, person: Person?, partnerRole: PartnerRole?) {
            self.id = id
            self.due = due
            self.isPromise = isPromise
            self.owner = owner
            self.title = title
            self.person = person
            self.partnerRole = partnerRole
        }

        public func isOverdue(now: Date) -> Bool { due < now }
    }

    public struct OpenEscalation: Sendable, Equatable {
        public var id: String
        public var kind: Escalation.Kind
        public var stage: Escalation.Stage
        public var isUrgent: Bool
        /// When its current stage must move by.
        public var nextDue: Date?
        public var person: Person?

        public init(id: String, kind: Escalation.Kind, stage: Escalation.Stage, isUrgent: Bool, nextDue: Date?,
                    person: Person?) {
            self.id = id
            self.kind = kind
            self.stage = stage
            self.isUrgent = isUrgent
            self.nextDue = nextDue
            self.person = person
        }

        /// A partner's concern stays flagged until a manager acknowledges it (R10).
        public var awaitsManager: Bool { kind == .partnerConcern && stage == .raised }
    }

    /// One home's people who need attention about sharing, counted: never who they are.
    public struct Sharing: Sendable, Equatable {
        /// The home; nil for people of no home.
        public var home: String?
        /// Current residents with no basis to share on (none recorded, or withdrawn).
        public var noBasis: Int
        /// Current residents whose basis stands but whose review date has passed.
        public var reviewOverdue: Int

        public init(home: String?, noBasis: Int, reviewOverdue: Int) {
            self.home = home
            self.noBasis = noBasis
            self.reviewOverdue = reviewOverdue
        }
    }

    /// Today's contacts up to now, newest first.
    public var today: [Contact]
    /// Advice nobody has decided about, however old, oldest first.
    public var undecided: [Contact]
    /// Written confirmations asked for and not received, however old, the oldest request first.
    public var awaited: [Contact]
    /// Open tasks and promises, soonest due first.
    public var tasks: [OpenTask]
    /// Open escalations, the soonest next step first.
    public var escalations: [OpenEscalation]
    /// Per home, in the order of the homes' ids; only homes with someone counted or current.
    public var sharing: [Sharing]

    public init(today: [Contact], undecided: [Contact], awaited: [Contact], tasks: [OpenTask], escalations: [OpenEscalation], sharing: [Sharing]) {
        self.today = today
        self.undecided = undecided
        self.awaited = awaited
        self.tasks = tasks
        self.escalations = escalations
        self.sharing = sharing
    }

    /// Puts every list in the order the wall reads it, ties broken by id: both sources sort
    /// here, so the same records give the same wall whichever read them.
    public mutating func sort() {
        today.sort { ($0.happenedAt, $0.id) > ($1.happenedAt, $1.id) }
        undecided.sort { ($0.happenedAt, $0.id) < ($1.happenedAt, $1.id) }
        awaited.sort { ($0.askedAt, $0.id) < ($1.askedAt, $1.id) }
        tasks.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        escalations.sort { ($0.nextDue ?? .distantFuture, $0.id) < ($1.nextDue ?? .distantFuture, $1.id) }
        sharing.sort { ($0.home ?? "") < ($1.home ?? "") }
    }
}
