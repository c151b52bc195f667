import ArgumentParser

/// Parses a command line from the command it names rather than from the root, when it can.
///
/// `Liaison.parseAsRoot` builds the table of options of every command on the way down, and of
/// the dashboard (the default command) besides, each time through a `Mirror` walk of the command:
/// about 24 tables for one `liaison add contact`, 2 ms of a 15 ms command (issue 15). Parsed from
/// `AddContactCommand` itself, the same arguments build its own table a few times. ArgumentParser
/// does the parsing either way, with the same command types.
///
/// Only a command line the named command accepts is taken from there. Anything it refuses, and
/// any request for help, a version or completions, is parsed again from the root, so that what
/// is printed is ArgumentParser's answer for the whole command line, as before. (A refused line
/// is parsed twice, so a command's `validate()`, should one be added, must not act on anything.)
enum CommandRoute {
    /// Words ArgumentParser answers at any depth; a line holding one goes to the root at once.
    static let askedOfTheRoot: Set<String> = [
        "-h", "--help", "-help", "--version", "--generate-completion-script", "--experimental-dump-help",
    ]

    static func parse(_ arguments: [String], root: ParsableCommand.Type = Liaison.self) throws -> ParsableCommand {
        if let (command, rest) = destination(of: arguments, root: root),
           let parsed = try? command.parseAsRoot(Array(rest)),
           // A command parsed as the root also answers `help`, with its own name alone.
           type(of: parsed) == command
        {
            return parsed
        }
        return try root.parseAsRoot(arguments)
    }

    /// The command a line names and the arguments after its name: the default command when the
    /// line begins with an option or is empty; nil for anything else (`help`, a command with
    /// subcommands and none named, a word that names no command).
    static func destination(of arguments: [String], root: ParsableCommand.Type) -> (ParsableCommand.Type, ArraySlice<String>)? {
        guard !arguments.contains(where: askedOfTheRoot.contains) else { return nil }
        var command = root
        var rest = arguments[...]
        while !command.configuration.subcommands.isEmpty {
            if let word = rest.first, let named = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) {
                command = named
                rest = rest.dropFirst()
            } else if command == root, rest.first?.hasPrefix("-") ?? true, let fallback = root.configuration.defaultSubcommand {
                command = fallback
            } else {
                return nil
            }
        }
        return (command, rest)
    }
}
