import Foundation
import LiaisonTestSupport
import Testing

/// The handover as the next shift reads it (issue 11, part 7): the demo store (seed 1) at the
/// binaries' fixed moment, Tuesday 24 November 2026 at 14:30 in London, reported whole — every
/// section, every word — and a week's record for an inspection.
@Suite(.endToEnd, .tags(.endToEnd)) struct DemoHandoverReportTests {
    private func demo() async throws -> ScratchFolder {
        let scratch = try ScratchFolder()
        let made = try await scratch.liaison(["demo", "--seed", "1", "--no-open", "--store", scratch.path("demo.sqlite")])
        #expect(made.status == 0, "stderr: \(made.stderr)")
        return scratch
    }

    private func report(_ scratch: ScratchFolder, _ arguments: [String] = []) async throws -> String {
        let result = try await scratch.liaison(["report", "--store", scratch.path("demo.sqlite")] + arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return result.stdout
    }

    @Test func theDemoDaysHandoverReadsExactlyAsExpected() async throws {
        let scratch = try await demo()
        let text = try await report(scratch)
        #expect(text == Self.demoDay)
        if text != Self.demoDay {
            try? text.write(toFile: FileManager.default.temporaryDirectory.appendingPathComponent("liaison-demo-handover.txt").path,
                            atomically: true, encoding: .utf8)
        }
    }

    @Test func theIncomingShiftLeadsAcknowledgementIsInTheReport() async throws {
        let scratch = try await demo()
        let acknowledged = try await report(scratch, ["--acknowledge", "--as", "Kim Night"])
        #expect(acknowledged.contains("Handover read and acknowledged by Kim Night at 24 Nov 14:30."))
        #expect(try await report(scratch).contains("Handover read and acknowledged by Kim Night at 24 Nov 14:30."))
    }

    @Test func aWeeksRecordCoversEveryDayAndItsExceptions() async throws {
        let scratch = try await demo()
        let text = try await report(scratch, ["--from", "2026-11-18", "--to", "2026-11-24"])
        #expect(text.hasPrefix("PARTNERSHIP RECORD FROM WEDNESDAY 18 NOVEMBER 2026 TO TUESDAY 24 NOVEMBER 2026\n"))
        #expect(text.contains("CONTACTS (32, "))
        for day in 18...24 { #expect(text.contains("  \(day) Nov "), "no contact on \(day) November") }
        #expect(!text.contains("  17 Nov ") && !text.contains("Not yet acknowledged"))
        #expect(text.contains("SHARING EXCEPTIONS REGISTER (2, 0 acknowledged)"))
        #expect(text.contains("Shared under the safeguarding exception; basis on record: withdrawn"))
        #expect(text.contains("Lacks capacity to decide on sharing their wound care"))
        #expect(text.contains("CORRECTIONS (1)"))
        let csv = try await report(scratch, ["--from", "2026-11-18", "--to", "2026-11-24", "--format", "csv"])
        let days = Set(csv.split(separator: "\r\n").filter { $0.hasPrefix("contact,") }.map { $0.split(separator: ",")[1] })
        #expect(days == Set((18...24).map { "2026-11-\($0)" }))
    }

    static let demoDay = """
        HANDOVER FOR TUESDAY 24 NOVEMBER 2026
        As at 24 Nov 14:30 (Europe/London), produced by E2E Staff. The day has not been
        reviewed.
        Not yet acknowledged by the incoming shift lead.

        CONTACTS (3, 0 reviewed)
        ------------------------
          08:30  Leïla Benali
                 Beth Llewellyn, Community nurse (Learning Disability Team)
                 video, incoming
                 Community nurse reviewed anxiety plan
                 Advice: “Offer the picture timetable each morning and give ten minutes'
                 warning before any change.”
                 Confirmation: requested 24 Nov 08:30 (letter), not yet received, not
                 chased yet
                 Partnership: low · single-agency · formal · direct
                 Corrected 24 Nov 09:17 by Priya Raman: person was 王秀英
                 Recorded by Amara Okafor · not reviewed
          10:00  Мария Иванова
                 Friends of St Mark's, Volunteer or community group (St Mark's Community
                 Hall) · phone, incoming
                 Community group offered a place
                 We shared information, on the person's recorded basis.
                 Partnership: low · single-agency · informal · indirect
                 Recorded by Priya Raman · not reviewed
          12:14  José Luis García · Dr Wei Chen, Dentist (Bridge Street Dental)
                 visit, outgoing
                 Dentist check-up
                 Advice: “Brush twice daily with high-fluoride toothpaste; do not rinse
                 after brushing.”
                 Confirmation: requested 24 Nov 12:14 (email), not yet received, not
                 chased yet
                 Partnership: low · single-agency · informal · direct
                 Recorded by Kasia Nowak · not reviewed

        ENTERED FOR EARLIER DAYS (0, 0 reviewed)
        ----------------------------------------
          Nothing was entered on Tuesday 24 November 2026 for an earlier day.

        LEFT THE SERVICE OR CAME BACK (0)
        ---------------------------------
          No one left the service or came back to it on Tuesday 24 November 2026.

        TASKS CLOSED (0)
        ----------------
          No task or promise was closed on Tuesday 24 November 2026.

        ESCALATIONS RESOLVED (0)
        ------------------------
          No escalation was resolved on Tuesday 24 November 2026.

        DUE IN THE NEXT 24 HOURS (1)
        ----------------------------
          12:00  Promise: Ring the pharmacy about the missing box · due 25 Nov 12:00
                 Owner: Tom Whitfield · Person: Anjali Desai
                 Partner: Pharmacy at Hill Road

        OVERDUE TASKS (4)
        -----------------
          2 d    Promise: Return the advocate's call before 3pm · due 21 Nov 15:00
                 Owner: Tom Whitfield · Person: Zofia Kowalczyk · Partner: Ruth Adebayo
          2 d    Task: Book the dental check-up · due 21 Nov 15:00
                 Owner: Priya Raman · Person: Gráinne O'Sullivan · Partner: Dr Wei Chen
          23 h   Task: Send the weight chart to the dietician · due 23 Nov 15:00
                 Owner: Amara Okafor · Person: 王秀英 · Partner: Hannah Kerr
          23 h   Task: Email the SALT the meal observations · due 23 Nov 15:00
                 Owner: Lena Fischer · Person: Sunita Sharma · Partner: Niamh Gallagher
                 Put back once, last 23 Nov 11:00 by Priya Raman: Observations not
                 finished yet; partner told

        SHARING BASIS NEEDS ATTENTION (6)
        ---------------------------------
                 Dafydd ap Rhys · Flat 3, Elm House · review overdue
                 Gráinne O'Sullivan · Room 15 · review overdue
                 Harold Finch · Room 10 · consent withdrawn
                 Hiroshi Tanaka · Room 18 · no basis recorded
                 Zofia Kowalczyk · Room 4 · no basis recorded
                 Αλέξανδρος Παπαδόπουλος · Room 2 · review overdue

        OPEN ESCALATIONS (5, most urgent first)
        ---------------------------------------
          3 d    URGENT · Concern about a partner's practice · stage raised
                 Two insulin visits missed this week with no call
                 Opened 21 Nov 10:00 · Acknowledge by 21 Nov 14:00 (OVERDUE)
                 Manager: Ruth Okafor · Person: Nguyễn Thị Lan
                 Partner: Sister Joanne Reilly
          5 d    Disagreement with a decision · stage raised
                 Psychiatrist declined an earlier review
                 Opened 19 Nov 10:00 · Acknowledge by 21 Nov 10:00 (OVERDUE)
                 Manager: Ruth Okafor · Person: Grace Achieng · Partner: Dr Sofia Marín
          1 d    Complaint to a partner's organisation · stage raised
                 Formal complaint to the trust about the missed visits
                 Opened 23 Nov 10:00 · Acknowledge by 28 Nov 10:00
                 Their reference: CT-2291 · sent 23 Nov
                 Manager: Ruth Okafor · Person: Fatima Al-Sayed
                 Partner: Sister Joanne Reilly
          9 d    Partner's concern about our care · stage acknowledged
                 Nurse concerned about fluid charts not being kept
                 Opened 15 Nov 10:00 · Resolve by 29 Nov 10:00
                 Manager: Ruth Okafor · Person: José Luis García
                 Partner: Sister Joanne Reilly
          6 d    Disagreement with a decision · stage acknowledged
                 We disagree with the plan to stop physiotherapy after one fall-free
                 week
                 Opened 18 Nov 10:00 · Resolve by 2 Dec 10:00
                 Manager: Ruth Okafor · Person: 王秀英 · Partner: Liam Doherty

        WRITTEN CONFIRMATION TO CHASE (43, oldest first)
        ------------------------------------------------
          29 d   Björn Lindqvist · Dr Wei Chen, Dentist
                 asked 26 Oct 08:03 (asked on the call) · chased 2 times
                 Last chased 5 Nov 08:03 by Tom Whitfield: Emailed again; no reply yet
                 Advice: “Brush twice daily with high-fluoride toothpaste; do not rinse
                 after brushing.”
                 Contact 6bc7dd0c
          29 d   Patrick Byrne · Dr Sofia Marín, Clinical psychiatrist
                 asked 26 Oct 10:26 (email) · chased 2 times
                 Last chased 5 Nov 10:26 by Priya Raman: Emailed again; no reply yet
                 Advice: “Reduce quetiapine to 25 mg at night; watch for poor sleep or
                 agitation and log it.”
                 Contact dee3f3dd
          29 d   Hiroshi Tanaka · Dr Sofia Marín, Clinical psychiatrist
                 asked 26 Oct 14:17 (email) · chased 2 times
                 Last chased 5 Nov 14:17 by Priya Raman: Emailed again; no reply yet
                 Advice: “Reduce quetiapine to 25 mg at night; watch for poor sleep or
                 agitation and log it.”
                 Contact 7df2d1bf
          28 d   Nguyễn Thị Lan · Niamh Gallagher, Speech and language therapist
                 asked 27 Oct 12:25 (letter) · chased 2 times
                 Last chased 6 Nov 12:25 by Tom Whitfield: Emailed again; no reply yet
                 Advice: “Move to level 2 mildly thick fluids; sit fully upright for
                 meals and 30 minutes after.”
                 Contact c358f8b6
          27 d   Chukwuemeka Okonkwo · Dr Anil Patel, GP · asked 27 Oct 14:56 (email)
                 chased 2 times
                 Last chased 6 Nov 14:56 by Priya Raman: Emailed again; no reply yet
                 Advice: “Potassium slightly low; encourage bananas and orange juice and
                 repeat the bloods in two weeks.”
                 Contact 3e785370
          … and 36 more, all listed oldest first under o on the dashboard, and in full
          in `liaison report --format csv` or `--format json`; then those from this
          report's own contacts:
          6 h    Leïla Benali · Beth Llewellyn, Community nurse
                 asked 24 Nov 08:30 (letter) · not chased yet
                 Advice: “Offer the picture timetable each morning and give ten minutes'
                 warning before any change.”
                 Contact cceba945
          2 h    José Luis García · Dr Wei Chen, Dentist · asked 24 Nov 12:14 (email)
                 not chased yet
                 Advice: “Brush twice daily with high-fluoride toothpaste; do not rinse
                 after brushing.”
                 Contact fb8583c1

        DECIDE: ASK IN WRITING (2, oldest first)
        ----------------------------------------
          9 d    Hiroshi Tanaka · Sister Joanne Reilly, District nurse
                 advice 15 Nov 14:00 · recorded by Lena Fischer
                 Advice: “Keep off the sore area and photograph it at each dressing
                 change.”
                 Contact ff59eaa4
          1 d    Zofia Kowalczyk · Sister Joanne Reilly, District nurse
                 advice 23 Nov 14:00 · recorded by Kasia Nowak
                 Advice: “Keep off the sore area and photograph it at each dressing
                 change.”
                 Contact bd3326e6

        CORRECTIONS (1)
        ---------------
          09:17  Corrected contact about Leïla Benali · by Priya Raman
                 Why: Entered against 王秀英 by mistake; the advice was about Leïla
                 Benali
                 Before: person was 王秀英

        SHARING EXCEPTIONS REGISTER (2, 0 acknowledged)
        -----------------------------------------------
          19 Nov 14:00  Harold Finch · Marcus Webb, Social worker
                 Shared under the safeguarding exception; basis on record: withdrawn
                 Why: Unexplained bruising; shared to protect them from possible harm
                 Authorised by Ruth Okafor
                 Contact: Shared bruising concern with social worker
                 Recorded by Tom Whitfield
                 NOT YET ACKNOWLEDGED by a manager
          23 Nov 14:00  Zofia Kowalczyk · Sister Joanne Reilly, District nurse
                 Shared under the best-interests exception; basis on record: none
                 Why: Urgent treatment needed and no one can consent for them
                 Decided by Amara Okafor
                 Lacks capacity to decide on sharing their wound care with the district
                 nurse: assessed by Marcus Webb (social worker) on 4 Nov 2026
                 Consulted: their daughter by phone; the advocate from Voice Advocacy
                 Contact: Told nurse about new pressure sore · Recorded by Kasia Nowak
                 NOT YET ACKNOWLEDGED by a manager

        """
}
