import Foundation

/// One day's handover (issues 4 and 11), or a period's record for an inspection: what happened
/// with partners, and what the next shift needs — what is owed and due, whose sharing basis needs
/// attention, what was corrected, and every sharing exception for the manager — as at the moment
/// the report was made, and who made it and who read it. Names are resolved here, so every renderer (text,
/// Markdown, CSV, JSON) works from the same plain facts and never touches the Store. A person is
/// named as the dashboard names them (`PersonNames.full`): their whole name, with their room or
/// the name they go by when someone else has that name too ("John Smith (Room 3)").
///
/// The owed sections (chase list, overdue tasks, open escalations) are the current state, not the
/// state at the end of the chosen day: a task closed since then has no earlier "open" version worth
/// reporting, and the shift lead acts on what is owed now.
public struct HandoverReport: Codable, Equatable, Sendable {
    /// The day reported, `yyyy-MM-dd` in `timeZone`; the first day of a period.
    public var day: String
    /// The last day of a period (`--from/--to`); nil for one day's handover.
    public var lastDay: String?
    /// The time zone the day and every clock time in the text formats are read in.
    public var timeZone: String
    /// "Now" when the report was made: ages and overdue marks are measured from it.
    public var asAt: Date
    /// Who ran the report: the handover says who handed over.
    public var producedBy: String
    /// Who marked the day reviewed, and when (R12); nil while it is not, and for a period.
    public var review: Review?
    /// Who, coming on shift, read and acknowledged this day's handover, and when.
    public var acknowledgedBy: [Review]
    public var contacts: [ContactEntry]
    /// Open tasks and promises due within the next 24 hours of `asAt`, soonest first.
    public var dueSoon: [TaskEntry]
    /// People still supported whose sharing basis needs attention (R3).
    public var basisAttention: [BasisEntry]
    /// Records corrected in the day or period (R11), oldest first.
    public var corrections: [CorrectionEntry]
    public var chaseList: [ChaseEntry]
    /// Advice with no decision about written confirmation: "decide: ask in writing" (R6).
    public var undecided: [UndecidedEntry]
    public var overdueTasks: [TaskEntry]
    /// Open escalations, most urgent first: overdue, then by when the next step is due.
    public var openEscalations: [EscalationEntry]
    /// The manager's register: every share under an exception in the day or period (R3).
    public var sharingExceptions: [ExceptionEntry]

    /// People who left the service in the day or period (R1), or came back in it having left
    /// before it, in the order it happened: a death, a move or a return the next shift must know
    /// of. Nil in a report written before it was gathered.
    public var leavings: [LeavingEntry]? = nil

    /// `leavings`, none in a report written before it was gathered: what every format lists.
    public var whoLeft: [LeavingEntry] { leavings ?? [] }

    /// Contacts entered in the day or period that happened before it, earliest first: advice
    /// written up the morning after belongs to a day whose handover has been read, so it is put
    /// in front of the shift that is on when it is entered. Each is reviewed or not by its own
    /// day's review. Nil in a report written before it was gathered.
    public var enteredLate: [ContactEntry]? = nil

    /// `enteredLate`, none in a report written before it was gathered: what every format lists.
    public var lateEntries: [ContactEntry] { enteredLate ?? [] }

    /// Tasks and promises closed in the day or period, with their outcomes (R8), earliest first:
    /// what was finished. Nil in a report written before it was gathered.
    public var closedTasks: [ClosedTaskEntry]? = nil
    /// Escalations resolved in the day or period (R10), with the outcome and, where a view was
    /// not accepted, why; earliest first. Nil in a report written before it was gathered.
    public var resolvedEscalations: [ResolvedEscalationEntry]? = nil

    /// `closedTasks` and `resolvedEscalations`, none in a report written before they were gathered.
    public var tasksClosed: [ClosedTaskEntry] { closedTasks ?? [] }
    public var escalationsResolved: [ResolvedEscalationEntry] { resolvedEscalations ?? [] }

    /// The nature words the contacts were narrowed to (R4), e.g. ["formal"]; empty for all.
    public var natureFilter: [String] = []

    /// The home this part covers, by its full name, in a group of homes (`GroupReport`); nil
    /// for a service of one home. Its lists hold that home's people and their work only.
    public var home: String? = nil

    /// Whether this covers more than one day.
    public var isPeriod: Bool { lastDay != nil && lastDay != day }

    public struct Review: Codable, Equatable, Sendable {
        public var by: String
        public var at: Date
    }

