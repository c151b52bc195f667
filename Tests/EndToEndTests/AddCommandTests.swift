import Foundation
import LiaisonTestSupport
import Testing

@Suite(.endToEnd, .tags(.endToEnd)) struct AddCommandTests {
    @Test func printsTheNewIdAlone() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        let result = try await scratch.liaison(["add", "person", "--name", "Nguyễn Thị Lan", "--basis", "representative", "--basis-by", "Her son, attorney"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^[0-9a-f-]{36}\n$"#, options: .regularExpression) != nil)
    }

    @Test(arguments: [
        (["add", "contact", "--person", "Nobody Known", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x"], "person"),
        (["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x", "--when", "2026-13-40"], "when"),
        (["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x", "--advice", " "], "advice"),
        (["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x", "--confirmation", "requested"], "advice"),
        (["add", "task", "--title", "Call back", "--due", "2026-02-30"], "due"),
        (["add", "person", "--name", "Arthur Lee", "--basis", "best-interests", "--basis-by", "Dr Y", "--basis-review", "in 3 months"], "basis-reason"),
        (["add", "person", "--name", "Arthur Lee", "--basis", "safeguarding", "--basis-by", "Ruth Okafor", "--basis-reason", "Open enquiry about bruising"], "basis-review"),
        // Details of a basis with no basis given would be kept where nothing shows them.
        (["add", "person", "--name", "Arthur Lee", "--basis-by", "Dr Y"], "basis-by"),
        (["add", "person", "--name", "Arthur Lee", "--basis", "none", "--basis-review", "in 3 months"], "basis-review"),
        (["confirm", "00000000", "--not-needed", "--note", "GP says no letter is needed", "--when", "yesterday"], "when"),
        // Days that have not come, refused in the words of the flag that was typed.
        (["leave", "Edith Brown", "--moved", "--on", "tomorrow"], "on"),
        (["add", "escalation", "--kind", "complaint-to-partner", "--summary", "Missed visits", "--partner", "Dr Patel", "--manager", "Ruth Okafor",
          "--their-reference", "CT-1", "--sent-on", "tomorrow"], "sent-on"),
        (["add", "escalation", "--kind", "complaint-to-partner", "--summary", "Missed visits", "--manager", "Ruth Okafor"], "partner"),
        (["add", "escalation", "--kind", "disagreement", "--summary", "GP declined a home visit"], "manager"),
        (["report", "--acknowledge", "--date", "tomorrow"], "date"),
        (["add", "escalation", "--kind", "disagreement", "--summary", "GP declined a home visit", "--manager", "Ruth Okafor",
          "--their-reference", "CT-1"], "their-reference"),
    ])
    func badInputIsRefusedNamingTheField(arguments: [String], field: String) async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let before = try await scratch.liaison(["export"]).stdout
        let result = try await scratch.liaison(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("liaison: \(field): "), "stderr was: \(result.stderr)")
        #expect(result.stderr.range(of: #"[0-9a-f]{8}-|T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"#, options: .regularExpression) == nil,
                "no ids or machine timestamps for staff: \(result.stderr)")
        #expect(try await scratch.liaison(["export"]).stdout == before)
    }

    /// A record about someone who left is saved, with a note saying they left and how to bring
    /// them back; about someone still here, nothing is said.
    @Test func aRecordAboutSomeoneWhoLeftIsSavedWithANote() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let contact = ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "GP rang"]
        let before = try await scratch.liaison(contact)
        #expect(before.status == 0 && before.stderr.isEmpty, "\(before.stderr)")
        let left = try await scratch.liaison(["leave", "Edith Brown", "--moved"])
        #expect(left.status == 0, "\(left.stderr)")
        for command in [contact, ["add", "task", "--title", "Send her notes on", "--person", "Edith Brown", "--due", "tomorrow"]] {
            let after = try await scratch.liaison(command)
            #expect(after.status == 0 && !after.stdout.isEmpty, "\(after.stderr)")
            #expect(after.stderr.hasPrefix("liaison: note: Edith Brown left the service (moved, "), "\(after.stderr)")
            #expect(after.stderr.contains("If they came back, `liaison readmit` them"))
        }
    }

    /// Two people of one name: the second is added only when said to be a namesake; a refusal
    /// to pick between them lists both with the start of each id, and that start names the
    /// person from then on, in any command.
    @Test func aNameThatFitsTwoPeopleListsThemAndTheStartOfAnIdPicksOne() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let again = try await scratch.liaison(["add", "person", "--name", "edith  BROWN", "--location", "Room 12"])
        #expect(again.status == 1 && again.stdout.isEmpty, "\(again.stderr)")
        #expect(again.stderr.hasPrefix("liaison: namesake: someone of this name is already recorded: Edith Brown ("), "\(again.stderr)")
        #expect(again.stderr.hasSuffix("say they are a namesake (--namesake)\n"), "\(again.stderr)")
        let second = try await scratch.liaison(["add", "person", "--name", "Edith Brown", "--location", "Room 12", "--namesake"])
        #expect(second.status == 0, "\(second.stderr)")
        let id = second.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let arguments = ["add", "contact", "--partner", "Dr Patel", "--channel", "phone", "--summary", "GP rang"]
        let refused = try await scratch.liaison(arguments + ["--person", "Edith Brown"])
        #expect(refused.status == 1 && refused.stderr.contains("“Edith Brown” fits 2 records: Edith Brown (")
                && refused.stderr.contains("Edith Brown (Room 12, \(id.prefix(8)))"), "\(refused.stderr)")
        let added = try await scratch.liaison(arguments + ["--person", String(id.prefix(8))])
        #expect(added.status == 0, "\(added.stderr)")
        let left = try await scratch.liaison(["leave", String(id.prefix(8)), "--moved"])
        #expect(left.status == 0, "\(left.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(export.contains("\"personID\" : \"\(id)\""))
    }

    @Test func sharingWithoutBasisNeedsAnException() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        _ = try await scratch.liaison(["add", "person", "--name", "Harold Finch", "--basis", "withdrawn"])
        _ = try await scratch.liaison(["add", "partner", "--name", "Marcus Webb", "--role", "social-worker"])
        let base = ["add", "contact", "--person", "Harold Finch", "--partner", "Marcus Webb", "--channel", "phone", "--summary", "Bruising", "--shared"]
        let refused = try await scratch.liaison(base)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("shared"))
        let allowed = try await scratch.liaison(base + ["--exception", "safeguarding", "--reason", "Unexplained bruising"])
        #expect(allowed.status == 0, "stderr: \(allowed.stderr)")
    }

    @Test func aBlankAuthorIsRefusedNotReplacedByTheLoginName() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let before = try await scratch.liaison(["export"]).stdout
        for blank in ["", "   "] {
            let result = try await scratch.liaison(["add", "partner", "--name", "Jo Okafor", "--role", "gp", "--as", blank])
            #expect(result.status == 64 && result.stderr.contains("--as is empty"), "\(result.stderr)")
        }
        #expect(try await scratch.liaison(["export"]).stdout == before)
    }

    @Test func staffIdentityComesFromTheFlag() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        _ = try await scratch.liaison(["add", "person", "--name", "Ann", "--as", "Priya Raman"])
        #expect(try await scratch.liaison(["export"]).stdout.contains("\"createdBy\" : \"Priya Raman\""))
    }

    /// A record made under a name the staff list does not hold is saved, with a note naming
    /// the likely listed name: "Sam Led" would stand in the history for good. A listed name,
    /// in any case, is said nothing.
    @Test func aNameNotOnTheStaffListIsSavedWithANote() async throws {
        let scratch = try ScratchFolder()
        let made = try await scratch.liaison(["demo", "--store", scratch.path("store.sqlite"), "--no-open"])
        #expect(made.status == 0, "\(made.stderr)")
        let contact = ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Anil Patel", "--channel", "phone", "--summary", "GP rang"]
        let slip = try await scratch.liaison(contact + ["--as", "Sam Led"])
        #expect(slip.status == 0 && !slip.stdout.isEmpty, "\(slip.stderr)")
        #expect(slip.stderr == "liaison: note: “Sam Led” is not on the service's staff list (did you mean Sam Lead?), and what you "
                    + "record says they made it; if that is a slip, give your name as the list has it (--as), or ask a manager to add you\n")
        let acknowledged = try await scratch.liaison(["report", "--acknowledge", "--as", "Nobody Known"])
        #expect(acknowledged.status == 0 && acknowledged.stderr.hasPrefix("liaison: note: “Nobody Known” is not on the service's staff list, and"),
                "\(acknowledged.stderr)")
        let listed = try await scratch.liaison(contact + ["--as", "sam lead"])
        #expect(listed.status == 0 && listed.stderr.isEmpty, "\(listed.stderr)")
        // A report that records nothing says nothing of who reads it.
        #expect(try await scratch.liaison(["report", "--as", "Nobody Known"]).stderr.isEmpty)
    }
}
