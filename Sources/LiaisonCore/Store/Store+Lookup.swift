import Foundation

extension Store {
    /// The person meant by an id or by a name (full or preferred) that fits exactly one person.
    public func findPerson(_ reference: String, field: String = "person") throws -> Person {
        try Self.find(reference, in: workingSet.people, field: field, what: "person", names: { [$0.name, $0.preferredName] })
    }

    /// The partner meant by an id or by a name that fits exactly one partner.
    public func findPartner(_ reference: String, field: String = "partner") throws -> Partner {
        try Self.find(reference, in: workingSet.partners, field: field, what: "partner", names: { [$0.name] })
    }

    private static func find<R: LiaisonRecord>(
        _ reference: String, in records: [R], field: String, what: String, names: (R) -> [String?]
    ) throws -> R {
        let wanted = reference.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { throw FieldError(field, "say which \(what): give a name or an id") }
        if let byID = records.first(where: { $0.id == wanted.lowercased() }) { return byID }
        var matches = records.filter { names($0).contains(wanted) }
        if matches.isEmpty {
            matches = records.filter { record in
                names(record).contains { $0?.compare(wanted, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
            }
        }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw FieldError(field, "there is no \(what) called “\(wanted)”; check the spelling or add them first")
        default: throw FieldError(field, "“\(wanted)” fits \(matches.count) records; give the \(what)'s id instead")
        }
    }
}
