import Foundation
import LiaisonTestSupport
import Testing

/// The command line behaves as this ecosystem's tools do: options before or after the command,
/// `--version`, suggestions for a misspelt command, and a failing exit for help on nothing.
@Suite(.endToEnd, .tags(.endToEnd)) struct CommandLineTests {
    @Test(arguments: [
        (["reprot"], "'reprot' is not a liaison command. Did you mean 'report'?"),
        (["expotr", "--format", "csv"], "Did you mean 'export'?"),
        (["add", "persn", "--name", "Edith"], "there is no 'add persn' command. Did you mean 'person'?"),
        (["help", "nosuch"], "there is no help on 'nosuch'. The commands are: add, check,"),
        (["help", "add", "parnter"], "there is no help on 'add parnter'. Did you mean 'partner'?"),
    ])
    func aMisspeltCommandIsRefusedWithTheNearestOnes(arguments: [String], words: String) async throws {
        let result = try await LiaisonProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("liaison: ") && result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func storeAndStaffMayComeBeforeTheCommand() async throws {
        let scratch = try ScratchFolder()
        let store = scratch.path("care.sqlite")
        try await scratch.initStore("care.sqlite")
        let added = try await LiaisonProcess.run(["--store", store, "--as=Sam Lead", "add", "person", "--name", "Edith Brown"], home: scratch.home)
        #expect(added.status == 0, "\(added.stderr)")
        let report = try await LiaisonProcess.run(["--store=\(store)", "report", "--format", "json"], home: scratch.home)
        #expect(report.status == 0, "\(report.stderr)")
        let export = try await LiaisonProcess.run(["export", "--store", store], home: scratch.home)
        #expect(export.stdout.contains("\"createdBy\" : \"Sam Lead\""))
    }

    @Test func versionAndHelpOnARealCommandExitZero() async throws {
        let version = try await LiaisonProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(version.stdout)")
        let help = try await LiaisonProcess.run(["help", "add", "contact"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--channel"))
    }
}
