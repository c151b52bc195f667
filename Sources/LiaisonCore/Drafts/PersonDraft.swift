import Foundation

/// What a form or a command gives to add a person (R1, R3).
public struct PersonDraft: Sendable {
    public var name: String
    public var preferredName: String?
    public var location: String?
    public var keyWorker: String?
    public var basis: SharingBasis.Kind
    /// The representative, the best-interests decision maker, or who authorised safeguarding.
    public var basisBy: String?
    public var basisReason: String?
    public var basisReview: Date?
    /// The home they live in, as typed (its id or name, any case); found among the service's
    /// homes when the person is saved (`Store.addPerson`).
    public var home: String?
    /// Said by the one adding them: this is someone else who shares the name of a person already
    /// recorded. Without it such a name is refused (`Store.refuseRecordedAlready`).
    public var namesake: Bool

    public init(
        name: String, preferredName: String? = nil, location: String? = nil, keyWorker: String? = nil,
        basis: SharingBasis.Kind = .none, basisBy: String? = nil, basisReason: String? = nil, basisReview: Date? = nil,
        home: String? = nil, namesake: Bool = false
    ) {
        self.name = name
        self.preferredName = preferredName
        self.location = location
        self.keyWorker = keyWorker
        self.basis = basis
        self.basisBy = basisBy
        self.basisReason = basisReason
        self.basisReview = basisReview
        self.home = home
        self.namesake = namesake
    }

    func validated(by staff: String, at now: Date) throws -> Person {
        let name = try TextRules.line(name, field: "name", what: "The person's name", limit: TextRules.nameLimit)
        let basis = try Self.basis(basis, by: basisBy, reason: basisReason, review: basisReview, now: now)
        return Person(
            name: name,
            preferredName: try TextRules.cleanedLine(preferredName, field: "preferred", what: "The preferred name", limit: TextRules.nameLimit),
            location: try TextRules.cleanedLine(location, field: "location", what: "The location"),
            keyWorker: try TextRules.cleanedLine(keyWorker, field: "key-worker", what: "The key worker's name", limit: TextRules.nameLimit),
            basis: basis, audit: Audit(by: staff, at: now))
    }

    /// A basis with what its kind requires (R3): the representative's name; for a best-interests
    /// decision, who decided, why, and when it is looked at again; for safeguarding, who
    /// authorised it, the reason, and its review. The last two share without the person's own
    /// consent, so each must say why in words and cannot stand unreviewed.
    static func basis(_ kind: SharingBasis.Kind, by: String?, reason: String?, review: Date?, now: Date) throws -> SharingBasis {
        var basis = SharingBasis(
            kind: kind, by: try TextRules.cleanedLine(by, field: "basis-by", what: "Who the basis names", limit: TextRules.nameLimit),
            reason: try TextRules.cleaned(reason, field: "basis-reason", what: "The reason for the basis"), recorded: now, reviewDue: review)
        switch kind {
        case .representative:
            basis.by = try TextRules.line(by, field: "basis-by", what: "The attorney's or deputy's name", limit: TextRules.nameLimit)
        case .bestInterests:
            basis.by = try TextRules.line(by, field: "basis-by", what: "Who made the best-interests decision", limit: TextRules.nameLimit)
            basis.reason = try TextRules.reason(reason, field: "basis-reason", what: "Why sharing is in their best interests")
            try requireReview(review, of: "a best-interests decision")
        case .safeguarding:
            basis.by = try TextRules.line(by, field: "basis-by", what: "Who authorised sharing for safeguarding", limit: TextRules.nameLimit)
            basis.reason = try TextRules.reason(reason, field: "basis-reason", what: "The safeguarding reason")
            try requireReview(review, of: "sharing for safeguarding")
        case .none:
            // Nothing stands to name, explain or review: details given with it would be kept
            // where nothing shows them, so they are refused rather than silently stored.
            for (field, given) in [("basis-by", basis.by), ("basis-reason", basis.reason)] where given != nil {
                throw FieldError(field, "no basis is recorded, so there is nothing for this to describe; choose the basis it belongs to, or leave it empty")
            }
            if review != nil {
                throw FieldError("basis-review", "no basis is recorded, so there is nothing to review; choose the basis, or leave the review empty")
            }
        case .consent, .withdrawn:
            break
        }
        // Every basis that allows sharing has its review (R3), or it is never flagged as due
        // to be asked again: consent, the person's or a representative's, given with none is
        // looked at again in a year.
        if kind == .consent || kind == .representative, basis.reviewDue == nil {
            basis.reviewDue = now.addingTimeInterval(Self.consentReview)
        }
        if kind == .none { basis.recorded = nil }
        return basis
    }

    /// When consent (the person's or a representative's) given without a review date is
    /// reviewed: a year on.
    public static let consentReview: TimeInterval = 365 * 86_400

    private static func requireReview(_ review: Date?, of what: String) throws {
        guard review == nil else { return }
        throw FieldError("basis-review", "say when \(what) will be reviewed, e.g. in 3 months")
    }
}
