import Foundation

extension DemoGenerator {
    mutating func makeTasks() {
        // Each task goes to the partner it is about: the weight chart to the dietician, the chair to the OT.
        let titles: [(String, Bool, PartnerRole)] = [
            ("Send the weight chart to the dietician", false, .dietician), ("Call Dr Patel back with blood pressure readings", true, .gp),
            ("Book the dental check-up", false, .dentist), ("Ring the pharmacy about the missing box", true, .other),
            ("Email the SALT the meal observations", false, .salt), ("Arrange the best-interests meeting", false, .socialWorker),
            ("Return the advocate's call before 3pm", true, .advocate), ("Update the moving-and-handling plan with the physio", false, .physiotherapist),
            ("Chase the OT for the chair delivery date", false, .occupationalTherapist), ("Post the review papers to the social worker", false, .socialWorker),
        ]
        for (i, entry) in titles.enumerated() {
            let person = doc.people[(i * 7) % 39]
            let partner = self.partner(entry.2, named: entry.0)
            let created = daysAgo(10 - i % 5)
            // Half overdue, half still to come.
            let due = i % 2 == 0 ? daysAgo(i % 4 + 1, hour: 15) : daysAgo(-(i % 3) - 1, hour: 12)
            var task = CareTask(
                id: rng.id(), title: entry.0, personID: person.id, partnerID: partner.id, owner: rng.pick(DemoText.staff),
                due: due, isPromise: entry.1, audit: audit(created))
            if i == 4 {
                let at = daysAgo(1, hour: 11)
                task = amend(task, by: DemoText.staff[2], at: at, reason: "delay logged") {
                    $0.delays = [.init(at: at, by: DemoText.staff[2], note: "Observations not finished yet", partnerInformed: true)]
                }
            }
            if i >= 8 {
                let at = daysAgo(1, hour: 16)
                task = amend(task, by: task.owner ?? DemoText.staff[0], at: at, reason: "closed") {
                    $0.status = .done
                    $0.outcome = "Done; confirmed by phone"
                    $0.closedAt = at
                }
            }
            doc.tasks.append(task)
        }
    }

    mutating func makeEscalations() {
        // Each escalation is with the partner it names: the missed insulin visits with a district nurse.
        let entries: [(Escalation.Kind, String, Escalation.Stage, Int, PartnerRole)] = [
            (.disagreement, "We disagree with the plan to stop physiotherapy after one fall-free week", .acknowledged, 6, .physiotherapist),
            (.partnerPractice, "Two insulin visits missed this week with no call", .raised, 3, .districtNurse),
            (.complaintToPartner, "Formal complaint to the trust about the missed visits", .raised, 1, .districtNurse),
            (.partnerConcern, "Nurse concerned about fluid charts not being kept", .acknowledged, 9, .districtNurse),
            (.complaintFromPartner, "Social worker complained that the review papers arrived late", .resolved, 25, .socialWorker),
            (.disagreement, "Psychiatrist declined an earlier review", .raised, 5, .clinicalPsychiatrist),
        ]
        let scales = EscalationTimescales.standard
        for (i, entry) in entries.enumerated() {
            let raised = daysAgo(entry.3, hour: 10)
            // The missed insulin visits put someone at risk today: urgent, on the urgent clock.
            let urgency: Escalation.Urgency = entry.0 == .partnerPractice ? .urgent : .routine
            let due = scales.dueDates(for: entry.0, urgency: urgency, raised: raised, calendar: calendar)
            var e = Escalation(
                id: rng.id(), kind: entry.0, summary: entry.1, personID: doc.people[i * 5].id, partnerID: self.partner(entry.4, named: entry.1).id,
                manager: DemoText.registeredManager, raisedAt: raised, acknowledgeBy: due.acknowledge, resolveBy: due.resolve,
                notes: [.init(at: raised, by: DemoText.staff[i % 6], text: "Raised with the manager the same day")], audit: audit(raised))
            if entry.0 == .complaintToPartner { e.theirReference = "CT-2291"; e.sentOn = raised }
            if urgency == .urgent { e.urgency = .urgent }
            if entry.2 >= .acknowledged {
                let at = raised.addingTimeInterval(86_400)
                e = amend(e, by: DemoText.registeredManager, at: at, reason: "acknowledged") {
                    $0.stage = .acknowledged
                    $0.acknowledgedAt = at
                    $0.notes.append(.init(at: at, by: DemoText.registeredManager, text: "Spoke with the partner; meeting arranged"))
                }
            }
            if entry.2 == .resolved {
                let at = raised.addingTimeInterval(10 * 86_400)
                e = amend(e, by: DemoText.registeredManager, at: at, reason: "resolved") {
                    $0.stage = .resolved
                    $0.resolvedAt = at
                    $0.outcome = "Papers now sent ten working days ahead; apology given"
                }
            }
            doc.escalations.append(e)
        }
    }

