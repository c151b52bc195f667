import Foundation
import LiaisonCore

/// Every field of a record as label and text, in the order a person reads them. The detail view
/// shows these, and compares an old version's with the current ones to say what an amendment
/// changed (R11).
struct RecordFields {
    let format: CareFormat
    let state: DashboardState

    typealias Field = (label: String, value: String)

    private func date(_ date: Date?) -> String { date.map { format.dated($0, now: state.now) } ?? "" }
    /// A field that holds a day, not a moment: a review due, a day someone left.
    private func day(_ date: Date?) -> String { date.map { format.dated($0, now: state.now, time: false) } ?? "" }

    func person(_ p: Person) -> [Field] {
        let b = p.basis
        return [
            ("Name", p.name), ("Preferred name", p.preferredName ?? ""),
            ("Home", p.home.map { id in state.store.homes.home(id: id)?.name ?? "\(id) (not in the settings)" } ?? ""),
            ("Location", p.location ?? ""), ("Key worker", p.keyWorker ?? ""),
            ("Sharing basis", SharingBadge.describe(b.kind) + (b.isReviewOverdue(now: state.now) ? " — REVIEW OVERDUE" : "")),
            ("Basis given by", b.by ?? ""), ("Basis reason", b.reason ?? ""),
            ("Basis recorded", date(b.recorded)), ("Basis review due", day(b.reviewDue)),
            ("Left the service", p.leftAs.map { "\($0), \(day(p.discharged))" + (p.leaving?.note.map { " — \($0)" } ?? "") } ?? ""),
        ] + audit(p.audit)
    }

    func partner(_ p: Partner) -> [Field] {
        [("Name", p.name), ("Role", p.role.title), ("Organisation", p.organisation ?? ""),
         ("Phone", p.phone ?? ""), ("Email", p.email ?? "")] + audit(p.audit)
    }

    func contact(_ c: Contact) -> [Field] {
        let partner = state.partnersByID[c.partnerID]
        var fields: [Field] = [
            ("Person", state.personName(c.personID)),
            ("Partner", partner.map { "\($0.name) (\($0.role.title))" } ?? "unknown partner"),
            ("Channel", CareFormat.channel(c.channel)),
            ("Direction", c.direction == .incoming ? "they contacted us" : "we contacted them"),
            ("Happened", date(c.happenedAt)), ("Entered", date(c.audit.createdAt)),
            ("Recorded by", c.recordedBy), ("Summary", c.summary), ("Advice", c.advice ?? ""),
        ]
        if let conf = c.confirmation {
            fields += [
                ("Written confirmation", CareFormat.confirmation(c)), ("Requested", date(conf.requestedAt)),
                ("Asked how", conf.method ?? ""), ("Asked whom", conf.requestedFrom ?? ""), ("Received", date(conf.receivedAt)),
                ("Came as", conf.receivedAs?.rawValue ?? ""), ("Reference", conf.reference ?? ""),
                (conf.state == .notPossible ? "Why not possible" : "Why none needed", conf.reason ?? ""),
            ]
            for (n, chase) in conf.chases.enumerated() {
                fields.append(("Chase \(n + 1)", "\(date(chase.at)) \(chase.by): \(chase.note)"))
            }
        } else if c.advice != nil {
            fields.append(("Written confirmation", "decide: ask in writing (w), or say why not"))
        }
        if let change = c.carePlanAmendment {
            fields += [("Care plan change", change.change), ("Because", change.reason)]
        }
        fields.append(("We shared information", c.sharedByUs ? "yes" : "no"))
        if let exception = c.sharingException {
            fields += [("Sharing exception", exception.kind.rawValue), ("Exception reason", exception.reason),
                       (exception.kind == .safeguarding ? "Authorised by" : "Decided by", exception.decidedBy ?? "")]
            if let capacity = exception.capacity {
                fields += [("Lacks capacity for", capacity.decision),
                           ("Capacity assessed", "by \(capacity.assessedBy) on \(day(capacity.assessedOn))"),
                           ("Consulted", capacity.consulted)]
            }
            fields.append(("Manager acknowledged", c.exceptionAcknowledged.map { "by \($0.by), \(date($0.at))" } ?? "not yet"))
        }
        if let n = c.nature {
            fields.append(("Partnership", "\(n.level.rawValue) level, \(n.agencies.rawValue), \(n.formality.rawValue), \(n.involvement.rawValue)"))
        }
        // Who reviewed the whole day it was in (a home's review marks each of its contacts).
        let withDay = state.dayReview(of: c).map { "with the whole day, by \($0.reviewedBy), \(date($0.reviewedAt))" }
        let own = c.reviewMarkStands ? c.reviewed.map { "by \($0.by), \(date($0.at))" } : nil
        // A review before the last correction was of what it said then: asked for again.
        let stale = state.reviewUndone(c).map { "not since it was corrected, \(date($0))" }
        fields.append(("Reviewed", own ?? withDay ?? stale ?? "not yet"))
        return fields + audit(c.audit)
    }

    func task(_ t: CareTask) -> [Field] {
        var fields: [Field] = [
            ("Task", t.title), ("Kind", t.isPromise ? "promise" : "task"),
            ("For", t.personID.map(state.nameMarkingLeft) ?? ""),
            ("Partner", t.partnerID.flatMap { state.partnersByID[$0]?.name } ?? ""),
            ("Owner", t.owner ?? ""), ("Due", date(t.due) + (t.isOverdue(now: state.now) ? " — OVERDUE" : "")),
            ("Status", t.status.rawValue), ("Outcome", t.outcome ?? ""), ("Closed", date(t.closedAt)),
        ]
        for delay in t.delays {
            fields.append(("Delay", "\(date(delay.at)) \(delay.by): \(delay.note)\(delay.partnerInformed ? " (partner informed)" : "")"))
        }
        return fields + audit(t.audit)
    }

    func escalation(_ e: Escalation) -> [Field] {
        var fields: [Field] = [
            ("Kind", e.kind.title), ("Summary", e.summary), ("Person", e.personID.map(state.nameMarkingLeft) ?? ""),
            ("Partner", e.partnerID.flatMap { state.partnersByID[$0]?.name } ?? ""),
            ("Manager", e.manager ?? ""), ("Stage", CareFormat.stage(e.stage)), ("Raised", date(e.raisedAt)),
            ("Acknowledge by", date(e.acknowledgeBy)), ("Acknowledged", date(e.acknowledgedAt)),
            ("Resolve by", date(e.resolveBy)), ("Resolved", date(e.resolvedAt)),
            ("Outcome", e.outcome ?? ""), ("\(e.kind.viewAtIssue) not accepted because", e.reasonNotAccepted ?? ""),
            ("Their reference", e.theirReference ?? ""), ("Sent on", day(e.sentOn)),
        ]
        for note in e.notes { fields.append(("Note", "\(date(note.at)) \(note.by): \(note.text)")) }
        return fields + audit(e.audit)
    }

    private func audit(_ a: Audit) -> [Field] {
        [("Created", "\(date(a.createdAt)) by \(a.createdBy)"),
         ("Last changed", "\(date(a.changedAt)) by \(a.changedBy) (version \(a.version))")]
    }
}
