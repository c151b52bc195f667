import Foundation
import Testing
@testable import LiaisonCore

/// The Markdown format, compared whole, and its escaping of what would break a table.
@Suite struct ReportMarkdownTests {
    @Test func aFullDayReadsAsExpected() throws {
        let markdown = try ReportFixture().report().markdown()
        #expect(ReportFixture.masked(markdown) == Self.fullDay)
    }

    @Test func anEmptyDayHasEveryHeadingAndNoEmptyTables() throws {
        let markdown = try ReportFixture().report(ReportFixture.at(2026, 11, 20, 12, 0)).markdown()
        #expect(ReportFixture.masked(markdown) == Self.emptyDay)
    }

    @Test func cellsCannotBreakTheTable() {
        #expect(MarkdownTable.escape("a|b") == #"a\|b"#)
        #expect(MarkdownTable.escape("one\r\ntwo\nthree") == "one<br>two<br>three")
        #expect(MarkdownTable.escape(#"C:\temp|x"#) == #"C:\\temp\|x"#)
        #expect(MarkdownTable.escape("<script>") == "&lt;script>")
    }

    /// Stored words show as typed: a dose between tildes is not struck out, a name with
    /// underscores or stars is not turned italic or bold, an entity typed stays typed.
    @Test func cellsShowEmphasisMarksAndEntitiesAsTyped() {
        #expect(MarkdownTable.escape("~~5 mg~~ 2.5 mg") == #"\~\~5 mg\~\~ 2.5 mg"#)
        #expect(MarkdownTable.escape("*urgent* call dr_patel_2") == #"\*urgent\* call dr\_patel\_2"#)
        #expect(MarkdownTable.escape("Tom & Jo: 5 &lt; 6") == "Tom &amp; Jo: 5 &amp;lt; 6")
    }

    static let fullDay = #"""
        # Handover for Wednesday 25 November 2026

        As at 25 Nov 10:00 (GMT), produced by Amara Shift-Lead. Day reviewed by Amara Shift-Lead at 25 Nov 09:00; 1 contact entered since is not reviewed.

        Handover read and acknowledged by Amara Shift-Lead at 25 Nov 07:05; 2 contacts entered since were not in it.

        ## Contacts (2, 1 reviewed)

        | Time | Person | Partner | Channel | Summary | Advice | Confirmation | Care plan change | Shared | Nature | Recorded by | Reviewed |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        | 08:15 | Edith Brown | Dr Patel (GP) | phone, incoming | GP called about her cough | Give 5 ml, twice a day.<br>If she says "stop" \| feels dizzy, call 111 | requested 25 Nov 08:15 (asked on the call), not yet received, not chased yet | Medication chart: add the new syrup. Why: New prescription from the GP | no |  | Amara Shift-Lead | yes |
        | 09:30 | Arthur Lee | Jo Okafor (District nurse) | visit, outgoing | Told the nurse about a new pressure sore | Turn him every two hours | decide: ask in writing |  | yes, best-interests exception |  | Amara Shift-Lead | no |

        ## Entered for earlier days (0, 0 reviewed)

        Nothing was entered on Wednesday 25 November 2026 for an earlier day.

        ## Left the service or came back (0)

        No one left the service or came back to it on Wednesday 25 November 2026.

        ## Tasks closed (0)

        No task or promise was closed on Wednesday 25 November 2026.

        ## Escalations resolved (0)

        No escalation was resolved on Wednesday 25 November 2026.

        ## Due in the next 24 hours (1)

        | Due | Task | Owner | Person | Partner | Put back |
        | --- | --- | --- | --- | --- | --- |
        | 25 Nov 16:00 | Order dressings | Sam Carter |  |  |  |

        ## Sharing basis needs attention (1)

        | Person | Where | Basis | Needs |
        | --- | --- | --- | --- |
        | Arthur Lee |  | none | no basis recorded |

        ## Written confirmation to chase (2, oldest first)

        | Waiting | Person | Partner | Asked | How | Chased | Last chase | Advice | Contact |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        | 19 h | Edith Brown | Dr Patel (GP) | 24 Nov 15:00 | email | 2 | 25 Nov 06:45 Amara Shift-Lead: Surgery says the GP will email it today | Repeat the bloods in a week. | ######## |
        | 1 h | Edith Brown | Dr Patel (GP) | 25 Nov 08:15 | asked on the call | 0 |  | Give 5 ml, twice a day.<br>If she says "stop" \| feels dizzy, call 111 | ######## |

        ## Decide: ask in writing (1, oldest first)

