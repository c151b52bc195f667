import Foundation
import LiaisonTestSupport
import Testing

/// R3 end to end: best interests is refused for a person with capacity who withdrew consent and
/// accepted, with its capacity record, for one who lacks capacity; both shares are in the
/// manager's register for a period, which a manager acknowledges on the dashboard.
@Suite(.endToEnd, .tags(.endToEnd)) struct ConsentExceptionEndToEndTests {
    let scratch: ScratchFolder

    init() async throws {
        scratch = try ScratchFolder()
        try await scratch.seeded()
        _ = try await scratch.liaison(["add", "person", "--name", "Harold Finch", "--basis", "withdrawn"])
        _ = try await scratch.liaison(["add", "person", "--name", "Arthur Lee", "--basis", "none"])
    }

    /// `add contact` sharing information about `person`, with `extra` flags.
    func share(_ person: String, _ extra: [String]) async throws -> LiaisonProcess.Result {
        try await scratch.liaison([
            "add", "contact", "--person", person, "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "Told the GP about the pressure sore", "--shared",
        ] + extra)
    }

    /// The day of the binaries' fixed "now" (`LIAISON_NOW`).
    static let today = "2026-11-24"

    @Test func bestInterestsOnlyWithCapacityRecordAndTheRegisterIsAcknowledged() async throws {
        let reason = "Needs the sore treated today"
        var result = try await share("Harold Finch", ["--exception", "best-interests", "--reason", reason])
        #expect(result.status != 0)
        #expect(result.stderr.contains("withdrew consent, and a person with capacity cannot be overridden in their best interests"))
        result = try await share("Harold Finch", ["--exception", "safeguarding", "--reason", "x"])
        #expect(result.status != 0 && result.stderr.contains("real reason"))
        result = try await share("Harold Finch", ["--exception", "safeguarding", "--reason", "Unexplained bruising; shared to protect him",
                                            "--decided-by", "Ruth Okafor"])
        #expect(result.status == 0, "\(result.stderr)")

        result = try await share("Arthur Lee", ["--exception", "best-interests", "--reason", reason])
        #expect(result.status != 0 && result.stderr.contains("capacity-assessed-by"))
        result = try await share("Arthur Lee", [
            "--exception", "best-interests", "--reason", reason, "--capacity-assessed-by", "Marcus Webb (social worker)",
            "--capacity-assessed-on", Self.today, "--capacity-decision", "sharing his wound care with the GP",
            "--consulted", "his daughter by phone",
        ])
        #expect(result.status == 0, "\(result.stderr)")

        var report = try await scratch.liaison(["report", "--from", Self.today, "--to", Self.today]).stdout
        #expect(report.contains("SHARING EXCEPTIONS REGISTER (2, 0 acknowledged)"))
        #expect(report.contains("Authorised by Ruth Okafor"))
        #expect(report.contains("Lacks capacity to decide on sharing his wound care with the GP"))
        #expect(report.contains("Consulted: his daughter by phone"))

        // The manager opens the register and acknowledges both.
        let session = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) --store \(scratch.path("store.sqlite")) --as \"Ruth Okafor\"; echo EXITED-$?; exec sh'",
            width: 120, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Escalations", timeout: 15))
        try session.send("x", literal: true)
        #expect(await session.waitFor("2, 2 to acknowledge"))
        try session.send("a", literal: true)
        #expect(await session.waitFor("cannot be taken back"))
        try session.send("y", literal: true)
        #expect(await session.waitFor("2, 1 to acknowledge"))
        try session.send("Down")
        try session.send("a", literal: true)
        #expect(await session.waitFor("cannot be taken back"))
        try session.send("y", literal: true)
        #expect(await session.waitFor("2, 0 to acknowledge"), "\(session.capture())")
        try session.send("Escape")
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))

        report = try await scratch.liaison(["report", "--from", Self.today, "--to", Self.today, "--format", "csv"]).stdout
        #expect(report.components(separatedBy: ",Ruth Okafor,").count - 1 >= 2)
        report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("SHARING EXCEPTIONS REGISTER (2, 2 acknowledged)"))
        #expect(report.contains("Acknowledged by Ruth Okafor at"))
    }

    @Test func theIncomingShiftLeadAcknowledgesTheHandoverFromTheCommandLine() async throws {
        var report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("produced by E2E Staff"))
        #expect(report.contains("Not yet acknowledged by the incoming shift lead."))
        let acknowledged = try await scratch.liaison(["report", "--acknowledge", "--as", "Kim Night"])
        #expect(acknowledged.status == 0, "\(acknowledged.stderr)")
        #expect(acknowledged.stdout.contains("Handover read and acknowledged by Kim Night at"))
        report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("Handover read and acknowledged by Kim Night at"))
        let period = try await scratch.liaison(["report", "--from", "2020-01-01", "--acknowledge"])
        #expect(period.status != 0 && period.stderr.contains("one day's"))
    }
}
