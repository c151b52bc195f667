import Foundation

/// One contact with a partner about a person, and the advice given (R5).
public struct Contact: LiaisonRecord {
    public static let kind = RecordKind.contact

    public enum Channel: String, Codable, CaseIterable, Sendable {
        case phone, email, visit, meeting, video, letter
    }

    /// Whether the partner got in touch with us or we with them.
    public enum Direction: String, Codable, CaseIterable, Sendable {
        case incoming, outgoing
    }

    public var id: String
    public var personID: String
    public var partnerID: String
    public var channel: Channel
    public var direction: Direction
    /// When the contact happened; `audit.createdAt` is when it was entered. Both are kept.
    public var happenedAt: Date
    public var summary: String
    /// The partner's advice or instruction, in their words.
    public var advice: String?
    public var confirmation: Confirmation?
    public var carePlanAmendment: CarePlanAmendment?
    /// Whether we shared information about the person in this contact (R3).
    public var sharedByUs: Bool
    public var sharingException: SharingException?
    public var nature: PartnershipNature?
    /// Set when the shift lead reviewed this one contact (R12); older stores simply lack it.
    /// A mark made before the contact's last correction no longer stands (`reviewMarkStands`).
    public var reviewed: ReviewMark? = nil
    /// When the contact was last corrected (R11): what a reviewer read before then is not what
    /// it says now, so it is reviewed again. Steps that follow it (a confirmation asked for or
    /// received, a review mark) are not corrections and leave it. Older records lack it.
    public var correctedAt: Date? = nil
    /// Set when a manager read and acknowledged this contact's sharing exception (R3).
    public var exceptionAcknowledged: ReviewMark? = nil
    public var audit: Audit

    public init(
        id: String = RecordID.make(), personID: String, partnerID: String, channel: Channel,
        direction: Direction = .incoming, happenedAt: Date, summary: String, advice: String? = nil,
        confirmation: Confirmation? = nil, carePlanAmendment: CarePlanAmendment? = nil,
        sharedByUs: Bool = false, sharingException: SharingException? = nil,
        nature: PartnershipNature? = nil, exceptionAcknowledged: ReviewMark? = nil, audit: Audit
    ) {
        self.id = id
        self.personID = personID
        self.partnerID = partnerID
        self.channel = channel
        self.direction = direction
        self.happenedAt = happenedAt
        self.summary = summary
        self.advice = advice
        self.confirmation = confirmation
        self.carePlanAmendment = carePlanAmendment
        self.sharedByUs = sharedByUs
        self.sharingException = sharingException
        self.nature = nature
        self.exceptionAcknowledged = exceptionAcknowledged
        self.audit = audit
    }

    /// Who typed it in.
    public var recordedBy: String { audit.createdBy }

    /// Since when a review must have been made to count: its last correction, else its entry.
    public var reviewDueSince: Date { correctedAt ?? audit.createdAt }

    /// Whether its own review mark was made on what it says now (after its last correction).
    public var reviewMarkStands: Bool { reviewed.map { $0.at >= reviewDueSince } ?? false }

    /// Whether it says something other than `other` in what a reviewer reads: who, with whom,
    /// when, how, what was said and advised, what we shared and the care plan. The steps that
    /// follow advice (its written confirmation), the marks on it and its stamp are not that.
    func readsOtherwise(than other: Contact) -> Bool {
        func read(_ c: Contact) -> Contact {
            var c = c
            c.confirmation = nil
            c.reviewed = nil
            c.exceptionAcknowledged = nil
            c.correctedAt = nil
            c.audit = other.audit
            return c
        }
        return read(self) != read(other)
    }

    /// On the chase list: written confirmation asked for and not yet received (R6).
    public var awaitsConfirmation: Bool { confirmation?.state == .requested }

    /// Advice saved with no decision about written confirmation: owed as "decide: ask in
    /// writing" until someone asks, or says why it is not needed or not possible (R6).
    public var awaitsConfirmationDecision: Bool { advice != nil && confirmation == nil }

    /// Either of the two: something about this advice's written confirmation is still owed.
    public var owesConfirmation: Bool { awaitsConfirmation || awaitsConfirmationDecision }

    /// The confirmation as its index column holds it: the state, or `undecided` for advice
    /// still waiting for a decision, so both owed lists load through an index.
    var confirmationColumn: String? {
        confirmation?.state.rawValue ?? (advice != nil ? Self.undecidedColumn : nil)
    }

    static let undecidedColumn = "undecided"
}
