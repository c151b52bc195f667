import Foundation

extension HandoverReport {
    /// Every column of the CSV format, in order. One flat table: `section` says what a row is,
    /// and each row fills only the columns that mean something for it. `person` is the name as
    /// the handover shows it, grown with the room for namesakes; `person_id` is the record's id,
    /// for a spreadsheet to match people by. New columns go last, so a sheet that reads them by
    /// place still finds the old ones.
    public static let csvColumns = [
        "section", "day", "id", "time", "person", "partner", "role", "channel", "direction", "summary", "advice",
        "confirmation", "confirmation_note", "care_plan_change", "care_plan_reason", "shared", "exception", "reason",
        "basis", "recorded_by", "reviewed", "reviewed_by", "waiting_hours", "title", "owner", "due", "hours_overdue",
        "partner_informed", "kind", "stage", "manager", "next_due", "overdue", "chases", "last_chased",
        "decided_by", "capacity", "acknowledged_by", "acknowledged_at", "produced_by", "urgency", "nature",
        "entered", "person_id", "outcome", "left_on", "came_back", "corrected_since_review", "their_reference", "sent_on",
    ]

    /// The columns of a group's CSV: every part's, with `home`, which a group's has had from
    /// the start, before the columns added since, so a sheet that reads by place still finds it.
    static var groupCSVColumns: [String] {
        let before = csvColumns.prefix { $0 != "person_id" }
        return Array(before) + ["home"] + csvColumns.dropFirst(before.count)
    }

    /// One-line fields (names, titles) show a stored line break as `␤`, as the text format does;
    /// multi-line ones keep theirs inside the quoted cell.
    ///
    /// RFC 4180 CSV with a header row; times as `yyyy-MM-dd HH:mm` in the report's time zone,
    /// which spreadsheets read as dates. Sections: contact, entered-late, left, came-back, task-closed,
    /// escalation-resolved, due-soon, basis, correction, chase, decide, overdue-task,
    /// escalation, sharing-exception.
    public func csv() -> String {
        let columns = home == nil ? Self.csvColumns : Self.groupCSVColumns
        return RFC4180.table([columns] + csvRows(columns: columns))
    }

