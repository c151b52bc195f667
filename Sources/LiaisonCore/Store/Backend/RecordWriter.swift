import Foundation

/// What the Store writes, inside one `StoreBackend.write`, which it can also read through
/// (the person a contact names, the version an amendment replaces). Nothing is ever deleted:
/// there is no operation that could.
protocol RecordWriter: RecordReader {
    /// Adds a new record. A reference to a person or partner not in the store is refused as a
    /// `FieldError` naming the form's field (`Persisted.references`: "there is no partner with id
    /// …"); an id already used, as a `FieldError` on `id`. A contact's text becomes searchable.
    func insert<R: Persisted>(_ record: R) throws

    /// Saves `record` as the next version of the one stored, keeping the stored one in history
    /// with who, when and why (R11), and gives back what was saved. The rules are `Amendment`'s
    /// (an unknown id or a version changed since `record` was read is refused, words and all);
    /// the backend reads the stored version inside this transaction and writes both together.
    /// The new text of a contact becomes searchable, and its earlier text stays so.
    func amend<R: Persisted>(_ record: R, reason: String, by staff: String, at now: Date, correction: Bool) throws -> R
}
