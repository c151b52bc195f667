/// Which record a detail view or search result points at, by kind and id: a reference stays
/// valid across a reload, where a copy of the record would go stale.
public enum RecordReference: Equatable, Sendable {
    case person(String), partner(String), contact(String), task(String), escalation(String)

    public var id: String {
        switch self {
        case .person(let id), .partner(let id), .contact(let id), .task(let id), .escalation(let id): id
        }
    }
}
