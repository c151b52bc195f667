import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)`, named apart from `PrivateFolder.read(_:)`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}

/// A folder opened once, checked, and then used only through its descriptor (`openat`,
/// `renameat`, `unlinkat`), so swapping the folder or a file in it for a symbolic link after the
/// check changes nothing that is written.
public final class PrivateFolder: @unchecked Sendable {
    public let path: String
    let fd: Int32

    /// Opens `path` as a folder. Refused when it is a symbolic link or not a folder, when it
    /// belongs to someone else (other than root or a team's shared setgid folder of ours), or when
    /// others may write in it without the sticky bit that stops them removing our files.
    public init(path: String) throws {
        self.path = path.isEmpty ? "." : path
        let fd = open(self.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP || code == ENOTDIR {
                throw PrivateFile.Failure(action: "open the folder", code: code, explanation: "\(self.path) is a symbolic link or not a folder")
            }
            throw PrivateFile.Failure(action: "open the folder", code: code)
        }
        self.fd = fd
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw PrivateFile.Failure(action: "examine the folder", code: code)
        }
        if let problem = Self.problem(with: info) {
            close(fd)
            throw PrivateFile.Failure(action: "use the folder", code: EPERM, explanation: "\(self.path) \(problem)")
        }
    }

    deinit { close(fd) }

    /// Whether this is a team's folder: setgid, with a group this user belongs to. Only there
    /// may a file be shared with the group.
    public var isTeamFolder: Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        return info.st_mode & S_ISGID != 0 && Self.isMember(of: info.st_gid)
    }

    /// Why a folder with this status is not safe to write personal data into, or nil.
    static func problem(with info: stat) -> String? {
        guard info.st_mode & S_IFMT == S_IFDIR else { return "is not a folder" }
        let me = getuid()
        let mode = info.st_mode
        let teamFolder = mode & S_ISGID != 0 && isMember(of: info.st_gid)
        guard info.st_uid == me || info.st_uid == 0 || teamFolder else {
            return "belongs to another user, so what is written there would be theirs to change"
        }
        if mode & S_IWOTH != 0 && mode & S_ISVTX == 0 {
            return "can be changed by every user on this machine; choose a folder of your own"
        }
        if mode & S_IWGRP != 0 && mode & S_ISVTX == 0 && info.st_uid != me && !teamFolder {
            return "can be changed by others in its group; choose a folder of your own"
        }
        return nil
    }

    static func isMember(of group: gid_t) -> Bool {
        if getegid() == group { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let n = getgroups(count, &groups)
        return n > 0 && groups.prefix(Int(n)).contains(group)
    }

    /// Writes `data` as `name` in this folder: a 0600 temporary file created new (never through
    /// a link), synced, then renamed to `name`.
    /// - Parameter groupReadable: also readable by the folder's group, and only in a team's
    ///   setgid folder (see `isTeamFolder`); everything else stays owner-only.
    public func save(_ data: Data, as name: String, existing: PrivateFile.Existing = .replace, groupReadable: Bool = false) throws {
        try save(as: name, existing: existing, groupReadable: groupReadable) { tfd in try ByteSink.writeAll([UInt8](data), to: tfd) }
    }

    /// The same, for content written as it is made (a streamed export): `write` gets the
    /// temporary file's descriptor; nothing appears under `name` unless it returns.
    public func save(
        as name: String, existing: PrivateFile.Existing = .replace, groupReadable: Bool = false, writing write: (Int32) throws -> Void
    ) throws {
        try Self.checkName(name)
        let (tfd, temporary) = try createTemporary(for: name, mode: groupReadable && isTeamFolder ? 0o640 : 0o600)
        do {
            try write(tfd)
            guard fsync(tfd) == 0 else { throw PrivateFile.Failure(action: "write", code: errno) }
            close(tfd)
        } catch {
            close(tfd)
            unlinkat(fd, temporary, 0)
            throw error
        }
        switch existing {
        case .replace:
            guard renameat(fd, temporary, fd, name) == 0 else {
                let code = errno
                unlinkat(fd, temporary, 0)
                throw PrivateFile.Failure(action: "replace", code: code)
            }
        case .keep:
            // link() never replaces: it fails if the name was taken, even a moment ago.
            let linked = linkat(fd, temporary, fd, name, 0) == 0
            let code = errno
            unlinkat(fd, temporary, 0)
            guard linked else { throw PrivateFile.Failure(action: "create", code: code) }
        }
        fsync(fd)
    }

    /// The file `name` in this folder, read without following a link; nil when there is none.
    /// A file that is not a regular file, or (with `ownedByMe`) belongs to someone else, is
    /// refused: in a shared folder, a colleague could have put it there under our name.
    public func read(_ name: String, ownedByMe: Bool = true) throws -> Data? {
        try Self.checkName(name)
        let rfd = openat(fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard rfd >= 0 else {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw PrivateFile.Failure(action: "read", code: ELOOP, explanation: "\(name) is a symbolic link") }
            throw PrivateFile.Failure(action: "read", code: errno)
        }
        defer { close(rfd) }
        var info = stat()
        guard fstat(rfd, &info) == 0 else { throw PrivateFile.Failure(action: "read", code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PrivateFile.Failure(action: "read", code: EINVAL, explanation: "\(name) is not a regular file")
        }
        if ownedByMe && info.st_uid != getuid() {
            throw PrivateFile.Failure(action: "read", code: EPERM, explanation: "\(name) was written by another user")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(rfd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw PrivateFile.Failure(action: "read", code: errno) }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    /// The status of `name` in this folder without following a link, or nil when there is none.
    public func status(of name: String) -> stat? {
        var info = stat()
        return fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }

    /// Renames within this folder; the names never leave it.
    public func rename(_ from: String, to: String) throws {
        try Self.checkName(from)
        try Self.checkName(to)
        guard renameat(fd, from, fd, to) == 0 else { throw PrivateFile.Failure(action: "rename", code: errno) }
    }

    /// Removes `name` from this folder (the link itself if it is one).
    public func remove(_ name: String) {
        guard (try? Self.checkName(name)) != nil else { return }
        unlinkat(fd, name, 0)
    }

    /// The names in this folder.
    public func names() -> [String] {
        let dup = dup(fd)
        guard dup >= 0, let dir = fdopendir(dup) else { return [] }
        defer { closedir(dir) }
        rewinddir(dir)
        return Self.names(in: dir)
    }

    /// The names in the folder at `path` that start with `prefix` and go on past it, for a look
    /// that writes nothing there and so needs none of the checks `init` makes (the settings
    /// file's neighbours, in a colleague's folder too). Every command on a store without a
    /// settings file makes this look, so a name is compared as bytes, and only one that matches
    /// becomes a String: in a folder of a thousand names that halves the time.
    static func names(at path: String, startingWith prefix: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        let wanted = Array(prefix.utf8)
        return names(in: dir) { name in name.count > wanted.count && name.starts(with: wanted) }
    }

    /// Every name an open directory stream gives but `.` and `..`, that `keeps` keeps.
    private static func names(in dir: OpaquePointer, keeping keeps: (UnsafeRawBufferPointer) -> Bool = { _ in true }) -> [String] {
        var names: [String] = []
        while let entry = readdir(dir) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw.prefix(while: { $0 != 0 }))
                guard keeps(bytes), !bytes.elementsEqual(".".utf8), !bytes.elementsEqual("..".utf8) else { return nil }
                return String(decoding: bytes, as: UTF8.self)
            }
            if let name { names.append(name) }
        }
        return names
    }

    /// Sets this folder's mode through its descriptor, only when it is ours: a chmod by path
    /// would follow a link someone swapped in.
    public func narrow(to mode: mode_t) {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_uid == getuid(), info.st_mode & 0o7777 != mode else { return }
        fchmod(fd, mode)
    }

    private func createTemporary(for name: String, mode: mode_t = 0o600) throws -> (Int32, String) {
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = ".\(name.prefix(100)).\(suffix).tmp"
            let tfd = openat(fd, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if tfd >= 0 {
                // The umask may narrow the mode, and a group-default ACL could widen it: set it exactly.
                fchmod(tfd, mode)
                return (tfd, temporary)
            }
            if errno != EEXIST { throw PrivateFile.Failure(action: "create", code: errno) }
        }
        throw PrivateFile.Failure(action: "create", code: EEXIST)
    }

    private static func checkName(_ name: String) throws {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0") else {
            throw PrivateFile.Failure(action: "name", code: EINVAL, explanation: "“\(InertText.visible(name))” is not a file name")
        }
    }
}
