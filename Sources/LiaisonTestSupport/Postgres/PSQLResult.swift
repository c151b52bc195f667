import Foundation

/// What one `psql` run gave: its exit status (0, or 3 after an SQL error with ON_ERROR_STOP,
/// 1 or 2 when it could not run or connect), its output, and the SQLSTATE of the error it
/// stopped at, read from psql's verbose error line ("ERROR:  42501: permission denied…").
public struct PSQLResult: Sendable, CustomStringConvertible {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var succeeded: Bool { status == 0 }

    /// The SQLSTATE of the first error, if any.
    public var sqlState: String? {
        for line in stderr.split(separator: "\n") {
            guard let range = line.range(of: "ERROR:  ") else { continue }
            let rest = line[range.upperBound...]
            let code = rest.prefix(5)
            if code.count == 5, rest.dropFirst(5).hasPrefix(":"), code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) {
                return String(code)
            }
        }
        return nil
    }

    /// The first error's message, after its SQLSTATE.
    public var errorMessage: String? {
        for line in stderr.split(separator: "\n") {
            guard let range = line.range(of: "ERROR:  ") else { continue }
            let rest = line[range.upperBound...]
            return String(sqlState.map { _ in rest.dropFirst(7) } ?? rest)
        }
        return nil
    }

    /// Standard output's lines, without the empty last one: rows in psql's unaligned form.
    public var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }

    /// The notifications psql printed ("Asynchronous notification "liaison_change" with payload
    /// "…" received from server process with PID n."): channel and payload.
    public var notifications: [(channel: String, payload: String)] {
        let pattern = /Asynchronous notification "([^"]*)" with payload "(.*)" received from server process with PID \d+\./
        return stdout.split(separator: "\n").compactMap { line in
            (try? pattern.wholeMatch(in: line)).map { (String($0.1), String($0.2)) }
        }
    }

    public var description: String { "psql exited \(status); stdout: \(stdout); stderr: \(stderr)" }
}