    /// A contact of the day (R5), with its confirmation (R6), care plan change (R7) and sharing (R3).
    public struct ContactEntry: Codable, Equatable, Sendable {
        public var id: String
        public var happenedAt: Date
        /// When it was entered (R5 keeps both): a note written from memory the next morning
        /// reads differently from one typed during the call.
        public var enteredAt: Date
        public var person: String
        /// The person's id, for a script that must tell two of one name apart; the name above is
        /// for people to read.
        public var personID: String? = nil
        public var partner: String
        public var role: PartnerRole
        public var organisation: String?
        public var channel: Contact.Channel
        public var direction: Contact.Direction
        public var summary: String
        /// In the partner's words, exactly as recorded.
        public var advice: String?
        public var confirmation: Confirmation?
        public var carePlanAmendment: CarePlanAmendment?
        public var sharedByUs: Bool
        public var sharingException: SharingException?
        /// The partnership's nature on the policy's four axes (R4), when classified.
        public var nature: PartnershipNature?
        public var recordedBy: String
        /// Reviewed as it reads now: on its own, or entered before the whole day was marked, and
        /// not corrected since (`DayMarks.isReviewed`).
        public var reviewed: Bool
        /// Who reviewed it: the contact's own mark, else the day's.
        public var reviewedBy: String?
        /// When it was corrected after it had been reviewed (on its own or with its day), so that
        /// review, of what it said before, no longer counts; nil otherwise.
        public var correctedAfterReview: Date? = nil

        /// Whole hours from the contact to its entry, when it was entered more than an hour after
        /// it happened; nil for a record made at the time. An hour covers finishing a call or a
        /// visit before typing; past that the human-readable formats say so.
        public var hoursEnteredLate: Int? {
            guard enteredAt.timeIntervalSince(happenedAt) > 3_600 else { return nil }
            return HandoverReport.hours(from: happenedAt, to: enteredAt)
        }
    }

    /// Advice whose written confirmation was asked for and has not come (R6).
    public struct ChaseEntry: Codable, Equatable, Sendable {
        public var contactID: String
        public var person: String
        /// The person's id, for a script that must tell two of one name apart; the name above is
        /// for people to read.
        public var personID: String? = nil
        public var partner: String
        public var role: PartnerRole
        public var advice: String?
        public var requestedAt: Date
        /// How it was asked for (email, letter, on the call), when recorded.
        public var method: String?
        /// Who was asked to write, when not the partner.
        public var requestedFrom: String?
        /// Whole hours from `requestedAt` to `asAt`.
        public var waitingHours: Int
        /// How many times it has been chased, and the last chase: when, by whom, what was said.
        public var chases: Int
        public var lastChase: Confirmation.Chase?
    }

    /// Advice saved without a decision about written confirmation (R6): someone must ask for it
    /// in writing, or say why that is not needed or not possible.
    public struct UndecidedEntry: Codable, Equatable, Sendable {
        public var contactID: String
        public var happenedAt: Date
        public var person: String
        /// The person's id, for a script that must tell two of one name apart; the name above is
        /// for people to read.
        public var personID: String? = nil
        public var partner: String
        public var role: PartnerRole
        public var advice: String?
        public var recordedBy: String
        /// Whole hours from `happenedAt` to `asAt`.
        public var waitingHours: Int
    }

    /// An open task or promise past its due time (R8).
    public struct TaskEntry: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var person: String?
        /// The person's id, for a script that must tell two of one name apart; the name above is
        /// for people to read.
        public var personID: String? = nil
        public var partner: String?
        public var owner: String?
        public var due: Date
        public var isPromise: Bool
        /// Whole hours from `due` to `asAt`; 0 for one not yet due.
        public var hoursOverdue: Int
        /// The last logged delay said the partner was told.
        public var partnerInformed: Bool
        /// How many times it was put back, and the last time: when, by whom and why (R8), so the
        /// next shift knows a due time was moved and whether the partner knows.
        public var delays: Int? = nil
        public var lastDelay: CareTask.Delay? = nil

