import Foundation

/// That someone has an unsaved form, without what it says: who, which form, when they last
/// typed, and whom it is about by initials only. Kept beside each draft so a shift lead can see
/// "Night Carer, 03:10, contact about H.F." while the draft itself stays readable by its author
/// alone, and only its author is ever offered it back.
public struct DraftNotice: Codable, Equatable, Sendable {
    public var staff: String
    /// Which form, as `EntryDraft.form` names it (`contact`, `task`, …).
    public var form: String
    public var updatedAt: Date
    /// The person the form is about, as initials; nil when none was picked yet.
    public var about: String?

    public init(staff: String, form: String, updatedAt: Date, about: String?) {
        self.staff = staff
        self.form = form
        self.updatedAt = updatedAt
        self.about = about
    }
}

extension DraftStore {
    /// The notice file beside a draft file.
    static func noticeURL(for draft: URL) -> URL {
        draft.deletingPathExtension().appendingPathExtension("notice")
    }

    /// Writes the notice for this session's draft through the checked folder, like the draft.
    /// In a team's setgid drafts folder the notice (never the draft) is readable by the group,
    /// so a shift lead logged in as another user sees that a colleague left a form unsaved.
    public func saveNotice(_ notice: DraftNotice) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        do {
            try makeFolder().save(
                try encoder.encode(notice), as: Self.noticeURL(for: file(for: notice.form)).lastPathComponent, groupReadable: true)
        } catch let failure as PrivateFile.Failure {
            throw self.failure("save the notice of", failure, file(for: notice.form))
        }
    }

    /// Everyone's unsaved forms except those a key here opens (`waiting()`), oldest first: what
    /// the shift lead sees on the dashboard.
    public func notices() -> [DraftNotice] { unsavedForms().others }

    /// This staff member's unsaved forms that a key here opens, newest first: this session's
    /// own, set aside mid-call, and those left by a session that ended (two of one form are both
    /// named: the key opens one, then the other).
    public func waiting() -> [DraftNotice] { unsavedForms().mine }

    /// Both lists from one listing of the folder: the dashboard reads them at every change in
    /// it, which is every key typed in anyone's form.
    /// - `mine`: as `waiting()`; each told as its notice tells it, a draft with no notice (its
    ///   write failed) by its form and when it was written.
    /// - `others`: as `notices()`; notices that cannot be read (another user's, in a team
    ///   folder) are skipped, as they hold nothing to lose.
    public func unsavedForms() -> (mine: [DraftNotice], others: [DraftNotice]) {
        guard let folder = try? openFolder() else { return ([], []) }
        let names = folder.names()
        let mineFiles = own(in: folder, names: names) + leftBehind(in: folder, names: names)
        let mineNotices = Set(mineFiles.map { Self.noticeURL(for: $0).lastPathComponent })
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let others = names.filter { $0.hasSuffix(".notice") && !mineNotices.contains($0) }.compactMap { name -> DraftNotice? in
            // A notice whose draft has gone (saved or thrown away elsewhere) is stale.
            let draft = String(name.dropLast(".notice".count)) + ".json"
            guard names.contains(draft), let data = try? folder.read(name, ownedByMe: false) else { return nil }
            return try? decoder.decode(DraftNotice.self, from: data)
        }.sorted { ($0.updatedAt, $0.staff) < ($1.updatedAt, $1.staff) }
        let mine = mineFiles.compactMap { url -> DraftNotice? in
            let notice = (try? folder.read(Self.noticeURL(for: url).lastPathComponent, ownedByMe: true))
                .flatMap { $0 }.flatMap { try? decoder.decode(DraftNotice.self, from: $0) }
            return notice ?? ((try? read(url)) ?? nil).map {
                DraftNotice(staff: "", form: $0.form, updatedAt: $0.updatedAt, about: nil)
            }
        }.sorted { ($0.updatedAt, $1.form) > ($1.updatedAt, $0.form) }
        return (mine, others)
    }
}
