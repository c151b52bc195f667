/// LiaisonCore: the care records, their rules, the in-memory Store and its persistence.
public enum LiaisonCore {
    /// The version of the store's schema this build writes; a store with a higher one is refused.
    public static let schemaVersion = 5

    /// The version of the records' shape an export says it holds (its "schemaVersion"). It moves
    /// only when what a record holds changes, not with the store file's indexes: versions 4 and 5
    /// of the schema added indexes and a generated column alone, so an export from this build
    /// still imports into a build that writes version 3.
    public static let exportVersion = 3
}
