import Foundation

/// Where a staff member's unsaved forms live between keys: `<store>.drafts/<staff>.<pid>.<form>.json`,
/// beside the store so they travel with it. Written after every change, so a dropped SSH
/// session, a SIGHUP or even SIGKILL loses at most the key being pressed.
///
/// One file per running session (the process id) and form, so the same person in two terminals
/// never overwrites one draft with the other, and a contact set aside mid-call still waits while
/// a task is typed; a draft whose session has ended is offered back by `leftBehind()` and taken
/// over with `adopt(_:as:)`. (Builds before per-form files wrote `<staff>.<pid>.json`; such a
/// file is read as left behind, whatever its number.)
///
/// The folder is 0700 and the file 0600: a draft holds personal data just like the store. Each
/// write goes to a temporary file that is synced and renamed over the old draft, so a crash
/// mid-write leaves the previous draft, never half of one.
public struct DraftStore: Sendable {
    public let folder: URL

    /// Files of this staff member start with this, then the session number.
    let prefix: String
    /// The running session (process id) whose drafts these are.
    let session: Int32

    public init(storePath: String, staff: String, session: Int32 = getpid()) {
        folder = URL(fileURLWithPath: Self.folder(forStore: storePath))
        prefix = Self.safeName(staff) + "."
        self.session = session
    }

    /// This session's draft of `form` (`contact`, `task`, …).
    public func file(for form: String) -> URL {
        folder.appendingPathComponent(prefix + "\(session).\(Self.safeName(form)).json")
    }

    /// The session number and form a draft file of this staff member is named with; the form is
    /// nil in a file an older build wrote (one draft per session, its form inside).
    func parts(of name: String) -> (session: Int32, form: String?)? {
        guard name.hasPrefix(prefix), name.hasSuffix(".json") else { return nil }
        let middle = name.dropFirst(prefix.count).dropLast(".json".count)
        let pieces = middle.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let number = pieces.first.flatMap({ Int32($0) }) else { return nil }
        return (number, pieces.count == 2 ? String(pieces[1]) : nil)
    }

    /// Beside a store file (`care.sqlite.drafts`); for a PostgreSQL store, which has no folder,
    /// in the user's own data folder, one folder per address (password never in its name).
    static func folder(forStore storePath: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let address = PostgresAddress(storePath) else { return storePath + ".drafts" }
        return StoreLocation.dataFolder(environment) + "/drafts/" + safeName(address.shown)
    }

