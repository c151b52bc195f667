import CLibpq
import Foundation

/// The part of libpq Liaison calls, loaded with `dlopen` the first time a PostgreSQL store is
/// used instead of linked into every binary. Linked, it brought some twenty libraries (TLS,
/// Kerberos, LDAP, GnuTLS…) into every start of the dashboard and wall on a store file: ~6 MiB
/// resident and their loading time, for nothing. The header (`CLibpq`) still gives the types, so
/// each function keeps its C signature.
struct Libpq: @unchecked Sendable {
    let connectdb: @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    let status: @convention(c) (OpaquePointer?) -> ConnStatusType
    let errorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let finish: @convention(c) (OpaquePointer?) -> Void
    let user: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let exec: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?
    let execParams: @convention(c) (
        OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?,
        UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
    ) -> OpaquePointer?
    let clear: @convention(c) (OpaquePointer?) -> Void
    let resultStatus: @convention(c) (OpaquePointer?) -> ExecStatusType
    let resultErrorField: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let ntuples: @convention(c) (OpaquePointer?) -> Int32
    let nfields: @convention(c) (OpaquePointer?) -> Int32
    let getisnull: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    // Notifications (LISTEN): other sessions' commits, read from the socket without blocking.
    let consumeInput: @convention(c) (OpaquePointer?) -> Int32
    let notifies: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<PGnotify>?
    let freemem: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let backendPID: @convention(c) (OpaquePointer?) -> Int32
    let socket: @convention(c) (OpaquePointer?) -> Int32
    let reset: @convention(c) (OpaquePointer?) -> Void
    // Where the server's notices and warnings go; libpq's own choice is stderr.
    let setNoticeProcessor: @convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?

    /// The library, loaded once; or why it cannot be.
    static func load() throws -> Libpq { try loaded.get() }

    private static let loaded: Result<Libpq, StoreError> = {
        let names = ["libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib"]
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(StoreError("""
                A PostgreSQL store needs PostgreSQL's client library, libpq, which is not installed here \
                (Debian: apt-get install libpq5).
                """))
        }
        func function<T>(_ name: String) throws -> T {
            guard let address = dlsym(handle, name) else { throw StoreError("The installed libpq has no \(name); it is too old for Liaison.") }
            return unsafeBitCast(address, to: T.self)
        }
        return Result {
            try Libpq(
                connectdb: function("PQconnectdb"), status: function("PQstatus"), errorMessage: function("PQerrorMessage"),
                finish: function("PQfinish"), user: function("PQuser"), exec: function("PQexec"), execParams: function("PQexecParams"),
                clear: function("PQclear"), resultStatus: function("PQresultStatus"), resultErrorField: function("PQresultErrorField"),
                resultErrorMessage: function("PQresultErrorMessage"), ntuples: function("PQntuples"), nfields: function("PQnfields"),
                getisnull: function("PQgetisnull"), getvalue: function("PQgetvalue"),
                consumeInput: function("PQconsumeInput"), notifies: function("PQnotifies"), freemem: function("PQfreemem"),
                backendPID: function("PQbackendPID"), socket: function("PQsocket"), reset: function("PQreset"),
                setNoticeProcessor: function("PQsetNoticeProcessor"))
        }.mapError { $0 as? StoreError ?? StoreError("\($0)") }
    }()
}
