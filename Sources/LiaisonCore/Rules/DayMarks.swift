import Foundation

/// Every mark made on one day (R12), and which of them speaks for which records.
///
/// In a group of homes a mark is one home's or the whole service's. Elm's shift lead who reviews
/// Elm's day, or reads Elm's part of the handover, has not read Ash's: a mark made with one
/// home in view carries that home, and covers only the contacts about people who live there.
/// A mark made over the whole group (or in a service of one home) carries none and covers all.
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

    /// The review a contact about someone living in `home` (nil: no home) counts as read under:
    /// the first mark covering that home made after the contact was entered. A contact entered
    /// after every such mark still needs looking at.
    public func review(of contact: Contact, home: String?) -> DayReview? {
        reviews.first { $0.covers(home: home) && contact.audit.createdAt <= $0.reviewedAt }
    }

    /// Whether `contact`, about someone living in `home`, is reviewed: marked on its own, or
    /// entered before a review of its day that covers its home.
    public func isReviewed(_ contact: Contact, home: String?) -> Bool {
        contact.reviewed != nil || review(of: contact, home: home) != nil
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
    /// Whether this mark covers records about someone living in `home` (nil: no listed home).
    public func covers(home id: String?) -> Bool { home == nil || home == id }

    /// Whether this mark speaks for all that `filter` shows.
    func speaks(for filter: HomeFilter) -> Bool {
        guard let home else { return true }
        return filter.home?.id == home
    }
}
