import Foundation
import GRDB
import TerminalUI

/// `liaison-bench stack-floor STORE SINCE`, started on a terminal: the least that a program built
/// as Liaison is built (Swift with its runtime and Foundation linked in, GRDB, ncursesw through
/// TerminalUI) does for a first frame. It runs the first frame's queries (`QueryFloor`, from
/// `SINCE`, seconds since 1970) on a read-only connection, rows fetched as text and nothing
/// decoded, and puts a full screen of their text on the terminal, the footer's last words last.
/// No arguments parsed, no record decoded, no calendar, no layout.
///
/// `DashboardBenchmark.wholeProcess` starts it on a pseudo-terminal as it starts `liaison`: the
/// gap between the two is what Liaison itself does, and the gap between this and sqlite3 is
/// what the stack costs before Liaison does anything.
enum StackFloor {
    static func run(path: String, since: Date) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let rows = try queue.read { db in try QueryFloor.rows(db, since: since) }
        let terminal = try NcursesTerminal()
        defer { terminal.restore() }
        var grid = CellGrid(size: terminal.size)
        let footer = grid.size.height - 1
        for y in 0..<footer where !rows.isEmpty { grid.write(rows[y % rows.count], x: 0, y: y) }
        let words = String(decoding: TerminalFirstFrame.lastWords, as: UTF8.self)
        grid.write(String(repeating: "-", count: max(0, grid.size.width - words.count - 1)) + words, x: 0, y: footer)
        terminal.present(grid)
        // Until the harness's "q", as the dashboard waits for it.
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) == 1, byte != UInt8(ascii: "q") {}
    }
}
