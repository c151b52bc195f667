import Foundation
import LiaisonTestSupport
import Testing

/// Every command's help explains every option, and shows what a value looks like: an example
/// ("e.g. …") or, for a typed choice, the list of values ArgumentParser prints.
@Suite(.endToEnd, .tags(.endToEnd)) struct CommandHelpTests {
    /// One argument as `--experimental-dump-help` describes it.
    struct Argument {
        let name: String
        let kind: String
        let abstract: String
        let values: [String]
    }

    /// Every command path (`["add", "contact"]`) with its arguments, from the help model.
    static func commands() async throws -> [(path: [String], arguments: [Argument])] {
        let dump = try await LiaisonProcess.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var found: [(path: [String], arguments: [Argument])] = []
        func walk(_ command: [String: Any], path: [String]) {
            let arguments = (command["arguments"] as? [[String: Any]] ?? []).compactMap { a -> Argument? in
                guard a["shouldDisplay"] as? Bool ?? true else { return nil }
                let preferred = a["preferredName"] as? [String: Any]
                return Argument(
                    name: preferred?["name"] as? String ?? a["valueName"] as? String ?? "?", kind: a["kind"] as? String ?? "",
                    abstract: a["abstract"] as? String ?? "", values: a["allValues"] as? [String] ?? [])
            }
            found.append((path, arguments))
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path: path + [sub["commandName"] as? String ?? "?"])
            }
        }
        walk(try #require(root["command"] as? [String: Any]), path: [])
        return found
    }

    @Test func everyOptionHasHelpAndEveryValueAnExample() async throws {
        let commands = try await Self.commands()
        #expect(commands.count >= 15, "the walk reached \(commands.map { $0.path.joined(separator: " ") })")
        #expect(commands.contains { $0.path == ["add", "contact"] })
        var checked = 0
        for (path, arguments) in commands where path.first != "help" {
            let where_ = (["liaison"] + path).joined(separator: " ")
            for argument in arguments where argument.name != "help" {
                #expect(!argument.abstract.trimmingCharacters(in: .whitespaces).isEmpty, "\(where_) --\(argument.name) has no help")
                guard argument.kind != "flag" else { continue }
                let shows = argument.abstract.contains("e.g. ") || !argument.values.isEmpty
                #expect(shows, "\(where_) \(argument.name): “\(argument.abstract)” shows no example of its value")
                checked += 1
            }
        }
        #expect(checked >= 60, "only \(checked) options carry values")
    }

    /// The help a person reads says what the model says: each command's `--help` exits 0 and
    /// shows each option with its example.
    @Test func eachCommandsHelpShowsItsOptionsAndExamples() async throws {
        for (path, arguments) in try await Self.commands() where path.first != "help" {
            let help = try await LiaisonProcess.run(path + ["--help"])
            #expect(help.status == 0, "\(path)")
            let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for argument in arguments where argument.kind == "option" {
                #expect(flat.contains("--\(argument.name)"), "\(path) --\(argument.name)")
                if let example = argument.abstract.range(of: "e.g. ").map({ argument.abstract[$0.upperBound...].prefix(12) }) {
                    let words = example.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    #expect(flat.contains(words), "\(path) --\(argument.name): \(words)")
                }
                if !argument.values.isEmpty {
                    #expect(flat.contains("(values: \(argument.values.joined(separator: ", "))"), "\(path) --\(argument.name)")
                }
            }
        }
    }
}
