/// LiaisonCore: the care records, their rules, the in-memory Store and its persistence.
public enum LiaisonCore {
    /// The version of the store's schema this build writes.
    public static let schemaVersion = 1
}
