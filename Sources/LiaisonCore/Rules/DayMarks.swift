import Foundation

/// Every mark made on one day (R12), and which of them speaks for which records.
///
/// In a group of homes a mark is one home's or the whole service's. Elm's shift lead who reviews
/// Elm's day, or reads Elm's part of the handover, has not read Rosewood's: a mark made with one
/// home in view carries that home, and speaks only for that home's part. A mark made over the
/// whole group (or in a service of one home) carries none and speaks for every part.
///
/// A review of the whole service covers every contact entered before it. A review of one home
/// covers its contacts by marking each on its own when it is made (`Store.markDayReviewed`):
/// people move between homes, and who reviewed a contact must stay true after they do.
public struct DayMarks: Equatable, Sendable {
    /// The day's contact reviews, earliest first.
    public let reviews: [DayReview]
    /// Who read and acknowledged the day's handover, earliest first.
    public let acknowledgements: [DayReview]

    public static let none = DayMarks([])

    public init(_ marks: [DayReview]) {
        let sorted = marks.sorted { ($0.reviewedAt, $0.id) < ($1.reviewedAt, $1.id) }
        reviews = sorted.filter { !$0.isHandover }
        acknowledgements = sorted.filter(\.isHandover)
    }

    /// The review of the whole service `contact` counts as read under: the first made after
    /// it was entered, or last corrected. A contact entered or corrected after every such
    /// review still needs looking at.
    public func review(of contact: Contact) -> DayReview? {
        reviews.first { $0.home == nil && contact.reviewDueSince <= $0.reviewedAt }
    }

    /// Whether `contact` is reviewed as it reads now: marked on its own since its last
    /// correction, or entered (or corrected) before a review of the whole service on its day.
    public func isReviewed(_ contact: Contact) -> Bool {
        contact.reviewMarkStands || review(of: contact) != nil
    }

    /// When `contact` was corrected, if it had been reviewed before that (marked on its own, or
    /// entered before a review of its whole day), so that review no longer counts; nil else.
    public func reviewUndone(_ contact: Contact) -> Date? {
        guard let corrected = contact.correctedAt, !isReviewed(contact) else { return nil }
        let reviewedBefore = contact.reviewed.map { $0.at < corrected } ?? false
            || reviews.contains { $0.home == nil && contact.audit.createdAt <= $0.reviewedAt && $0.reviewedAt < corrected }
        return reviewedBefore ? corrected : nil
    }

    /// The first review that speaks for everything `filter` shows: for one home, its own or the
    /// whole service's; for the whole service, or the records no listed home takes, only a
    /// review of the whole service.
    public func review(for filter: HomeFilter) -> DayReview? {
        reviews.first { $0.speaks(for: filter) }
    }

    /// The reviews of single homes, for a view of the whole group that has no review of its own.
    public var homeReviews: [DayReview] { reviews.filter { $0.home != nil } }

    /// Who acknowledged the handover that `filter` shows, earliest first: for one home, its part
    /// or the whole group's; for the whole group, only the whole group's.
    public func acknowledgements(for filter: HomeFilter) -> [DayReview] {
        acknowledgements.filter { $0.speaks(for: filter) }
    }
}

extension DayReview {
    /// Whether this mark speaks for the home `id` (nil: the whole service): it is that home's,
    /// or the whole service's.
    /// A home's id is read in any case, as the settings read one ("elm" is Elm).
    public func covers(home id: String?) -> Bool {
        guard let home else { return true }
        return id.map { NameMatcher.fold($0) == NameMatcher.fold(home) } ?? false
    }

    /// Whether this mark speaks for all that `filter` shows.
    func speaks(for filter: HomeFilter) -> Bool {
        guard let home else { return true }
        return filter.home.map { covers(home: $0.id) } ?? false
    }
}