    /// `record` changed by `change` as the store saves a step: the version before goes into
    /// the history with who took the step, when and why, as `Store.amend` writes it. A task
    /// closed or an escalation resolved is found through that history (`Store.finishedWork`),
    /// so a demo record born closed would be in no report's closed work.
    mutating func amend<R: LiaisonRecord>(_ record: R, by staff: String, at date: Date, reason: String, _ change: (inout R) -> Void) -> R {
        var next = record
        change(&next)
        next.audit = record.audit.amended(by: staff, at: date)
        doc.history.append(HistoryEntry(
            id: historyIDs.id(), recordID: record.id, kind: R.kind, version: record.audit.version, amendedBy: staff, amendedAt: date,
            reason: reason, record: (try? RecordCoding.body(record)) ?? "{}"))
        return next
    }

    /// The demo's partner in `role`; the demo's partner list has one of each, so a missing one
    /// is a mistake in the demo itself.
    func partner(_ role: PartnerRole, named purpose: String) -> Partner {
        guard let partner = doc.partners.first(where: { $0.role == role }) else {
            preconditionFailure("the demo has no \(role.rawValue) for “\(purpose)”")
        }
        return partner
    }

    mutating func makeAgreements() {
        for i in [0, 4, 8, 11, 21] {
            let person = doc.people[i]
            doc.agreements.append(PartnershipAgreement(
                id: rng.id(), personID: person.id, primaryContact: person.keyWorker, chair: "Marcus Webb (social worker)",
                minutes: "Our deputy manager", formalReports: "Social worker", routineRecords: "Daily notes in the care record",
                informationSharing: "Secure email to the team inbox", starts: daysAgo(60), ends: daysAgo(-120),
                proposedOutcomes: "Settled routine, fewer hospital visits", ourRole: "Day-to-day support and recording",
                theirRole: "Assessment, review and funding", audit: audit(daysAgo(60))))
        }
    }

    /// Days marked reviewed by the demo's shift leads: reviewing is theirs or a manager's (R12).
    mutating func makeReviews() {
        let leads = DemoText.staffList.filter { $0.role == .shiftLead }.map(\.name)
        for day in 2...30 where day % 7 != 3 {
            let id = rng.id()
            doc.dayReviews.append(DayReview(
                id: id, day: DateInput.dayKey(daysAgo(day), calendar: calendar), audit: Audit(by: rng.pick(leads), at: daysAgo(day, hour: 20))))
        }
    }
}

extension Store {
    /// Fills this store with demo data; refused when it already holds any record, so a real
    /// store never gets sample data mixed in.
    public func fillWithDemo(seed: UInt64) throws {
        guard try isEmpty() else {
            throw FieldError("store", "\(path) already holds records; the demo only fills a new, empty store. Give another file with --store")
        }
        var generator = DemoGenerator(seed: seed, now: clock.now, calendar: calendar)
        try importDocument(generator.generate())
    }

    /// What `liaison demo` does with a store: fills it when it is new, and leaves one that
    /// already holds records exactly as it is. Returns whether sample data was added.
    @discardableResult
    public func fillWithDemoIfEmpty(seed: UInt64) throws -> Bool {
        try fillWithDemoIfEmpty(seed: seed, afterLooking: {})
    }

    /// - Parameter afterLooking: runs between the look and the filling: a test puts another
    ///   demo's filling there.
    func fillWithDemoIfEmpty(seed: UInt64, afterLooking: () throws -> Void) throws -> Bool {
        guard try isEmpty() else { return false }
        try afterLooking()
        // The demo service keeps a staff list, so managers are picked, not typed, with its maker
        // on it (`DemoText.staffList(madeBy:)`). It is written before the records, so a second
        // demo that finds them finds the list beside them.
        let settingsPath = ServiceSettings.path(forStore: path)
        if path != ":memory:", !FileManager.default.fileExists(atPath: settingsPath) {
            let settings = ServiceSettings(timescales: timescales, staff: DemoText.staffList(madeBy: staff))
            try settings.save(forStore: path)
            apply(settings)
        }
        do {
            try fillWithDemo(seed: seed)
        } catch {
            // Two demos started at once on a new store: the other filled it first, in one
            // transaction, so it holds one demo's sample data whole. Open that, with its
            // settings, which this store was opened too early to read.
            if try !isEmpty() {
                if path != ":memory:" { apply(try ServiceSettings.load(forStore: path)) }
                return false
            }
            throw error
        }
        return true
    }
}
