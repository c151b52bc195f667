import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder a team shares a store in: owned by the team's Unix group, setgid so that every file
/// made in it belongs to that group, and closed to everyone else (2770). A store created in it is
/// 0660 (see `StoreFile.creationMode`), and SQLite gives its WAL and shared-memory files the same.
///
/// Set up by `liaison init --group`; everything is checked before anything is changed, so a
/// refusal leaves the folder as it was.
public enum TeamFolder {
    /// The mode of a team folder: setgid, the owner and the group only.
    public static let mode: mode_t = 0o2770

    /// Makes `folder` a team folder of `group` (a name or a number), creating it when absent
    /// (its parent must exist: a team folder is made somewhere its members can reach).
    ///
    /// Refused when the group does not exist, when this user is not in it (root excepted: an
    /// administrator may set the folder up for a team), when the folder is a link or a file,
    /// when it belongs to someone else and is not already this group's team folder, or when it
    /// already holds other users' files, which would then sit in a folder the group trusts.
    /// - Returns: the group's id.
    @discardableResult
    public static func setUp(_ folder: String, group: String) throws -> gid_t {
        let gid = try groupID(group)
        let me = getuid()
        guard me == 0 || PrivateFolder.isMember(of: gid) else {
            let user = userName(me)
            throw StoreError(
                "You are not in the group “\(group)”, so you cannot share a folder with it. An administrator adds you with "
                    + "`usermod -aG \(group) \(user)`; it takes effect from your next login. Nothing was created.")
        }
        var info = stat()
        if lstat(folder, &info) != 0 {
            guard errno == ENOENT else { throw failure(folder, "cannot be examined: \(String(cString: strerror(errno)))") }
            let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            var parentInfo = stat()
            guard stat(parent, &parentInfo) == 0, parentInfo.st_mode & S_IFMT == S_IFDIR else {
                throw failure(folder, "cannot be made: its parent folder \(parent) does not exist. Create that first, somewhere every member can reach")
            }
            guard mkdir(folder, 0o700) == 0 else { throw failure(folder, "cannot be made: \(String(cString: strerror(errno)))") }
            return try shape(folder, gid: gid)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw failure(folder, info.st_mode & S_IFMT == S_IFLNK ? "is a symbolic link; give the real folder" : "is not a folder")
        }
        if info.st_uid != me {
            // Someone (an administrator, a colleague) already made it this group's team folder: use it as it is.
            if info.st_gid == gid && info.st_mode & S_ISGID != 0 && info.st_mode & 0o007 == 0 { return gid }
            throw failure(folder, "belongs to \(userName(info.st_uid)), so only they can make it the team's. Ask them to run this, or choose a folder of your own")
        }
        if info.st_mode & 0o002 != 0 && info.st_mode & S_ISVTX == 0 {
            throw failure(folder, "could be changed by every user of this machine until now, so what is in it cannot be trusted. Choose a new folder")
        }
        let others = try strangers(in: folder, me: me)
        guard others.isEmpty else {
            let named = others.prefix(3).map { "\($0.name) (\(userName($0.owner)))" }.joined(separator: ", ")
            throw failure(folder, "holds files of other users: \(named)\(others.count > 3 ? " and \(others.count - 3) more" : ""). "
                + "The team would trust them as its own; move them out, or choose an empty folder")
        }
        // The folder becomes the group's to write: every member could change or replace what is
        // in it, so it may hold only Liaison's own stores. A home folder's .bashrc or .ssh, given
        // to the group, would let any member run commands as its owner.
        let foreign = try entries(of: folder).filter { !isLiaisons($0) }
        guard foreign.isEmpty else {
            let named = foreign.prefix(3).joined(separator: ", ")
            throw failure(folder, "holds files that are not Liaison's stores: \(named)\(foreign.count > 3 ? " and \(foreign.count - 3) more" : ""). "
                + "Every member of the group could change them once it is shared; choose an empty folder, or a new one (init makes it)")
        }
        return try shape(folder, gid: gid)
    }

    /// Whether `name` is one of the files Liaison keeps in a store's folder: a store, its
    /// journals, its settings.
    static func isLiaisons(_ name: String) -> Bool {
        [".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal", ".sqlite.settings.json"].contains { name.hasSuffix($0) }
            && !name.hasPrefix(".")
    }

    private static func entries(of folder: String) throws -> [String] {
        do { return try FileManager.default.contentsOfDirectory(atPath: folder).sorted() } catch {
            throw failure(folder, "cannot be read: \(error.localizedDescription)")
        }
    }

    /// Gives the folder to the group and sets its mode through a descriptor, so a folder swapped
    /// for a link after the checks is not what changes.
    private static func shape(_ folder: String, gid: gid_t) throws -> gid_t {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw failure(folder, "cannot be opened: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard fchown(fd, uid_t.max, gid) == 0 else { throw failure(folder, "cannot be given to the group: \(String(cString: strerror(errno)))") }
        guard fchmod(fd, mode) == 0 else { throw failure(folder, "cannot be set up: \(String(cString: strerror(errno)))") }
        return gid
    }

    /// The group's id, from its name or its number.
    static func groupID(_ group: String) throws -> gid_t {
        if let entry = getgrnam(group) { return entry.pointee.gr_gid }
        if let number = gid_t(group), getgrgid(number) != nil { return number }
        throw StoreError("There is no group “\(group)” on this machine; an administrator creates it with `groupadd \(group)`. Nothing was created.")
    }

    /// The entries of `folder` that belong to neither this user nor root.
    private static func strangers(in folder: String, me: uid_t) throws -> [(name: String, owner: uid_t)] {
        try entries(of: folder).compactMap { name in
            var info = stat()
            guard lstat(folder + "/" + name, &info) == 0, info.st_uid != me, info.st_uid != 0 else { return nil }
            return (name, info.st_uid)
        }
    }

    private static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid) else { return "user \(uid)" }
        return String(cString: entry.pointee.pw_name)
    }

    private static func failure(_ folder: String, _ reason: String) -> StoreError {
        StoreError("The folder \(folder) \(reason). Nothing was changed.")
    }
}
