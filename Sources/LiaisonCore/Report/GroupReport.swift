import Foundation

/// A group's handover: one part per home, in the settings' order, each a whole
/// `HandoverReport` of that home's people and their work, then a last part for records no
/// listed home takes (about no one, or about someone whose home is not listed), when there are
/// any. A shift lead reads their own home's part; a manager reads them all.
public struct GroupReport: Codable, Equatable, Sendable {
    public var parts: [HandoverReport]

    public init(parts: [HandoverReport]) { self.parts = parts }

    /// What the last part is called: records that belong to none of the listed homes.
    public static let outsideHomes = "No listed home"

    /// Gathers every home's part of `period` from `store`, whose settings list its homes: for
    /// a member the staff list has working in some of them, those homes' parts alone. On a
    /// group's server they see no other home's records, so another home's part would read
    /// "no contacts" of a day full of them; and those parts are what they acknowledge reading
    /// (`Store.homesMarked`).
    public static func gather(from store: Store, period: ReportPeriod, nature: [String] = []) throws -> GroupReport {
        // Everyone is told apart across the group, once for all its parts.
        let names = PersonNames(store.people)
        let theirs = store.homesMarked(from: nil)
        let homes = theirs.contains(nil) ? store.homes.homes : store.homes.homes.filter { theirs.contains($0.id) }
        var parts = try homes.map { home in
            try HandoverReport.gather(from: store, period: period, nature: nature, filter: store.filter(for: home), names: names)
        }
        guard theirs.contains(nil) else { return GroupReport(parts: parts) }
        var rest = try HandoverReport.gather(
            from: store, period: period, nature: nature, filter: .outside(store.homes, people: store.people), names: names)
        rest.home = outsideHomes
        if rest.holdsRecords { parts.append(rest) }
        return GroupReport(parts: parts)
    }

    /// The parts one after another, each under its own title with the home's name, a double
    /// rule between them so a reader turning pages sees where one home ends.
    public func text() -> String { parts.map { $0.text() }.joined(separator: "\n" + String(repeating: "=", count: 80) + "\n\n") }

    public func markdown() -> String { parts.map { $0.markdown() }.joined(separator: "\n---\n\n") }

    /// One table for the group: the handover's columns and `home`, each part's rows in turn.
    public func csv() -> String {
        let columns = HandoverReport.groupCSVColumns
        return RFC4180.table([columns] + parts.flatMap { $0.csvRows(columns: columns) })
    }

    /// `{"parts": [report, …]}`: each part is the one-home report's JSON, with its `home`.
    public func json() throws -> String {
        InertText.escapingJSON(String(decoding: try HandoverReport.jsonEncoder.encode(self), as: UTF8.self)) + "\n"
    }

    public func render(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: InertText.visible(text(), keepingLineBreaks: true)
        case .markdown: InertText.visible(markdown(), keepingLineBreaks: true)
        case .csv: csv()
        case .json: try json()
        }
    }
}

extension HandoverReport {
    /// Whether any list holds a record: the group's last part is left out when none does.
    var holdsRecords: Bool {
        !(contacts.isEmpty && dueSoon.isEmpty && basisAttention.isEmpty && corrections.isEmpty && chaseList.isEmpty
            && undecided.isEmpty && overdueTasks.isEmpty && openEscalations.isEmpty && sharingExceptions.isEmpty && whoLeft.isEmpty && lateEntries.isEmpty
            && tasksClosed.isEmpty && escalationsResolved.isEmpty)
    }
}