        /// "Put back twice, last 24 Nov 11:00 by Kim Night: surgery closed; partner told", for the
        /// text and Markdown formats; nil for a task never put back.
        func delayWords(_ style: ReportStyle) -> String? {
            guard let delay = lastDelay else { return nil }
            let times = switch delays ?? 1 { case 1: "once"; case 2: "twice"; case let n: "\(n) times" }
            return "Put back \(times), last \(style.short(delay.at)) by \(one(delay.by)): \(one(delay.note)); "
                + (delay.partnerInformed ? "partner told" : "partner not told")
        }
    }

    /// An escalation not yet resolved (R10).
    public struct EscalationEntry: Codable, Equatable, Sendable {
        public var id: String
        public var kind: Escalation.Kind
        public var summary: String
        public var person: String?
        /// The person's id, for a script that must tell two of one name apart; the name above is
        /// for people to read.
        public var personID: String? = nil
        public var partner: String?
        public var manager: String?
        public var stage: Escalation.Stage
        public var raisedAt: Date
        /// When the current stage must move on by.
        public var nextDue: Date?
        public var overdue: Bool
        public var urgency: Escalation.Urgency
        /// A partner's concern no manager has acknowledged yet.
        public var awaitsManager: Bool
        /// A complaint to a partner's organisation: their reference for it, and the day it was sent.
        public var theirReference: String? = nil
        public var sentOn: Date? = nil
    }

    /// A person whose sharing basis needs looking at (R3): none recorded, withdrawn, or its review
    /// date passed or within the next week.
    public struct BasisEntry: Codable, Equatable, Sendable {
        public var person: String
        /// The person's id, for a script that must tell two of one name apart; the name above is
        /// for people to read.
        public var personID: String? = nil
        public var location: String?
        public var basis: SharingBasis.Kind
        public var reviewDue: Date?
        /// In a few words: "no basis recorded", "consent withdrawn", "review overdue", "review due soon".
        public var need: String

        /// The room to show beside `person`: nil when there is none, or when the name ends with
        /// it already, as a namesake's does ("John Smith (Room 3)").
        public var roomBesideName: String? { HandoverReport.room(location, besideName: person) }
    }

    /// `location` to show beside `person`, a name as `PersonNames.full` grew it: nil when there
    /// is none, or when the name ends with it already ("John Smith (Room 3)").
    static func room(_ location: String?, besideName person: String) -> String? {
        guard let location else { return nil }
        let room = location.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return person.hasSuffix(" (\(room))") || person.hasSuffix(", \(room))") ? nil : location
    }

    /// Someone who left the service (R1): how, on which day, and where to or any note.
    public struct LeavingEntry: Codable, Equatable, Sendable {
        public var person: String
        public var personID: String
        public var location: String?
        public var kind: Person.Leaving.Kind
        public var on: Date
        public var note: String?
        /// When they came back, if they have since, and the reason given for taking them back.
        public var cameBack: Date? = nil
        public var cameBackReason: String? = nil
        /// They left before the day or period, and are listed because they came back in it; nil
        /// (not so) in a report written before returns were listed.
        public var leftEarlier: Bool? = nil

        /// When a leaving of a day before the period was recorded, in the period: it is listed
        /// because that day's handover did not have it. Nil otherwise, and in older reports.
        public var recordedAt: Date? = nil

        /// When what is news happened: the return, for someone who left before the period; the
        /// recording, for a leaving of an earlier day recorded in it.
        public var when: Date { leftEarlier == true ? cameBack ?? on : recordedAt ?? on }

        /// The room to show beside `person`: nil when there is none, or when the name ends with
        /// it already, as a namesake's does.
        public var roomBesideName: String? { HandoverReport.room(location, besideName: person) }
    }

    /// A task or promise closed (R8): what, for whom, when it was due, and how it ended.
    public struct ClosedTaskEntry: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var person: String?
        public var personID: String?
        public var partner: String?
        public var owner: String?
        public var due: Date
        public var isPromise: Bool
        public var closedAt: Date
        /// Who closed it, though it was corrected since.
        public var closedBy: String
        public var outcome: String?

        /// Whole hours it was closed after it was due; nil when closed in time.
        public var hoursLate: Int? {
            closedAt > due ? HandoverReport.hours(from: due, to: closedAt) : nil
        }
    }

    /// An escalation resolved (R10): what it was, who saw it through, and how it ended.
    public struct ResolvedEscalationEntry: Codable, Equatable, Sendable {
        public var id: String
        public var kind: Escalation.Kind
        public var summary: String
        public var person: String?
        public var personID: String?
        public var partner: String?
        public var manager: String?
        public var raisedAt: Date
        public var resolvedAt: Date
        /// Who resolved it, though it was corrected since.
        public var resolvedBy: String
        public var outcome: String?
        /// Where a view was not accepted, the reason given to whoever held it.
        public var reasonNotAccepted: String?
        public var notes: [Escalation.Note]
    }

    /// A record corrected (R11): what, by whom, when, why, and what it said before.
    public struct CorrectionEntry: Codable, Equatable, Sendable {
        public var recordID: String
        public var kind: RecordKind
        /// Whose record it is, e.g. the person a contact is about.
        public var about: String
        public var by: String
        public var at: Date
        public var reason: String
        /// "advice was “…”", one per field that changed.
        public var was: [String]
    }

    /// A share under an exception (R3), for the manager's register.
    public struct ExceptionEntry: Codable, Equatable, Sendable {
        public var contactID: String
        public var happenedAt: Date
        public var person: String
        /// The person's id, for a script that must tell two of one name apart; the name above is
        /// for people to read.
        public var personID: String? = nil
        /// The person's basis as it stands now: why an exception was needed.
        public var basis: SharingBasis.Kind
        public var partner: String
        public var role: PartnerRole
        public var summary: String
        public var exception: SharingException
        public var recordedBy: String
        /// The manager's acknowledgement: who read it, and when.
        public var acknowledged: Review?
    }
}
