import Foundation
import LiaisonTestSupport
import Testing

/// Issue 5 in a real terminal: a contact typed from the dashboard reaches the store exactly, a
/// hang-up mid-form loses nothing, and sharing without a basis is refused until explained.
@Suite(.endToEnd, .tags(.endToEnd)) struct EntryEndToEndTests {
    /// Removed with the suite's instance, when the test is done.
    let scratch: TestFolder
    var folder: URL { scratch.url }
    var store: String { folder.appendingPathComponent("care.sqlite").path }
    /// The drafts "E2E" has on disk: one file per session that typed something.
    var draftFiles: [String] {
        let folder = store + ".drafts"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("E2E.") && $0.hasSuffix(".json") }.map { folder + "/" + $0 }
    }

    init() throws {
        scratch = try TestFolder("liaison-entry")
    }

    /// The demo store's dashboard in tmux; the shell stays so the exit status can be read.
    func open(waitingFor text: String = "Escalations") async throws -> TmuxSession {
        let command = "sh -c '\(LiaisonProcess.binary.path) demo --seed 1 --store \(store) --as E2E; echo EXITED-$?; exec sh'"
        let session = try TmuxSession(command: command, width: 100, height: 40)
        #expect(await session.waitFor(text))
        return session
    }

    func exported() async throws -> [String: Any] {
        let result = try await LiaisonProcess.run(["export", "--store", store, "--as", "E2E"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func records(_ kind: String, where key: String, is value: String) async throws -> [[String: Any]] {
        let all = try await exported()[kind] as? [[String: Any]] ?? []
        return all.filter { $0[key] as? String == value }
    }

    func id(of name: String, in kind: String) async throws -> String? {
        try await records(kind, where: "name", is: name).first?["id"] as? String
    }

    static let summary = "GP rang about Edith's blood pressure"
    static let advice = ["Zoë's dose: 5 mg — «twice daily», 王", "Check BP every morning; call back if under 100."]

    /// Types everything up to the follow-up's due time, leaving the form open and unsaved.
    func typeWholeContact(_ session: TmuxSession) async throws {
        try session.send("a", literal: true)
        #expect(await session.waitFor("New contact / advice"))
        try session.send("edith", literal: true)
        #expect(await session.waitFor("▸ Edith Brown"))
        try session.send("Enter")                     // takes Edith; the focus stays on her
        #expect(await session.waitFor("Sharing: they consented"))
        try session.send("Tab")
        try session.send("riverside", literal: true)  // the partner by organisation
        #expect(await session.waitFor("▸ Dr Anil Patel"))
        try session.send("Enter", "Tab")
        try session.send(Self.summary, literal: true)
        try session.send("Tab")
        try session.send(Self.advice[0], literal: true)
        try session.send("Enter")
        try session.send(Self.advice[1], literal: true)
        try session.send("Tab")
        try session.send("Right")                     // written confirmation: requested
        try session.send("Tab")
        try session.send("email to the surgery", literal: true)
        try session.send("Tab")
        try session.send("Amlodipine 5 mg twice daily", literal: true)
        try session.send("Tab")
        try session.send("Dr Patel's advice by phone", literal: true)
        try session.send("Tab")
        try session.send("Send Dr Patel the week's readings", literal: true)
        try session.send("Tab", "Tab")                  // a task, not a promise
        try session.send("2026-12-31 15:00", literal: true)
        try session.send("Tab")
        try session.send("Tom Whitfield", literal: true)
        #expect(await session.waitFor("Tom Whitfield"))
    }

    @Test func aWholeContactTypedInTheTerminalIsExportedExactly() async throws {
        let session = try await open()
        defer { session.kill() }
        try await typeWholeContact(session)
        try session.send("C-s")
        #expect(await eventually { !session.capture().contains("New contact / advice") })

        let contact = try #require(try await records("contacts", where: "summary", is: Self.summary).first)
        #expect(contact["advice"] as? String == Self.advice.joined(separator: "\n"))
        #expect(contact["channel"] as? String == "phone")
        #expect(contact["personID"] as? String == (try await id(of: "Edith Brown", in: "people")))
        #expect(contact["partnerID"] as? String == (try await id(of: "Dr Anil Patel", in: "partners")))
        let confirmation = try #require(contact["confirmation"] as? [String: Any])
        #expect(confirmation["state"] as? String == "requested")
        #expect(confirmation["method"] as? String == "email to the surgery")
        let amendment = try #require(contact["carePlanAmendment"] as? [String: Any])
        #expect(amendment["change"] as? String == "Amlodipine 5 mg twice daily")
        #expect(amendment["reason"] as? String == "Dr Patel's advice by phone")
        let audit = try #require(contact["audit"] as? [String: Any])
        #expect(audit["createdBy"] as? String == "E2E")
        let task = try #require(try await records("tasks", where: "title", is: "Send Dr Patel the week's readings").first)
        #expect(task["owner"] as? String == "Tom Whitfield")
        #expect(task["partnerID"] as? String == contact["partnerID"] as? String)
        #expect(task["personID"] as? String == contact["personID"] as? String)
        #expect(draftFiles.isEmpty, "a saved form leaves no draft")

        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    @Test func hangingUpMidFormKeepsEveryFieldForTheNextStart() async throws {
        let first = try await open()
        try await typeWholeContact(first)
        let program = try #require(first.panePID().flatMap { DashboardEndToEndTests.children(of: $0).first })
        first.kill()  // the terminal goes away: SIGHUP to the program
        // A draft is offered once its session has ended; a running one keeps it to itself.
        #expect(await eventually { kill(program, 0) != 0 })
        #expect(draftFiles.count == 1)
        let draft = try String(contentsOfFile: try #require(draftFiles.first), encoding: .utf8)
        #expect(draft.contains("2026-12-31 15:00"))

        let second = try await open(waitingFor: "Unsaved contact")
        defer { second.kill() }
        #expect(second.capture().contains(Self.summary))
        try second.send("y", literal: true)
        #expect(await second.waitFor("New contact / advice"))
        let screen = second.capture()
        for text in ["Edith Brown", "Sharing: they consented", "Dr Anil Patel", Self.summary, Self.advice[0], Self.advice[1],
                     "[Requested]", "email to the surgery", "Amlodipine 5 mg twice daily", "Dr Patel's advice by phone",
                     "Send Dr Patel the week's readings", "Tom Whitfield", "2026-12-31 15:00"] {
            #expect(screen.contains(text), "\(text) was not back after the hang-up")
        }
        try second.send("C-s")
        #expect(await eventually { !second.capture().contains("New contact / advice") })
        #expect(await second.waitFor("Saved: \(Self.summary)"), "the contact taken up from the draft is shown once saved")
        let contact = try #require(try await records("contacts", where: "summary", is: Self.summary).first)
        #expect(contact["advice"] as? String == Self.advice.joined(separator: "\n"))
        #expect(try await records("tasks", where: "title", is: "Send Dr Patel the week's readings").count == 1)
        #expect(draftFiles.isEmpty, "the saved draft is gone, not left to be offered again")
    }

    @Test func sharingAboutSomeoneWhoWithdrewConsentIsRefusedUntilAnExceptionIsGiven() async throws {
        let session = try await open()
        defer { session.kill() }
        let summary = "Told the GP about Harold's falls"
        try session.send("a", literal: true)
        #expect(await session.waitFor("New contact / advice"))
        try session.send("finch", literal: true)
        try session.send("Enter")
        #expect(await session.waitFor("CONSENT WITHDRAWN"))
        try session.send("Tab")
        try session.send("patel", literal: true)
        try session.send("Enter", "Tab")
        try session.send(summary, literal: true)
        try session.send("BTab", "BTab", "BTab")              // back past the top to the last field, "we shared"
        try session.send("Right")                             // we shared information
        try session.send("C-s")
        #expect(await session.waitFor("has withdrawn consent"))
        #expect(try await records("contacts", where: "summary", is: summary).isEmpty)

        try session.send("Tab")
        try session.send("Right")                             // best interests
        try session.send("C-s")
        #expect(await session.waitFor("is empty; please write it in"))
        #expect(try await records("contacts", where: "summary", is: summary).isEmpty)

        // The failed save put the cursor in the reason's field.
        try session.send("Falls team needed his history to keep him safe", literal: true)
        try session.send("C-s")
        // He withdrew consent: best interests cannot override a person with capacity (issue 11).
        #expect(await session.waitFor("a person with capacity cannot be"), "\(session.capture())")
        #expect(try await records("contacts", where: "summary", is: summary).isEmpty)
        // The refusal put the cursor on the exception: safeguarding still can, with the reason given.
        try session.send("Right")                             // safeguarding
        try session.send("C-s")
        #expect(await eventually { !session.capture().contains("New contact / advice") })
        let contact = try #require(try await records("contacts", where: "summary", is: summary).first)
        let exception = try #require(contact["sharingException"] as? [String: Any])
        #expect(exception["kind"] as? String == "safeguarding")
        #expect(exception["reason"] as? String == "Falls team needed his history to keep him safe")
        #expect(exception["decidedBy"] as? String == "E2E")

        // The manager sees it in the day's report, in every reader's format.
        let json = try await LiaisonProcess.run(["report", "--store", store, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let listed = (report["sharingExceptions"] as? [[String: Any]] ?? []).filter { $0["summary"] as? String == summary }
        #expect(listed.count == 1)
        let entry = try #require(listed.first)
        #expect(entry["person"] as? String == "Harold Finch")
        #expect(entry["basis"] as? String == "withdrawn")
        #expect(entry["recordedBy"] as? String == "E2E")
        #expect((entry["exception"] as? [String: Any])?["reason"] as? String == "Falls team needed his history to keep him safe")
        let text = try await LiaisonProcess.run(["report", "--store", store])
        #expect(text.status == 0, "\(text.stderr)")
        let section = try #require(text.stdout.components(separatedBy: "SHARING EXCEPTIONS FOR THE MANAGER").last)
        #expect(section.contains("Why: Falls team needed his history to keep him safe"))
    }

    @Test func correctingASavedContactKeepsTheOriginalWithReasonAndAuthorInTheExport() async throws {
        let session = try await open()
        defer { session.kill() }
        try await typeWholeContact(session)
        try session.send("C-s")
        #expect(await eventually { !session.capture().contains("New contact / advice") })
        #expect(await session.waitFor("Saved: \(Self.summary)"), "the new contact is highlighted in Contacts")
        try session.send("c", literal: true)
        #expect(await session.waitFor("Correct a contact"))
        try session.send("edith's blood", literal: true)
        #expect(await session.waitFor("▸ Edith Brown: \(Self.summary)"), "the row says whom it is about")
        try session.send("Enter", "Tab", "Tab", "Up", "C-u")   // the contact; into the advice, clear its first line
        try session.send("Zoë's dose: 2.5 mg — «once daily», 王", literal: true)
        // Past who, with whom, when, how, which way, the care plan change and why, the nature and
        // what we shared (all kept as they were) to the reason.
        for _ in 0..<10 { try session.send("Tab") }
        try session.send("Misheard on the phone; the surgery's email says 2.5 mg", literal: true)
        try session.send("C-s")
        #expect(await eventually { !session.capture().contains("Correct a contact") })
        try await expectBothVersionsInTheDetailView(session)

        let contact = try #require(try await records("contacts", where: "summary", is: Self.summary).first)
        #expect(contact["advice"] as? String == "Zoë's dose: 2.5 mg — «once daily», 王\n" + Self.advice[1])
        let id = try #require(contact["id"] as? String)
        let history = try await records("history", where: "recordID", is: id)
        #expect(history.count == 1)
        let entry = try #require(history.first)
        #expect(entry["reason"] as? String == "Misheard on the phone; the surgery's email says 2.5 mg")
        #expect(entry["amendedBy"] as? String == "E2E")
        let original = try #require((entry["record"] as? String).flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        #expect(original["advice"] as? String == Self.advice.joined(separator: "\n"))
    }

    /// Enter on the highlighted contact (still the one just saved and corrected) opens it: the
    /// advice as it is now at the top, the old advice, the reason and who changed it below.
    func expectBothVersionsInTheDetailView(_ session: TmuxSession) async throws {
        try session.send("Enter")
        #expect(await session.waitFor("Contact — Edith Brown"))
        let top = Self.flattened(session.capture())
        #expect(top.contains("Advice Zoë's dose: 2.5 mg — «once daily», 王 \(Self.advice[1])"), "\(top)")
        #expect(top.contains("(version 2)"))
        try session.send("End")
        #expect(await session.waitFor("History of changes"))
        let bottom = Self.flattened(session.capture())
        #expect(bottom.contains("by E2E: Misheard on the phone; the surgery's email says 2.5 mg"), "\(bottom)")
        #expect(bottom.contains("was Advice \(Self.advice[0]) \(Self.advice[1])"), "\(bottom)")
        try session.send("Escape")
        #expect(await eventually { !session.capture().contains("History of changes") })
    }

    /// The screen as one line of words: borders and runs of spaces gone, so text wrapped at any
    /// width still reads as typed.
    /// Opens the contact form with `a` and fills its first fields as a person would: Edith Brown
    /// and Dr Patel picked by typing, then `summary`; the cursor is left in the summary.
    static func startContact(_ session: TmuxSession, summary: String) async throws {
        try session.send("a", literal: true)
        #expect(await session.waitFor("New contact / advice"))
        try session.send("edith", literal: true)
        try session.send("Enter", "Tab")
        try session.send("patel", literal: true)
        try session.send("Enter", "Tab")
        try session.send(summary, literal: true)
    }

    static func flattened(_ screen: String) -> String {
        screen.replacingOccurrences(of: "│", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// SIGTERM ends the program in order; SIGKILL gives it no chance at all. Either way the draft
    /// written at the last key is there at the next start.
    @Test(arguments: [SIGTERM, SIGKILL])
    func killedMidFormTheDraftIsOfferedBack(signal: Int32) async throws {
        let first = try await open()
        defer { first.kill() }
        try await Self.startContact(first, summary: Self.summary)
        try first.send("Tab")
        try first.send(Self.advice[0], literal: true)
        #expect(await first.waitFor("«twice daily»"))
        let shell = try #require(first.panePID())
        let child = try #require(DashboardEndToEndTests.children(of: shell).first)
        kill(child, signal)
        #expect(await first.waitFor("EXITED-\(128 + signal)"))

        let second = try await open(waitingFor: "Unsaved contact")
        defer { second.kill() }
        try second.send("y", literal: true)
        #expect(await second.waitFor(Self.advice[0]))
        let screen = second.capture()
        #expect(screen.contains("Edith Brown") && screen.contains("Dr Anil Patel") && screen.contains(Self.summary))
    }
}
