/// How the wall names the people it lists, which anyone passing the office screen may read.
///
/// Never two at once by default: initials beside a room number pick out one resident as surely
/// as a name. A service that has weighed it for its own room may choose `full` (name and room)
/// in its settings file or with `liaison wall --names`.
public enum WallNames: String, Codable, CaseIterable, Sendable {
    /// Initials only ("E.B."): the default.
    case initials
    /// The room or house only ("Room 4"), for a service that knows its rooms better than its initials.
    case room
    /// The full name with the room.
    case full
}
