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

    /// Writes the notice for this session's draft. Beside a team's shared store the folder is
    /// the group's, and the notice is readable by the group; the draft never is.
    public func saveNotice(_ notice: DraftNotice) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let url = Self.noticeURL(for: file)
        try PrivateFile.save(try encoder.encode(notice), to: url.path)
        var info = stat()
        if stat(folder.path, &info) == 0, info.st_mode & S_ISGID != 0 { chmod(url.path, 0o640) }
    }

    /// Everyone's unsaved forms except this session's own, oldest first: what the shift lead
    /// sees on the dashboard. Notices that cannot be read are skipped; they hold nothing to lose.
    public func notices() -> [DraftNotice] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let own = Self.noticeURL(for: file).lastPathComponent
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return names.filter { $0.hasSuffix(".notice") && $0 != own }.compactMap { name in
            // A notice whose draft has gone (saved or thrown away elsewhere) is stale.
            let draft = folder.appendingPathComponent(String(name.dropLast(".notice".count)) + ".json")
            guard FileManager.default.fileExists(atPath: draft.path),
                  let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
            return try? decoder.decode(DraftNotice.self, from: data)
        }.sorted { ($0.updatedAt, $0.staff) < ($1.updatedAt, $1.staff) }
    }
}
