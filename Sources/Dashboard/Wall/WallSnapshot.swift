import Foundation
import LiaisonCore

/// One line of a wall section: a status (symbol and word), a time or age, and who or what.
public struct WallItem: Equatable, Sendable {
    public var status: WallStatus?
    /// The word after the symbol ("OVERDUE", "NO BASIS"); the status's own word when nil.
    public var label: String?
    /// A time, a date or an age: "14:32", "26 Nov", "9 days".
    public var when: String
    public var text: String
    /// The home's short id, on the whole group's wall of a service with homes; nil otherwise.
    public var home: String?
    /// How many things the line stands for: 1, or a count ("3 people need their basis reviewed").
    public var count: Int

    public init(status: WallStatus? = nil, label: String? = nil, when: String, count: Int = 1, text: String, home: String? = nil) {
        self.status = status
        self.label = label
        self.when = when
        self.count = count
        self.text = text
        self.home = home
    }

    /// "▲ OVERDUE", or "" for an item without a status or with an empty label (a count line,
    /// which says everything in its text and is drawn in its status's colour instead).
    public var statusText: String {
        guard let status, label != "" else { return "" }
        return status.symbol + " " + (label ?? status.word)
    }
}

/// The wall's sections, in reading order.
public enum WallSectionKind: Int, CaseIterable, Sendable {
    case contacts, confirmations, tasks, escalations, sharing

    public var title: String {
        switch self {
        case .contacts: "Today's contacts"
        case .confirmations: "Confirmations awaited"
        case .tasks: "Tasks due"
        case .escalations: "Open escalations"
        case .sharing: "Sharing basis"
        }
    }

    /// Said when the list is empty, so an empty box reads as good news rather than as broken.
    public var emptyMessage: String {
        switch self {
        case .contacts: "No partner contacts yet today"
        case .confirmations: "✓ Nothing awaited"
        case .tasks: "✓ Nothing overdue or due soon"
        case .escalations: "✓ No open escalations"
        case .sharing: "✓ Every basis is current"
        }
    }
}

public struct WallSection: Equatable, Sendable {
    public var kind: WallSectionKind
    /// The section's numbers in a few words: "12 today · latest 14:32".
    public var headline: String
    public var items: [WallItem]

    public init(kind: WallSectionKind, headline: String, items: [WallItem]) {
        self.kind = kind
        self.headline = headline
        self.items = items
    }

    /// The worst status among the items (green when there are none).
    public var status: WallStatus { items.compactMap(\.status).max() ?? .onTrack }
}

/// What the wall shows, worked out once from the store whenever the store or the minute changes,
/// and compared with the last one so that nothing is redrawn when nothing changed.
///
/// Holds no summary, advice or note text at all, so no drawing mistake can put it on the wall;
/// people are already initials or rooms (never both) unless `NameDisplay.full` was chosen, and
/// sharing-basis problems are counts, never a person's status.
///
/// Limited to one home, it holds only that home's people and the work about them: the wall is
/// what a home's office sees, and another home's residents are never on it (`HomeFilter`).
public struct WallSnapshot: Equatable, Sendable {
    public var sections: [WallSection]
    /// The home this wall shows; nil for the whole service or group.
    public var home: Home?

    public init(sections: [WallSection], home: Home? = nil) {
        self.sections = sections
        self.home = home
    }

    public subscript(kind: WallSectionKind) -> WallSection {
        sections.first { $0.kind == kind } ?? WallSection(kind: kind, headline: "", items: [])
    }

    /// How many items are at `status` across the wall.
    public func count(_ status: WallStatus) -> Int {
        sections.reduce(0) { $0 + $1.items.filter { $0.status == status }.reduce(0) { $0 + $1.count } }
    }

    /// Tasks due within this many hours count as "due soon".
    public static let soonHours = 4
    /// Escalations whose next step is due within this many days count as "due soon".
    public static let escalationSoonDays = 2

    /// Builds the wall from the store's working set as it stands at `now`: one home's part of
    /// it with `home`, else all of it, each line marked with its home where the service has several.
    public static func build(from store: Store, now: Date, names: NameDisplay, home: Home? = nil) -> WallSnapshot {
        build(from: store.wallFeed(now: now, home: home, names: names), now: now, calendar: store.calendar, names: names,
              home: home, marksHomes: home == nil && !store.homes.isEmpty)
    }

    /// Builds the wall from what it was told (`WallFeed`), at `now`. `marksHomes` puts each line's
    /// home beside it: the whole group's wall of a service with homes.
    public static func build(from feed: WallFeed, now: Date, calendar: Calendar, names: NameDisplay, home: Home?, marksHomes: Bool) -> WallSnapshot {
        var builder = WallSnapshotBuilder(feed: feed, now: now, calendar: calendar, names: names, marksHomes: marksHomes)
        return WallSnapshot(sections: [
            builder.contacts(), builder.confirmations(), builder.tasks(), builder.escalations(), builder.sharing(),
        ], home: home)
    }
}