    /// The rows under `columns`: the CSV's own, or a part of a group's (`GroupReport`), which
    /// adds the `home` column.
    func csvRows(columns: [String]) -> [[String]] {
        let style = ReportStyle(self)
        var rows: [[String: String]] = []
        // A contact entered for an earlier day is on the day it was entered, where it is news;
        // `time` says when it happened.
        let contactRows: [(ContactEntry, section: String, day: String?)] = contacts.map { ($0, "contact", nil) }
            + lateEntries.map { ($0, "entered-late", String(style.sortable($0.enteredAt).prefix(10))) }
        for (c, section, day) in contactRows {
            rows.append([
                "section": section, "day": day ?? "", "id": c.id, "time": style.sortable(c.happenedAt), "person": one(c.person), "person_id": c.personID ?? "",
                "partner": one(c.partner), "role": c.role.rawValue, "channel": c.channel.rawValue, "direction": c.direction.rawValue,
                "summary": c.summary, "advice": c.advice ?? "", "confirmation": c.confirmation?.state.rawValue ?? (c.advice == nil ? "" : "undecided"),
                "confirmation_note": c.confirmation.map(Self.note) ?? "",
                "care_plan_change": c.carePlanAmendment?.change ?? "", "care_plan_reason": c.carePlanAmendment?.reason ?? "",
                "shared": Self.yesNo(c.sharedByUs), "exception": c.sharingException?.kind.rawValue ?? "",
                "reason": c.sharingException?.reason ?? "", "recorded_by": one(c.recordedBy), "reviewed": Self.yesNo(c.reviewed),
                "reviewed_by": one(c.reviewedBy ?? ""), "nature": c.nature?.words.joined(separator: " ") ?? "",
                "entered": style.sortable(c.enteredAt),
                // `reviewed` is "no" of a contact corrected after its review; this says why.
                "corrected_since_review": c.correctedAfterReview.map(style.sortable) ?? "",
            ])
        }
        // Someone who left before the day and came back in it is a `came-back` row at the time they
        // came back, `kind` saying how they had left.
        for l in whoLeft {
            rows.append([
                "section": l.leftEarlier == true ? "came-back" : "left", "time": style.sortable(l.leftEarlier == true ? l.when : l.on), "person": one(l.person),
                "person_id": l.personID, "kind": l.kind.rawValue, "summary": l.note ?? "",
                "entered": l.recordedAt.map(style.sortable) ?? "",
                // Both ends of the time away on either row, and why they were taken back.
                "left_on": style.sortable(l.on), "came_back": l.cameBack.map(style.sortable) ?? "", "reason": l.cameBackReason ?? "",
            ])
        }
        for t in tasksClosed {
            rows.append([
                "section": "task-closed", "id": t.id, "time": style.sortable(t.closedAt), "person": one(t.person ?? ""), "person_id": t.personID ?? "",
                "partner": one(t.partner ?? ""), "title": one(t.title), "owner": one(t.owner ?? ""), "due": style.sortable(t.due),
                "kind": t.isPromise ? "promise" : "task", "recorded_by": one(t.closedBy), "outcome": t.outcome ?? "",
                "hours_overdue": t.hoursLate.map(String.init) ?? "",
            ])
        }
        for e in escalationsResolved {
            rows.append([
                "section": "escalation-resolved", "id": e.id, "time": style.sortable(e.resolvedAt), "person": one(e.person ?? ""),
                "person_id": e.personID ?? "", "partner": one(e.partner ?? ""), "summary": e.summary, "kind": e.kind.rawValue, "stage": "resolved",
                "manager": one(e.manager ?? ""), "recorded_by": one(e.resolvedBy), "outcome": e.outcome ?? "", "reason": e.reasonNotAccepted ?? "",
            ])
        }
        for e in chaseList {
            rows.append([
                "section": "chase", "id": e.contactID, "time": style.sortable(e.requestedAt), "person": one(e.person), "person_id": e.personID ?? "",
                "partner": one(e.partner), "role": e.role.rawValue, "advice": e.advice ?? "", "confirmation": "requested",
                "confirmation_note": one(e.method ?? ""), "waiting_hours": String(e.waitingHours),
                "chases": String(e.chases), "last_chased": e.lastChase.map { style.sortable($0.at) } ?? "",
            ])
        }
        for e in undecided {
            rows.append([
                "section": "decide", "id": e.contactID, "time": style.sortable(e.happenedAt), "person": one(e.person), "person_id": e.personID ?? "",
                "partner": one(e.partner), "role": e.role.rawValue, "advice": e.advice ?? "", "confirmation": "undecided",
                "recorded_by": one(e.recordedBy), "waiting_hours": String(e.waitingHours),
            ])
        }
        for t in dueSoon {
            rows.append([
                "section": "due-soon", "id": t.id, "time": style.sortable(t.due), "person": one(t.person ?? ""), "person_id": t.personID ?? "",
                "partner": one(t.partner ?? ""), "title": one(t.title), "owner": one(t.owner ?? ""), "due": style.sortable(t.due),
                "kind": t.isPromise ? "promise" : "task", "overdue": "no",
                // Why it was last put back, and whether the partner knows (R8).
                "reason": t.lastDelay.map { one($0.note) } ?? "", "partner_informed": Self.yesNo(t.partnerInformed),
            ])
        }
        for b in basisAttention {
            rows.append(["section": "basis", "person": one(b.person), "person_id": b.personID ?? "", "basis": b.basis.rawValue, "reason": b.need,
                         "due": b.reviewDue.map(style.sortable) ?? ""])
        }
        for c in corrections {
            rows.append(["section": "correction", "id": c.recordID, "time": style.sortable(c.at), "kind": c.kind.rawValue,
                         "summary": one(c.about), "recorded_by": one(c.by), "reason": c.reason, "confirmation_note": c.was.joined(separator: "; ")])
        }
        for t in overdueTasks {
            rows.append([
                "section": "overdue-task", "id": t.id, "time": style.sortable(t.due), "person": one(t.person ?? ""), "person_id": t.personID ?? "",
                "partner": one(t.partner ?? ""), "title": one(t.title), "owner": one(t.owner ?? ""), "due": style.sortable(t.due),
                "kind": t.isPromise ? "promise" : "task", "hours_overdue": String(t.hoursOverdue),
                "partner_informed": Self.yesNo(t.partnerInformed), "overdue": "yes", "reason": t.lastDelay.map { one($0.note) } ?? "",
            ])
        }
        for e in openEscalations {
            rows.append([
                "section": "escalation", "id": e.id, "time": style.sortable(e.raisedAt), "person": one(e.person ?? ""), "person_id": e.personID ?? "",
                "partner": one(e.partner ?? ""), "summary": e.summary, "kind": e.kind.rawValue, "stage": e.stage.rawValue,
                "manager": one(e.manager ?? ""), "next_due": e.nextDue.map(style.sortable) ?? "", "overdue": Self.yesNo(e.overdue), "urgency": e.urgency.rawValue,
                "their_reference": one(e.theirReference ?? ""), "sent_on": e.sentOn.map(style.sortableDay) ?? "",
            ])
        }
        for e in sharingExceptions {
            rows.append([
                "section": "sharing-exception", "id": e.contactID, "time": style.sortable(e.happenedAt), "person": one(e.person), "person_id": e.personID ?? "",
                "partner": one(e.partner), "role": e.role.rawValue, "summary": e.summary, "shared": "yes",
                "exception": e.exception.kind.rawValue, "reason": e.exception.reason, "basis": e.basis.rawValue,
                "recorded_by": one(e.recordedBy), "decided_by": one(e.exception.decidedBy ?? ""),
                "capacity": e.exception.capacity.map { "\($0.decision); assessed by \($0.assessedBy) on \(style.sortable($0.assessedOn)); consulted \($0.consulted)" } ?? "",
                "acknowledged_by": one(e.acknowledged?.by ?? ""), "acknowledged_at": e.acknowledged.map { style.sortable($0.at) } ?? "",
            ])
        }
        let lastDay = self.lastDay ?? day
        return rows.map { row in
            columns.map { column in
                switch column {
                // A period's rows each carry their own day; one day's rows carry that day.
                case "day" where !(row["day"] ?? "").isEmpty: row["day"] ?? ""
                case "day": isPeriod ? (row["time"].map { String($0.prefix(10)) } ?? "\(day)/\(lastDay)") : day
                case "produced_by": one(producedBy)
                case "home": one(home ?? "")
                default: row[column] ?? ""
                }
            }
        }
    }

    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    /// How it was asked for, its reference, or why none is needed: whichever the state has.
    private static func note(_ confirmation: Confirmation) -> String {
        switch confirmation.state {
        case .requested: confirmation.method ?? ""
        case .received: confirmation.reference ?? ""
        case .notNeeded, .notPossible: confirmation.reason ?? ""
        }
    }
}
