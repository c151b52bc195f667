import Foundation

extension Store {
    /// A partner added again as the directory has them already: the same name (as staff type
    /// names, `NameKey`), role and organisation. Every picker would then show two lines alike
    /// and their contacts would split between them. Two GPs of one name at two surgeries differ
    /// in what the pickers show, so they are taken.
    static func refuseListedAlready(_ partner: Partner, among partners: [Partner]) throws {
        func key(_ p: Partner) -> [String] { [NameKey.of(p.name), p.role.rawValue, NameKey.of(p.organisation ?? "")] }
        guard let same = partners.first(where: { key($0) == key(partner) }) else { return }
        let organisation = same.organisation.map { ", \($0)" } ?? ""
        throw FieldError(
            "name", "\(same.name) (\(same.role.title)\(organisation)) is in the directory already; use that record, "
                + "or give the organisation that tells this one apart")
    }
}
