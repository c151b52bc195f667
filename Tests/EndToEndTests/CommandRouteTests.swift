import ArgumentParser
import Testing
@testable import liaison

/// `CommandRoute` parses a command line from the command it names: every line a command accepts
/// must come out exactly as from the root, and everything else must be the root's to answer.
@Suite struct CommandRouteTests {
    /// Lines each command accepts, with values that look like commands and built-in words.
    static let accepted: [[String]] = [
        [],
        ["--read-only"],
        ["--store", "/srv/care.sqlite", "--as", "Sam Lead", "--theme", "high-contrast", "--home", "Oak House"],
        ["dashboard", "--read-only", "--store", "/srv/care.sqlite"],
        ["demo", "--seed", "7", "--no-open"],
        ["wall", "--names", "room", "--home", "Oak House"],
        ["init", "/srv/care.sqlite", "--group", "care-team"],
        ["add", "person", "--name", "Edith Brown", "--location", "Room 1", "--key-worker", "Sam Lead"],
        ["add", "person", "--name", "help", "--location", "add", "--store", "/srv/care.sqlite"],
        ["add", "person", "--name", "contact", "--preferred", "report"],
        ["add", "partner", "--name", "Dr Priya Patel", "--role", "gp", "--org", "Riverside Surgery"],
        [
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "GP rang",
            "--advice", "Fluids every hour", "--when", "yesterday 09:30", "--direction", "outgoing", "--shared",
            "--nature", "high multi formal direct", "--store", "/srv/care.sqlite", "--as", "Sam Lead",
        ],
        ["add", "contact", "--person=dashboard", "--partner=wall", "--channel=email", "--summary=check"],
        ["add", "task", "--title", "Call Dr Patel back", "--due", "Fri 17:00", "--promise", "--person", "Edith Brown"],
        ["add", "escalation", "--kind", "disagreement", "--summary", "GP declined a home visit", "--urgent"],
        ["confirm", "3f2a", "--received", "--how", "email", "--reference", "help"],
        ["leave", "Edith Brown", "--moved", "--on", "yesterday", "--note", "to Oak Lodge"],
        ["leave", "Edith Brown", "--died", "--correct", "--on", "Mon", "--reason", "the day was typed wrong"],
        ["readmit", "Edith Brown", "--reason", "back from hospital"],
        ["report", "--date", "yesterday", "--format", "json", "--acknowledge"],
        ["export", "--format", "csv", "--output", "/tmp/out.csv", "--force"],
        ["import", "export.json", "--store", "/srv/care.sqlite"],
        ["check", "--store", "/srv/care.sqlite"],
        ["migrate", "--from", "/srv/care.sqlite", "--to", "postgresql:///care"],
        ["themes", "--check", "high-contrast"],
    ]

    @Test(arguments: accepted)
    func aLineACommandAcceptsIsParsedAsFromTheRoot(arguments: [String]) throws {
        let (command, rest) = try #require(CommandRoute.destination(of: arguments, root: Liaison.self))
        let routed = try command.parseAsRoot(Array(rest))
        let fromRoot = try Liaison.parseAsRoot(arguments)
        #expect(type(of: routed) == type(of: fromRoot))
        #expect(Self.described(routed) == Self.described(fromRoot))
        #expect(Self.described(try CommandRoute.parse(arguments)) == Self.described(fromRoot))
    }

    /// The comparison above sees values: one word's difference shows.
    @Test func aDifferentValueIsSeen() throws {
        let edith = try Liaison.parseAsRoot(["add", "person", "--name", "Edith Brown"])
        let edna = try CommandRoute.parse(["add", "person", "--name", "Edna Brown"])
        #expect(Self.described(edith) != Self.described(edna))
        #expect(Self.described(edna).contains("Edna Brown"))
    }

    /// Help, the version, completions, misspellings and anything refused: parsed from the root,
    /// so the answer (and its usage line, `liaison add contact …`) is the whole tree's.
    @Test(arguments: [
        ["help"], ["help", "add", "contact"], ["--help"], ["-h"], ["--version"], ["add"], ["add", "contact", "--help"],
        ["add", "contact", "--version"], ["report", "-h"], ["--generate-completion-script", "bash"],
        ["add", "contact", "--generate-completion-script", "bash"], ["--experimental-dump-help"], ["nosuch"],
    ])
    func whatOnlyTheRootAnswersIsNotRouted(arguments: [String]) {
        #expect(CommandRoute.destination(of: arguments, root: Liaison.self) == nil)
    }

    @Test(arguments: [
        ["add", "person", "help"], ["add", "person", "--name"], ["add", "contact", "--person", "Edith"],
        ["report", "--format", "xml"], ["check", "extra"], ["leave", "Edith Brown"], ["--bogus"], ["confirm", "help"],
    ])
    func aLineTheCommandRefusesIsAnsweredByTheRoot(arguments: [String]) {
        let routed = Result { try CommandRoute.parse(arguments) }
        let fromRoot = Result { try Liaison.parseAsRoot(arguments) }
        switch (routed, fromRoot) {
        case (.failure(let routedError), .failure(let rootError)):
            #expect(Liaison.fullMessage(for: routedError) == Liaison.fullMessage(for: rootError))
            #expect(Liaison.exitCode(for: routedError) == Liaison.exitCode(for: rootError))
            #expect(Liaison.fullMessage(for: routedError).contains("liaison "))
        default:
            Issue.record("both should refuse \(arguments): routed \(routed), from the root \(fromRoot)")
        }
    }

    /// Everything a parsed command holds, property wrappers and values included.
    static func described(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }
}
