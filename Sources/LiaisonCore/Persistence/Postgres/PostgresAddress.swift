import Foundation

/// Where a PostgreSQL store is: a libpq connection URI, `postgresql://…` or `postgres://…`, given
/// as `--store` or `LIAISON_STORE` in place of a file path. Everything after the scheme is
/// libpq's to read, so a group's IT department writes it as for psql: a socket folder
/// (`postgresql:///care?host=/run/postgresql`, peer authentication), a server and port, a
/// service name, client certificates, or a password kept in `~/.pgpass` rather than here.
public struct PostgresAddress: Sendable, Equatable {
    /// The URI as given, password included: only ever handed to libpq.
    let uri: String

    /// Whether `location` names a PostgreSQL store rather than a file.
    public static func isAddress(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    public init?(_ location: String) {
        guard Self.isAddress(location) else { return nil }
        uri = location
    }

    /// The address as it may be shown or logged: any password in it replaced by `…`, whether
    /// before the host (`user:secret@`) or as a `password=` parameter.
    public var shown: String {
        var text = uri
        if let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@") {
            let userInfo = text[scheme.upperBound..<at]
            if let colon = userInfo.firstIndex(of: ":") { text.replaceSubrange(colon..<at, with: ":…") }
        }
        if let query = text.firstIndex(of: "?") {
            let parameters = text[text.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false).map { part in
                part.lowercased().hasPrefix("password=") ? "password=…" : String(part)
            }
            text = String(text[...query]) + parameters.joined(separator: "&")
        }
        return text
    }
}

extension StoreError {
    /// A tool that works on a store file's own pages (`liaison check`), given a PostgreSQL store:
    /// said plainly rather than taken for a missing file.
    static func fileOnly(_ address: PostgresAddress) -> StoreError {
        StoreError("""
            \(address.shown) is a PostgreSQL store; this works on a store file only. The server checks and backs up \
            its own pages (pg_amcheck, pg_dump). Nothing was read or changed.
            """)
    }
}
