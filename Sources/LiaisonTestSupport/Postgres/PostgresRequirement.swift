import Foundation
import Testing

/// Whether the tests that need a PostgreSQL server run here. In CI (`CI=true`, as `.ci/run`
/// sets) they always run, so a machine without PostgreSQL fails them with
/// `PostgresBinaries.missingMessage` instead of passing quietly; elsewhere they are skipped,
/// with that message, where PostgreSQL is not installed.
public enum PostgresRequirement {
    public static var inCI: Bool { ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true" }

    public static var runs: Bool { inCI || PostgresBinaries.find() != nil }

    public static var skipMessage: Comment { Comment(rawValue: PostgresBinaries.missingMessage + " Skipped (CI=true fails instead).") }
}

extension Trait where Self == ConditionTrait {
    /// Runs the suite or test where PostgreSQL is installed, and always in CI (see `PostgresRequirement`).
    public static var needsPostgres: Self { .enabled(if: PostgresRequirement.runs, PostgresRequirement.skipMessage) }
}
