import Foundation

/// Where a staff member's unsaved form lives between keys: `<store>.drafts/<staff>.json`, beside
/// the store so it travels with it. Written after every change, so a dropped SSH session, a
/// SIGHUP or even SIGKILL loses at most the key being pressed.
///
/// The folder is 0700 and the file 0600: a draft holds personal data just like the store. Each
/// write goes to a temporary file that is synced and renamed over the old draft, so a crash
/// mid-write leaves the previous draft, never half of one.
public struct DraftStore: Sendable {
    public let folder: URL
    public let file: URL

    public init(storePath: String, staff: String) {
        folder = URL(fileURLWithPath: storePath + ".drafts")
        file = folder.appendingPathComponent(Self.fileName(for: staff))
    }

    /// A file name from a staff name: letters and digits kept (any script), the rest folded to `_`,
    /// so two people's drafts never share a file and no name can climb out of the folder.
    static func fileName(for staff: String) -> String {
        let safe = staff.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" ? String(scalar) : "_"
        }.joined()
        return (safe.isEmpty ? "_" : safe) + ".json"
    }

    /// The draft left by the last session, or nil. An unreadable file is reported, not deleted:
    /// it may be the only copy of what someone typed.
    public func load() throws -> EntryDraft? {
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
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw failure("create", errno) }
        var written = 0
        let status: Int32 = data.withUnsafeBytes { bytes in
            while written < bytes.count {
                let n = write(fd, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 { if errno == EINTR { continue }; return errno }
                written += n
            }
            return fsync(fd) == 0 ? 0 : errno
        }
        close(fd)
        guard status == 0 else {
            unlink(temporary.path)
            throw failure("write", status)
        }
        guard rename(temporary.path, file.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw failure("replace", code)
        }
    }

    /// Moves an unreadable draft aside, under a name with the time, so the next form's draft
    /// cannot overwrite what may be someone's only copy. Returns where it went.
    @discardableResult
    public func setAside(at now: Date) -> URL? {
        let aside = folder.appendingPathComponent(file.lastPathComponent + ".unreadable-\(Int(now.timeIntervalSince1970))")
        return rename(file.path, aside.path) == 0 ? aside : nil
    }

    /// Removes the draft once its form is saved or deliberately thrown away.
    public func discard() {
        unlink(file.path)
    }

    private func makeFolder() throws {
        if mkdir(folder.path, 0o700) != 0 && errno != EEXIST { throw failure("create the folder for", errno) }
    }

    private func failure(_ action: String, _ code: Int32) -> StoreError {
        StoreError("could not \(action) the unsaved-form file \(file.path): \(String(cString: strerror(code)))")
    }
}
