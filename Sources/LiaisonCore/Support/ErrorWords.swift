import Foundation
import GRDB

/// Any error in words a care worker can read: never Swift's own description of it
/// (`DecodingError.keyNotFound(CodingKeys(stringValue: …`), which helps nobody at a care home.
public enum ErrorWords {
    public static func describe(_ error: any Error) -> String {
        let words: String
        switch error {
        case let error as StoreError: words = error.message
        case let error as FieldError: words = error.message
        case let error as ImportRefusal: words = error.description
        case let error as PrivateFile.Failure: words = "could not \(error.action): \(error.reason)"
        case is DecodingError: words = "a record could not be read; `liaison check` names it"
        case let error as DatabaseError:
            words = (StoreDatabase.translate(error, path: "") as? StoreError)?.message
                .replacingOccurrences(of: "The store  ", with: "The store ") ?? "the store gave an error"
        default: words = "something unexpected went wrong; nothing more was changed"
        }
        return InertText.visible(words)
    }
}
