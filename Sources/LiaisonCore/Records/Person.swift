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
    /// When they left the service; their records stay (R1). Set with `leaving`.
    public var discharged: Date?
    /// How they left; nil in records from before it was asked, which were all discharges.
    public var leaving: Leaving? = nil
    /// The id of the home they live in (`Home.id`), in a group of homes; nil in a service of
    /// one home, and in every record from before homes were listed, whose bodies stay as they were.
    public var home: String? = nil
    public var audit: Audit

    /// How someone left the service (R1): the care ends, the record stays.
    public struct Leaving: Codable, Equatable, Hashable, Sendable {
        public enum Kind: String, Codable, CaseIterable, Sendable {
            case discharged, moved, died
        }

        public var kind: Kind
        /// Where they went, or anything the next reader should know.
        public var note: String?

        public init(kind: Kind, note: String? = nil) {
            self.kind = kind
            self.note = note
        }
    }

    /// "discharged", "moved", "died" — for a person no longer supported.
    public var leftAs: String? {
        guard discharged != nil else { return nil }
        return (leaving?.kind ?? .discharged).rawValue
    }

    /// What tells this person apart from another of their name, for a refusal or a note that
    /// lists several: "goes by Edie", their room, "left: moved".
    public var tellingApart: [String] {
        [preferredName.map { "goes by \($0)" }, location, leftAs.map { "left: \($0)" }].compactMap { $0 }
    }

    public init(
        id: String = RecordID.make(), name: String, preferredName: String? = nil, location: String? = nil,
        keyWorker: String? = nil, basis: SharingBasis = .noneRecorded, discharged: Date? = nil, home: String? = nil, audit: Audit
    ) {
        self.id = id
        self.name = name
        self.preferredName = preferredName
        self.location = location
        self.keyWorker = keyWorker
        self.basis = basis
        self.discharged = discharged
        self.home = home
        self.audit = audit
    }

    /// Initials for the wall display, which must not show full names.
    public var initials: String {
        name.split(separator: " ").compactMap { $0.first.map(String.init) }.joined()
    }
}
