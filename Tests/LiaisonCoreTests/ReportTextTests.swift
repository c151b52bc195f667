import Foundation
import Testing
@testable import LiaisonCore

/// The text format, compared whole: a change to any line is a change a shift lead would see.
@Suite struct ReportTextTests {
    @Test func aFullDayReadsAsExpected() throws {
        let text = try ReportFixture().report().text()
        #expect(ReportFixture.masked(text) == Self.fullDay)
    }

    @Test func anEmptyDaySaysSoAndStillListsWhatIsOwed() throws {
        let text = try ReportFixture().report(ReportFixture.at(2026, 11, 20, 12, 0)).text()
        #expect(ReportFixture.masked(text) == Self.emptyDay)
    }

    static let fullDay = #"""
        HANDOVER FOR WEDNESDAY 25 NOVEMBER 2026
        As at 25 Nov 10:00 (GMT), produced by Amara Shift-Lead. Day reviewed by Amara
        Shift-Lead at 25 Nov 09:00; 1 contact entered since is not reviewed.
        Handover read and acknowledged by Amara Shift-Lead at 25 Nov 07:05; 2 contacts
        entered since were not in it.

        CONTACTS (2, 1 reviewed)
        ------------------------
          08:15  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                 GP called about her cough
                 Advice: “Give 5 ml, twice a day.
                 ¦ If she says "stop" | feels dizzy, call 111”
                 Confirmation: requested 25 Nov 08:15 (asked on the call), not yet
                 received, not chased yet
                 Care plan changed: Medication chart: add the new syrup. Why: New
                 prescription from the GP
                 Recorded by Amara Shift-Lead · reviewed
          09:30  Arthur Lee · Jo Okafor, District nurse · visit, outgoing
                 Told the nurse about a new pressure sore
                 Advice: “Turn him every two hours”
                 Confirmation: decide: ask in writing (no decision recorded)
                 Shared under the best-interests exception: He needs treatment today and
                 no one can consent for him
                 Corrected 25 Nov 09:45 by Amara Shift-Lead: summary was “Told the nurse
                 about a sore”
                 Recorded by Amara Shift-Lead · not reviewed

        ENTERED FOR EARLIER DAYS (0, 0 reviewed)
        ----------------------------------------
          Nothing was entered on Wednesday 25 November 2026 for an earlier day.

        LEFT THE SERVICE OR CAME BACK (0)
        ---------------------------------
          No one left the service or came back to it on Wednesday 25 November 2026.

        TASKS CLOSED (0)
        ----------------
          No task or promise was closed on Wednesday 25 November 2026.

        ESCALATIONS RESOLVED (0)
        ------------------------
          No escalation was resolved on Wednesday 25 November 2026.

        DUE IN THE NEXT 24 HOURS (1)
        ----------------------------
          16:00  Task: Order dressings · due 25 Nov 16:00
                 Owner: Sam Carter

        OVERDUE TASKS (1)
        -----------------
          2 h    Promise: Call Dr Patel back · due 25 Nov 08:00
                 Owner: Sam Carter · Person: Edith Brown · Partner: Dr Patel

        SHARING BASIS NEEDS ATTENTION (1)
        ---------------------------------
                 Arthur Lee · no basis recorded

        OPEN ESCALATIONS (1, most urgent first)
        ---------------------------------------
          0 h    Disagreement with a decision · stage raised
                 GP declined a home visit
                 Opened 25 Nov 09:40 · Acknowledge by 27 Nov 09:40
                 Manager: Rosa Grant · Person: Edith Brown · Partner: Dr Patel

        WRITTEN CONFIRMATION TO CHASE (2, oldest first)
        -----------------------------------------------
          19 h   Edith Brown · Dr Patel, GP · asked 24 Nov 15:00 (email)
                 chased 2 times
                 Last chased 25 Nov 06:45 by Amara Shift-Lead: Surgery says the GP will
                 email it today
                 Advice: “Repeat the bloods in a week.”
                 Contact ########
          1 h    Edith Brown · Dr Patel, GP · asked 25 Nov 08:15 (asked on the call)
                 not chased yet
                 Advice: “Give 5 ml, twice a day.
                 ¦ If she says "stop" | feels dizzy, call 111”
                 Contact ########

