import Foundation

/// The shift lead's mark that one contact was read at handover (R12), kept on the contact so an
/// amendment made afterwards can be seen to postdate it.
public struct ReviewMark: Codable, Equatable, Hashable, Sendable {
    public var by: String
    public var at: Date

    public init(by: String, at: Date) {
        self.by = by
        self.at = at
    }
}