        | Waiting | Person | Partner | Advice given | Recorded by | Advice | Contact |
        | --- | --- | --- | --- | --- | --- | --- |
        | 0 h | Arthur Lee | Jo Okafor (District nurse) | 25 Nov 09:30 | Amara Shift-Lead | Turn him every two hours | ######## |

        ## Overdue tasks (1)

        | Overdue by | Task | Due | Owner | Person | Partner | Put back |
        | --- | --- | --- | --- | --- | --- | --- |
        | 2 h | Promise: Call Dr Patel back | 25 Nov 08:00 | Sam Carter | Edith Brown | Dr Patel |  |

        ## Open escalations (1, most urgent first)

        | Age | Kind | Stage | Manager | Next due | Summary | Person | Partner |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 0 h | Disagreement with a decision | raised | Rosa Grant | 27 Nov 09:40 | GP declined a home visit | Edith Brown | Dr Patel |

        ## Corrections (1)

        | When | Corrected | By | Why | Before |
        | --- | --- | --- | --- | --- |
        | 09:45 | contact about Arthur Lee | Amara Shift-Lead | It is a new sore on his heel | summary was “Told the nurse about a sore” |

        ## Sharing exceptions for the manager (1, 0 acknowledged)

        | Time | Person | Basis on record | Partner | Exception | Why | Decided by | Capacity | Contact | Recorded by | Acknowledged |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        | 09:30 | Arthur Lee | none | Jo Okafor (District nurse) | best-interests | He needs treatment today and no one can consent for him | Amara Shift-Lead | lacks capacity to decide on sharing his wound care with the nurse; assessed by Marcus Webb (social worker) on 18 Nov 2026; consulted his daughter; the advocate | Told the nurse about a new pressure sore | Amara Shift-Lead | not yet |

        """#

    static let emptyDay = #"""
        # Handover for Friday 20 November 2026

        As at 25 Nov 10:00 (GMT), produced by Amara Shift-Lead. The day has not been reviewed.

        Not yet acknowledged by the incoming shift lead.

        ## Contacts (0, 0 reviewed)

        No contacts recorded on Friday 20 November 2026.

        ## Entered for earlier days (0, 0 reviewed)

        Nothing was entered on Friday 20 November 2026 for an earlier day.

        ## Left the service or came back (0)

        No one left the service or came back to it on Friday 20 November 2026.

        ## Tasks closed (0)

        No task or promise was closed on Friday 20 November 2026.

        ## Escalations resolved (0)

        No escalation was resolved on Friday 20 November 2026.

        ## Due in the next 24 hours (1)

        | Due | Task | Owner | Person | Partner | Put back |
        | --- | --- | --- | --- | --- | --- |
        | 25 Nov 16:00 | Order dressings | Sam Carter |  |  |  |

        ## Sharing basis needs attention (1)

        | Person | Where | Basis | Needs |
        | --- | --- | --- | --- |
        | Arthur Lee |  | none | no basis recorded |

        ## Written confirmation to chase (2, oldest first)

        | Waiting | Person | Partner | Asked | How | Chased | Last chase | Advice | Contact |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        | 19 h | Edith Brown | Dr Patel (GP) | 24 Nov 15:00 | email | 2 | 25 Nov 06:45 Amara Shift-Lead: Surgery says the GP will email it today | Repeat the bloods in a week. | ######## |
        | 1 h | Edith Brown | Dr Patel (GP) | 25 Nov 08:15 | asked on the call | 0 |  | Give 5 ml, twice a day.<br>If she says "stop" \| feels dizzy, call 111 | ######## |

        ## Decide: ask in writing (1, oldest first)

        | Waiting | Person | Partner | Advice given | Recorded by | Advice | Contact |
        | --- | --- | --- | --- | --- | --- | --- |
        | 0 h | Arthur Lee | Jo Okafor (District nurse) | 25 Nov 09:30 | Amara Shift-Lead | Turn him every two hours | ######## |

        ## Overdue tasks (1)

        | Overdue by | Task | Due | Owner | Person | Partner | Put back |
        | --- | --- | --- | --- | --- | --- | --- |
        | 2 h | Promise: Call Dr Patel back | 25 Nov 08:00 | Sam Carter | Edith Brown | Dr Patel |  |

        ## Open escalations (1, most urgent first)

        | Age | Kind | Stage | Manager | Next due | Summary | Person | Partner |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 0 h | Disagreement with a decision | raised | Rosa Grant | 27 Nov 09:40 | GP declined a home visit | Edith Brown | Dr Patel |

        ## Corrections (0)

        Nothing was corrected on Friday 20 November 2026.

        ## Sharing exceptions for the manager (0, 0 acknowledged)

        No information was shared under an exception on Friday 20 November 2026.

        """#
}
