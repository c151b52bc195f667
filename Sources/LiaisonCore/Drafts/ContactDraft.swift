import Foundation

/// What a form or a command gives to record a contact (R5, R6, R7, R3, R4).
public struct ContactDraft: Sendable {
    public var personID: String
    public var partnerID: String
    public var channel: Contact.Channel
    public var direction: Contact.Direction
    /// When it happened; nil means now.
    public var happenedAt: Date?
    public var summary: String
    public var advice: String?
    public var confirmation: Confirmation.State?
    public var confirmationNote: String?
    public var carePlanChange: String?
    public var carePlanReason: String?
    public var sharedByUs: Bool
    public var exception: SharingException?
    public var nature: PartnershipNature?

    public init(
        personID: String, partnerID: String, channel: Contact.Channel, direction: Contact.Direction = .incoming,
        happenedAt: Date? = nil, summary: String, advice: String? = nil, confirmation: Confirmation.State? = nil,
        confirmationNote: String? = nil, carePlanChange: String? = nil, carePlanReason: String? = nil,
        sharedByUs: Bool = false, exception: SharingException? = nil, nature: PartnershipNature? = nil
    ) {
        self.personID = personID
        self.partnerID = partnerID
        self.channel = channel
        self.direction = direction
        self.happenedAt = happenedAt
        self.summary = summary
        self.advice = advice
        self.confirmation = confirmation
        self.confirmationNote = confirmationNote
        self.carePlanChange = carePlanChange
        self.carePlanReason = carePlanReason
        self.sharedByUs = sharedByUs
        self.exception = exception
        self.nature = nature
    }
}
