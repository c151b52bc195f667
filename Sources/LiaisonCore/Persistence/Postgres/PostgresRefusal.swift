import Foundation

/// What the server's refusals mean to the person at the keyboard. The schema's triggers already
/// speak in the product's words (`PostgresSchema.Refusal`: "marking a day reviewed is for a shift
/// lead or a manager; …"), so those become sentences; the server's own messages about its
/// machinery (row-level security, lock waits, a lost connection) are said again in ours.
enum PostgresRefusal {
    static func words(for error: any Error, at location: String, saving: Bool) -> any Error {
        let nothing = saving ? "nothing was saved" : "nothing was read"
        switch error {
        case is FieldError, is StoreError:
            return error
        case is DecodingError:
            return StoreError("The store \(location) holds a record that cannot be read. `liaison check` names it. The store has not been changed.")
        case let error as PostgresError:
            return words(for: error, at: location, nothing: nothing, saving: saving)
        default:
            return error
        }
    }

    private static func words(for error: PostgresError, at location: String, nothing: String, saving: Bool) -> any Error {
        let state = error.state
        // Class 08 (connection) and 57P (the server shutting down) both mean it went away.
        let lost = state.hasPrefix("08") || state.hasPrefix("57P")
        // Two colleagues amending one record at once: the second meets the first's history entry.
        let raced = state == PostgresSchema.Refusal.changedSinceRead.rawValue || (state == "23505" && error.message.contains("history"))
        switch state {
        case _ where lost:
            // The server was stopped or the network dropped. A COMMIT whose answer was lost may
            // still have been kept: saying "nothing was saved" could make someone enter it twice.
            return StoreError(saving
                ? "The connection to the PostgreSQL server was lost during the save. If the server kept it, it will show once the connection is back; otherwise save it again."
                : "The connection to the PostgreSQL server was lost (\(location)); it will be tried again. \(sentence(nothing))")
        case "55P03":
            return StoreError("The store \(location) is busy with another save that did not finish in time; \(nothing), please try again.")
        case "42501" where error.message.contains("row-level security"):
            return StoreError("That is about someone outside the homes you work in, so you may not record it; \(nothing).")
        case "42501", PostgresSchema.Refusal.recorderMismatch.rawValue, PostgresSchema.Refusal.neverDeleted.rawValue,
            PostgresSchema.Refusal.historyMissing.rawValue, PostgresSchema.Refusal.stampChanged.rawValue:
            return StoreError("\(sentence(error.message)) \(sentence(nothing))")
        case _ where raced:
            return FieldError("version", "a colleague changed this record since you opened it; look again and repeat your change")
        default:
            return StoreError("The PostgreSQL store at \(location) refused this: \(error.message); \(nothing).")
        }
    }

    /// The server's clause as a sentence: capital first, a full stop at the end.
    static func sentence(_ clause: String) -> String {
        guard let first = clause.first else { return clause }
        let capitalised = first.uppercased() + clause.dropFirst()
        return capitalised.hasSuffix(".") ? capitalised : capitalised + "."
    }
}
