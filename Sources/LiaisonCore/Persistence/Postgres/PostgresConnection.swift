import CLibpq
import Foundation

/// One connection to a PostgreSQL server through libpq (`Libpq`), used synchronously like the Store.
///
/// Queries send their values separately from the SQL text (`PQexecParams`), never spliced in;
/// `execute` runs a whole script of statements in one implicit transaction (the simple query
/// protocol), as a schema version is applied.
final class PostgresConnection {
    private let pq: Libpq
    private let connection: OpaquePointer
    let address: PostgresAddress

    /// Connects, or says in words why not (server unreachable, authentication refused, no such
    /// database), naming the address without its password.
    init(_ address: PostgresAddress) throws {
        let pq = try Libpq.load()
        guard let connection = pq.connectdb(address.uri) else {
            throw StoreError("Could not start a connection to \(address.shown): out of memory.")
        }
        guard pq.status(connection) == CONNECTION_OK else {
            let reason = Self.words(pq.errorMessage(connection))
            pq.finish(connection)
            throw StoreError("Could not connect to the PostgreSQL store at \(address.shown): \(reason)")
        }
        // libpq prints the server's notices on stderr, over the dashboard or the wall: a server
        // shutting down sends "WARNING: terminating connection…" to every session, which
        // scrolled the screen. Nothing Liaison asks for raises a notice, and what it must say
        // about a lost server it says in its own words, so they are dropped. The processor
        // belongs to the connection and outlives `PQreset`.
        _ = pq.setNoticeProcessor(connection, { _, _ in }, nil)
        self.pq = pq
        self.connection = connection
        self.address = address
    }

    deinit { pq.finish(connection) }

    /// The role the server authenticated: who is really typing.
    var user: String { pq.user(connection).map { String(cString: $0) } ?? "" }

    /// Whether the connection still works; false once the server has gone away.
    var isConnected: Bool { pq.status(connection) == CONNECTION_OK }

    /// The socket, for `poll()` to wake on a notification; -1 while disconnected.
    var socket: Int32 { pq.socket(connection) }

    /// Tries once to connect again over the same address (the server restarted); `isConnected`
    /// says whether it worked. A LISTEN must be repeated after.
    func reconnect() { pq.reset(connection) }

    /// One `NOTIFY` received: on `channel`, with its payload, from another session or this one.
    struct Notification: Equatable {
        var channel: String
        var payload: String
        var fromThisSession: Bool
    }

    /// The notifications that have arrived since the last call, reading what the socket holds
    /// without waiting. A connection that has failed gives none (`isConnected` then says so).
    func notifications() -> [Notification] {
        guard pq.consumeInput(connection) == 1 else { return [] }
        let me = pq.backendPID(connection)
        var received: [Notification] = []
        while let notice = pq.notifies(connection) {
            received.append(Notification(
                channel: String(cString: notice.pointee.relname), payload: notice.pointee.extra.map { String(cString: $0) } ?? "",
                fromThisSession: notice.pointee.be_pid == me))
            pq.freemem(notice)
        }
        return received
    }

    /// Runs `script` (one or more statements, no parameters) as one transaction unless it says
    /// otherwise.
    func execute(_ script: String) throws {
        let result = pq.exec(connection, script)
        defer { pq.clear(result) }
        try check(result)
    }

    /// Runs one statement with `$1`, `$2`… bound to `values` (nil is NULL), and returns its rows
    /// as text, nil for NULL.
    @discardableResult
    func query(_ sql: String, _ values: [String?] = []) throws -> [[String?]] {
        let result = Self.withCStrings(values) { pointers in
            pq.execParams(connection, sql, Int32(values.count), nil, pointers, nil, nil, 0)
        }
        defer { pq.clear(result) }
        try check(result)
        let rows = Int(pq.ntuples(result)), columns = Int(pq.nfields(result))
        return (0..<rows).map { row in
            (0..<columns).map { column in
                pq.getisnull(result, Int32(row), Int32(column)) == 1
                    ? nil : pq.getvalue(result, Int32(row), Int32(column)).map { String(cString: $0) }
            }
        }
    }

    /// The first column of the first row, when there is one.
    func value(_ sql: String, _ values: [String?] = []) throws -> String? {
        try query(sql, values).first?.first ?? nil
    }

    private func check(_ result: OpaquePointer?) throws {
        switch result.map(pq.resultStatus) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return
        case _ where result == nil || pq.status(connection) != CONNECTION_OK:
            // No result, or a failed one from a connection that has failed: the server went away.
            let state = pq.status(connection) == CONNECTION_OK ? "" : PostgresError.connectionLost
            throw PostgresError(state: state, message: Self.words(pq.errorMessage(connection)))
        default:
            let state = pq.resultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = pq.resultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
                ?? Self.words(pq.resultErrorMessage(result))
            throw PostgresError(state: state, message: message)
        }
    }

    /// libpq's message as one line: no trailing newline, no indented hint lines.
    private static func words(_ message: UnsafeMutablePointer<CChar>?) -> String {
        guard let message else { return "no reason given" }
        // libpq indents its hint lines with a tab.
        return String(cString: message).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func withCStrings<T>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = values.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}

/// A statement the server refused: its SQLSTATE (`42501` not permitted, Liaison's own `LS…`
/// from the schema's triggers, see `PostgresSchema.Refusal`) and the server's message.
struct PostgresError: Error, Equatable, CustomStringConvertible {
    var state: String
    var message: String
    var description: String { state.isEmpty ? message : "\(message) (\(state))" }

    /// libpq's own state for a connection that failed (class 08, connection exception).
    static let connectionLost = "08006"
}