        DECIDE: ASK IN WRITING (1, oldest first)
        ----------------------------------------
          0 h    Arthur Lee · Jo Okafor, District nurse · advice 25 Nov 09:30
                 recorded by Amara Shift-Lead
                 Advice: “Turn him every two hours”
                 Contact ########

        CORRECTIONS (1)
        ---------------
          09:45  Corrected contact about Arthur Lee · by Amara Shift-Lead
                 Why: It is a new sore on his heel
                 Before: summary was “Told the nurse about a sore”

        SHARING EXCEPTIONS REGISTER (1, 0 acknowledged)
        -----------------------------------------------
          09:30  Arthur Lee · Jo Okafor, District nurse
                 Shared under the best-interests exception; basis on record: none
                 Why: He needs treatment today and no one can consent for him
                 Decided by Amara Shift-Lead
                 Lacks capacity to decide on sharing his wound care with the nurse:
                 assessed by Marcus Webb (social worker) on 18 Nov 2026
                 Consulted: his daughter; the advocate
                 Contact: Told the nurse about a new pressure sore
                 Recorded by Amara Shift-Lead
                 NOT YET ACKNOWLEDGED by a manager

        """#

    static let emptyDay = #"""
        HANDOVER FOR FRIDAY 20 NOVEMBER 2026
        As at 25 Nov 10:00 (GMT), produced by Amara Shift-Lead. The day has not been
        reviewed.
        Not yet acknowledged by the incoming shift lead.

        CONTACTS (0, 0 reviewed)
        ------------------------
          No contacts recorded on Friday 20 November 2026.

        ENTERED FOR EARLIER DAYS (0, 0 reviewed)
        ----------------------------------------
          Nothing was entered on Friday 20 November 2026 for an earlier day.

        LEFT THE SERVICE OR CAME BACK (0)
        ---------------------------------
          No one left the service or came back to it on Friday 20 November 2026.

        TASKS CLOSED (0)
        ----------------
          No task or promise was closed on Friday 20 November 2026.

        ESCALATIONS RESOLVED (0)
        ------------------------
          No escalation was resolved on Friday 20 November 2026.

        DUE IN THE NEXT 24 HOURS (1)
        ----------------------------
          16:00  Task: Order dressings · due 25 Nov 16:00
                 Owner: Sam Carter

        OVERDUE TASKS (1)
        -----------------
          2 h    Promise: Call Dr Patel back · due 25 Nov 08:00
                 Owner: Sam Carter · Person: Edith Brown · Partner: Dr Patel

        SHARING BASIS NEEDS ATTENTION (1)
        ---------------------------------
                 Arthur Lee · no basis recorded

        OPEN ESCALATIONS (1, most urgent first)
        ---------------------------------------
          0 h    Disagreement with a decision · stage raised
                 GP declined a home visit
                 Opened 25 Nov 09:40 · Acknowledge by 27 Nov 09:40
                 Manager: Rosa Grant · Person: Edith Brown · Partner: Dr Patel

        WRITTEN CONFIRMATION TO CHASE (2, oldest first)
        -----------------------------------------------
          19 h   Edith Brown · Dr Patel, GP · asked 24 Nov 15:00 (email)
                 chased 2 times
                 Last chased 25 Nov 06:45 by Amara Shift-Lead: Surgery says the GP will
                 email it today
                 Advice: “Repeat the bloods in a week.”
                 Contact ########
          1 h    Edith Brown · Dr Patel, GP · asked 25 Nov 08:15 (asked on the call)
                 not chased yet
                 Advice: “Give 5 ml, twice a day.
                 ¦ If she says "stop" | feels dizzy, call 111”
                 Contact ########

        DECIDE: ASK IN WRITING (1, oldest first)
        ----------------------------------------
          0 h    Arthur Lee · Jo Okafor, District nurse · advice 25 Nov 09:30
                 recorded by Amara Shift-Lead
                 Advice: “Turn him every two hours”
                 Contact ########

        CORRECTIONS (0)
        ---------------
          Nothing was corrected on Friday 20 November 2026.

        SHARING EXCEPTIONS REGISTER (0, 0 acknowledged)
        -----------------------------------------------
          No information was shared under an exception on Friday 20 November 2026.

        """#
}
