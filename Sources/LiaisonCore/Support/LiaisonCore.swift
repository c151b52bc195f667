/// LiaisonCore: the care records, their rules, the in-memory Store and its persistence.
public enum LiaisonCore {
    /// The version of the store's schema this build writes; a store with a higher one is refused.
    public static let schemaVersion = 6

    /// The version of the records' shape an export says it holds (its "schemaVersion"). It moves
    /// only when what a record holds changes, not with the store file's indexes: versions 4 and 5
    /// of the schema added indexes and a generated column alone. Version 4 of the export is
    /// when a day's review or handover acknowledgement may be one home's (`DayReview.home`),
    /// and a contact says when it was last corrected (`Contact.correctedAt`): a build before it
    /// would read Elm's review as every home's, and a corrected contact as still reviewed, so
    /// it is told to update.
    public static let exportVersion = 4
}
