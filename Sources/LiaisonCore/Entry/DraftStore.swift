import Foundation

/// Where a staff member's unsaved form lives between keys: `<store>.drafts/<staff>.<pid>.json`,
/// beside the store so it travels with it. Written after every change, so a dropped SSH session,
/// a SIGHUP or even SIGKILL loses at most the key being pressed.
///
/// One file per running session (the process id), so the same person in two terminals never
/// overwrites one draft with the other; a draft whose session has ended is offered back by
/// `leftBehind()` and taken over with `adopt(_:)`.
///
/// The folder is 0700 and the file 0600: a draft holds personal data just like the store. Each
/// write goes to a temporary file that is synced and renamed over the old draft, so a crash
/// mid-write leaves the previous draft, never half of one.
public struct DraftStore: Sendable {
    public let folder: URL
    public let file: URL

    /// Files of this staff member start with this, then the session number.
    let prefix: String

    public init(storePath: String, staff: String, session: Int32 = getpid()) {
        folder = URL(fileURLWithPath: storePath + ".drafts")
        prefix = Self.safeName(staff) + "."
        file = folder.appendingPathComponent(prefix + "\(session).json")
    }

    /// A staff name with letters and digits kept (any script) and the rest folded to `_`, so two
    /// people's drafts never share a file and no name can climb out of the folder.
    static func safeName(_ staff: String) -> String {
        let safe = staff.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" ? String(scalar) : "_"
        }.joined()
        return safe.isEmpty ? "_" : safe
    }

    /// This session's draft, or nil.
    public func load() throws -> EntryDraft? {
        try read(file)
    }

    /// Drafts this staff member left in sessions that have ended, newest first. A session still
    /// running elsewhere keeps its draft to itself.
    public func leftBehind() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let found: [(URL, Date)] = names.compactMap { name in
            guard name.hasPrefix(prefix), name.hasSuffix(".json"), name != file.lastPathComponent,
                  let pid = Int32(name.dropFirst(prefix.count).dropLast(".json".count)), !Self.isRunning(pid) else { return nil }
            let url = folder.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, modified)
        }
        return found.sorted { $0.1 > $1.1 }.map(\.0)
    }

    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Makes a left-behind draft this session's own, so its next change and its discarding apply
    /// to it and it is not offered twice.
    public func adopt(_ url: URL) throws {
        guard rename(url.path, file.path) == 0 else { throw failure("take over", errno) }
        _ = rename(Self.noticeURL(for: url).path, Self.noticeURL(for: file).path)
    }

    /// The draft in `url`, or nil when there is none. An unreadable file is reported, not
    /// deleted: it may be the only copy of what someone typed.
    public func read(_ url: URL) throws -> EntryDraft? {
        let file = url
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        do {
            let data = try Data(contentsOf: file)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(EntryDraft.self, from: data)
        } catch {
            throw StoreError("the unsaved form at \(file.path) cannot be read; it has been left as it is")
        }
    }

    public func save(_ draft: EntryDraft) throws {
        try makeFolder()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = try encoder.encode(draft)
        do {
            try PrivateFile.save(data, to: file.path)
        } catch let failure as PrivateFile.Failure {
            throw self.failure(failure.action, failure.code)
        }
    }

    /// Moves an unreadable draft aside, under a name with the time, so the next form's draft
    /// cannot overwrite what may be someone's only copy. Returns where it went.
    @discardableResult
    public func setAside(_ url: URL, at now: Date) -> URL? {
        let aside = folder.appendingPathComponent(url.lastPathComponent + ".unreadable-\(Int(now.timeIntervalSince1970))")
        return rename(url.path, aside.path) == 0 ? aside : nil
    }

    /// Removes the draft once its form is saved or deliberately thrown away.
    public func discard() {
        unlink(file.path)
        unlink(Self.noticeURL(for: file).path)
    }

    /// Owner-only, except beside a team's shared store (a setgid folder): then the group may add
    /// their own drafts too, while each draft file stays readable by its writer alone.
    private func makeFolder() throws {
        var info = stat()
        let shared = stat(folder.deletingLastPathComponent().path, &info) == 0 && (info.st_mode & S_ISGID) != 0
        let mode: mode_t = shared ? 0o2770 : 0o700
        guard mkdir(folder.path, mode) == 0 else {
            guard errno == EEXIST else { throw failure("create the folder for", errno) }
            // A folder made earlier with wider rights (by hand, or an older build) would let
            // others list whose drafts are waiting; narrow it when it is ours to change.
            var existing = stat()
            if stat(folder.path, &existing) == 0, existing.st_uid == getuid(), existing.st_mode & 0o7777 & ~mode != 0 {
                chmod(folder.path, mode)
            }
            return
        }
        chmod(folder.path, mode)  // mkdir's mode passes through the umask, which may drop the group bits
    }

    private func failure(_ action: String, _ code: Int32) -> StoreError {
        StoreError("could not \(action) the unsaved-form file \(file.path): \(String(cString: strerror(code)))")
    }
}
