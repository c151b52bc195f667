import Foundation

/// Someone the service supports (R1). Discharged, never deleted.
public struct Person: LiaisonRecord {
    public static let kind = RecordKind.person
    public var id: String
    public var name: String
    public var preferredName: String?
    public var location: String?
    public var keyWorker: String?
    public var basis: SharingBasis
    public var discharged: Date?
    public var audit: Audit

    public init(
        id: String = RecordID.make(), name: String, preferredName: String? = nil, location: String? = nil,
        keyWorker: String? = nil, basis: SharingBasis = .noneRecorded, discharged: Date? = nil, audit: Audit
    ) {
        self.id = id
        self.name = name
        self.preferredName = preferredName
        self.location = location
        self.keyWorker = keyWorker
        self.basis = basis
        self.discharged = discharged
        self.audit = audit
    }

    /// The name to call someone by.
    public var displayName: String { preferredName ?? name }

    /// Initials for the wall display, which must not show full names.
    public var initials: String {
        name.split(separator: " ").compactMap { $0.first.map(String.init) }.joined()
    }
}