    /// A staff name with letters and digits kept (any script) and the rest folded to `_`, so two
    /// people's drafts never share a file and no name can climb out of the folder.
    static func safeName(_ staff: String) -> String {
        let safe = staff.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" ? String(scalar) : "_"
        }.joined()
        return safe.isEmpty ? "_" : safe
    }

    /// This session's draft of `form`, or nil.
    public func load(_ form: String) throws -> EntryDraft? {
        try read(file(for: form))
    }

    /// This session's own drafts, newest first: forms set aside to carry on with later.
    public func own() -> [URL] {
        guard let dir = try? openFolder() else { return [] }
        return own(in: dir, names: dir.names())
    }

    /// Drafts this staff member left in sessions that have ended, newest first. A session still
    /// running elsewhere keeps its drafts to itself, and a file under this name that another user
    /// wrote (possible in a team's shared folder) or that is a link is not offered at all.
    public func leftBehind() -> [URL] {
        guard let dir = try? openFolder() else { return [] }
        return leftBehind(in: dir, names: dir.names())
    }

    /// `own()` among `names`, a listing of `dir` already made.
    func own(in dir: PrivateFolder, names: [String]) -> [URL] {
        mine(in: dir, names: names) { parts in parts.session == session && parts.form != nil }
    }

    /// `leftBehind()` among `names`, a listing of `dir` already made.
    func leftBehind(in dir: PrivateFolder, names: [String]) -> [URL] {
        // An older build's file has no form in its name: never this session's, whatever its number.
        mine(in: dir, names: names) { parts in
            parts.session == session ? parts.form == nil : !Self.isRunning(parts.session)
        }
    }

    /// This staff member's regular files among `names`, written by this user, whose name passes
    /// `keep`; newest first.
    private func mine(in dir: PrivateFolder, names: [String], _ keep: ((session: Int32, form: String?)) -> Bool) -> [URL] {
        let found: [(URL, Int)] = names.compactMap { name in
            guard let parts = parts(of: name), keep(parts),
                  let info = dir.status(of: name), info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid() else { return nil }
            return (folder.appendingPathComponent(name), Int(info.st_mtim.tv_sec))
        }
        return found.sorted { ($0.1, $0.0.lastPathComponent) > ($1.1, $1.0.lastPathComponent) }.map(\.0)
    }

    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Makes a left-behind draft of `form` this session's own, so its next change and its
    /// discarding apply to it and it is not offered twice.
    public func adopt(_ url: URL, as form: String) throws {
        let file = file(for: form)
        do {
            let folder = try openFolder()
            try folder.rename(url.lastPathComponent, to: file.lastPathComponent)
            // Its notice (who, which form, when) follows it, if there is one.
            try? folder.rename(Self.noticeURL(for: url).lastPathComponent, to: Self.noticeURL(for: file).lastPathComponent)
        } catch let failure as PrivateFile.Failure {
            throw self.failure("take over", failure, file)
        }
    }

    /// The draft in `url`, or nil when there is none. An unreadable file is reported, not
    /// deleted: it may be the only copy of what someone typed.
    public func read(_ url: URL) throws -> EntryDraft? {
        let data: Data?
        do {
            guard FileManager.default.fileExists(atPath: folder.path) else { return nil }
            data = try openFolder().read(url.lastPathComponent)
        } catch {
            throw StoreError("the unsaved form at \(InertText.visible(url.path)) cannot be read; it has been left as it is")
        }
        guard let data else { return nil }
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(EntryDraft.self, from: data)
        } catch {
            throw StoreError("the unsaved form at \(InertText.visible(url.path)) cannot be read; it has been left as it is")
        }
    }

    public func save(_ draft: EntryDraft) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = try encoder.encode(draft)
        let file = file(for: draft.form)
        do {
            try makeFolder().save(data, as: file.lastPathComponent)
        } catch let failure as PrivateFile.Failure {
            throw self.failure("save", failure, file)
        }
    }

    /// Moves an unreadable draft aside, under a name with the time, so the next form's draft
    /// cannot overwrite what may be someone's only copy. Returns where it went.
    @discardableResult
    public func setAside(_ url: URL, at now: Date) -> URL? {
        let name = url.lastPathComponent + ".unreadable-\(Int(now.timeIntervalSince1970))"
        guard (try? openFolder().rename(url.lastPathComponent, to: name)) != nil else { return nil }
        return folder.appendingPathComponent(name)
    }

    /// Removes the draft of `form` once the form is saved or deliberately thrown away.
    public func discard(_ form: String) {
        let file = file(for: form)
        let folder = try? openFolder()
        folder?.remove(file.lastPathComponent)
        folder?.remove(Self.noticeURL(for: file).lastPathComponent)
    }

    /// The drafts folder, checked: a folder (not a link to one), ours or our team's.
    func openFolder() throws -> PrivateFolder {
        try PrivateFolder(path: folder.path)
    }

    /// Owner-only, except beside a team's shared store (a setgid folder): then the group may add
    /// their own drafts too, while each draft file stays readable by its writer alone, and the
    /// sticky bit stops one member renaming or removing another's drafts.
    func makeFolder() throws -> PrivateFolder {
        var info = stat()
        let shared = stat(folder.deletingLastPathComponent().path, &info) == 0 && (info.st_mode & S_ISGID) != 0
        let mode: mode_t = shared ? 0o3770 : 0o700
        // A PostgreSQL store's drafts folder sits in the user's data folder, which may not exist yet.
        let parent = folder.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent) {
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let made = mkdir(folder.path, mode) == 0
        guard made || errno == EEXIST else {
            throw failure("create the folder for", PrivateFile.Failure(action: "create", code: errno), folder)
        }
        let opened: PrivateFolder
        do { opened = try openFolder() } catch let failure as PrivateFile.Failure { throw self.failure("open the folder for", failure, folder) }
        // mkdir's mode passes through the umask, which may drop the group bits; a folder made
        // earlier with wider rights (by hand, or an older build) would let others list whose
        // drafts are waiting. Either is put right through the open folder, never by path.
        opened.narrow(to: mode)
        return opened
    }

    func failure(_ action: String, _ failure: PrivateFile.Failure, _ file: URL) -> StoreError {
        StoreError("could not \(action) the unsaved-form file \(InertText.visible(file.path)): \(failure.reason)")
    }
}
