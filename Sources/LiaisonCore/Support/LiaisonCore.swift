/// LiaisonCore: the care records, their rules, the in-memory Store and its persistence.
public enum LiaisonCore {
    /// The version of the store's schema this build writes; a store with a higher one is refused.
    public static let schemaVersion = 3
}
