/// The shape of each kind of record's body, written out from the record types in `Records/`.
///
/// A field added to a record and not here sends every body that has it through `Codable`: the
/// export stays right but slows down, and `BodyShapeTests` fails, naming the field. A `Date`
/// must be listed as `.date`: it is the only number turned into text on the way out.
extension BodyShape {
    static let audit = record([
        .required("createdBy", .text), .required("createdAt", .date),
        .required("changedBy", .text), .required("changedAt", .date), .required("version", .integer),
    ])

    static let reviewMark = record([.required("by", .text), .required("at", .date)])

    static let person = record([
        .required("id", .text), .required("name", .text), .optional("preferredName", .text),
        .optional("location", .text), .optional("keyWorker", .text), .required("basis", sharingBasis),
        .optional("discharged", .date), .optional("leaving", leaving), .optional("home", .text),
        .required("audit", audit),
    ])

    static let sharingBasis = record([
        .required("kind", choice(SharingBasis.Kind.self)), .optional("by", .text), .optional("reason", .text),
        .optional("recorded", .date), .optional("reviewDue", .date),
    ])

    static let leaving = record([.required("kind", choice(Person.Leaving.Kind.self)), .optional("note", .text)])

    static let partner = record([
        .required("id", .text), .required("name", .text), .required("role", choice(PartnerRole.self)),
        .optional("organisation", .text), .optional("phone", .text), .optional("email", .text),
        .required("audit", audit),
    ])

    static let contact = record([
        .required("id", .text), .required("personID", .text), .required("partnerID", .text),
        .required("channel", choice(Contact.Channel.self)), .required("direction", choice(Contact.Direction.self)),
        .required("happenedAt", .date), .required("summary", .text), .optional("advice", .text),
        .optional("confirmation", confirmation), .optional("carePlanAmendment", carePlanAmendment),
        .required("sharedByUs", .flag), .optional("sharingException", sharingException),
        .optional("nature", nature), .optional("reviewed", reviewMark), .optional("correctedAt", .date),
        .optional("exceptionAcknowledged", reviewMark), .required("audit", audit),
    ])

    static let confirmation = record([
        .required("state", choice(Confirmation.State.self)), .optional("requestedAt", .date),
        .optional("method", .text), .optional("requestedFrom", .text), .optional("receivedAt", .date),
        .optional("receivedAs", choice(Confirmation.Medium.self)), .optional("reference", .text),
        .optional("reason", .text),
        // `Confirmation.encode(to:)` leaves out a confirmation never chased.
        Field("chases", .list(record([.required("at", .date), .required("by", .text), .required("note", .text)])),
              isOptional: true, omittedWhenEmpty: true),
    ])

    static let carePlanAmendment = record([.required("change", .text), .required("reason", .text)])

    static let sharingException = record([
        .required("kind", choice(SharingException.Kind.self)), .required("reason", .text),
        .optional("decidedBy", .text), .optional("capacity", capacityAssessment),
    ])

    static let capacityAssessment = record([
        .required("assessedBy", .text), .required("assessedOn", .date), .required("decision", .text),
        .required("consulted", .text),
    ])

    static let nature = record([
        .required("level", choice(PartnershipNature.Level.self)), .required("agencies", choice(PartnershipNature.Agencies.self)),
        .required("formality", choice(PartnershipNature.Formality.self)),
        .required("involvement", choice(PartnershipNature.Involvement.self)),
    ])

    static let task = record([
        .required("id", .text), .required("title", .text), .optional("personID", .text), .optional("partnerID", .text),
        .optional("owner", .text), .required("due", .date), .required("isPromise", .flag),
        .required("status", choice(CareTask.Status.self)), .optional("outcome", .text), .optional("closedAt", .date),
        .required("delays", .list(record([
            .required("at", .date), .required("by", .text), .required("note", .text), .required("partnerInformed", .flag),
        ]))),
        .required("audit", audit),
    ])

    static let escalation = record([
        .required("id", .text), .required("kind", choice(Escalation.Kind.self)), .required("summary", .text),
        .optional("personID", .text), .optional("partnerID", .text), .optional("manager", .text),
        .required("stage", choice(Escalation.Stage.self)), .required("raisedAt", .date),
        .optional("acknowledgedAt", .date), .optional("resolvedAt", .date), .required("acknowledgeBy", .date),
        .required("resolveBy", .date),
        .required("notes", .list(record([.required("at", .date), .required("by", .text), .required("text", .text)]))),
        .optional("outcome", .text), .optional("reasonNotAccepted", .text), .optional("theirReference", .text),
        .optional("sentOn", .date), .optional("urgency", choice(Escalation.Urgency.self)), .required("audit", audit),
    ])

    static let agreement = record([
        .required("id", .text), .required("personID", .text), .optional("primaryContact", .text),
        .optional("chair", .text), .optional("minutes", .text), .optional("formalReports", .text),
        .optional("routineRecords", .text), .optional("informationSharing", .text), .optional("starts", .date),
        .optional("ends", .date), .optional("proposedOutcomes", .text), .optional("ourRole", .text),
        .optional("theirRole", .text), .required("audit", audit),
    ])

    static let dayReview = record([
        .required("id", .text), .required("day", .text), .optional("purpose", choice(DayReview.Purpose.self)),
        .optional("home", .text), .required("audit", audit),
    ])

    static let history = record([
        .required("id", .text), .required("recordID", .text), .required("kind", choice(RecordKind.self)),
        .required("version", .integer), .required("amendedBy", .text), .required("amendedAt", .date),
        .required("reason", .text), .required("record", .text), .optional("isCorrection", .flag),
    ])
}
