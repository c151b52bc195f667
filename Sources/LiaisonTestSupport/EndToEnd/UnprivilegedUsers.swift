import Foundation
import ProcessSpawning

/// Two other users, for tests where users meet (a team's shared folder). CI runs as root, which
/// every permission check lets through, so these tests run the binary as unprivileged users
/// through `setpriv` instead of skipping: `nobody` (65534, as `Unprivileged`), and a second
/// user `liaison-peer` created on first use, both in the group `nogroup` (65534) so they can
/// share a team folder.
public enum UnprivilegedUsers {
    public static let nobody: uid_t = 65534
    public static let group: gid_t = 65534
    public static let peerName = "liaison-peer"

    /// Whether users can be switched here: root, with `setpriv` (util-linux).
    public static var available: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    /// Held while the second user is looked up or made: tests run in parallel, and two
    /// `useradd`s racing on a fresh machine gave one test a user id that another then replaced.
    private static let creating = NSLock()

    /// The second user's id, creating the user (no home, no login) when absent.
    public static func peer() throws -> uid_t {
        try creating.withLock { try lookUpOrCreatePeer() }
    }

    private static func lookUpOrCreatePeer() throws -> uid_t {
        if let entry = getpwnam(peerName) { return entry.pointee.pw_uid }
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/useradd")
        process.arguments = ["--no-create-home", "--no-user-group", "--gid", String(group), "--shell", "/usr/sbin/nologin", peerName]
        try process.run()
        process.waitUntilExit()
        guard let entry = getpwnam(peerName) else { throw Failure.cannotCreatePeer(process.terminationStatus) }
        return entry.pointee.pw_uid
    }

    public enum Failure: Error { case cannotCreatePeer(Int32) }

    /// The words that run a command as `uid` in `nogroup`, with no other groups.
    public static func prefix(_ uid: uid_t) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(group)", "--clear-groups"]
    }

    /// `liaison ARGS` run as `uid` with `BinaryEnvironment`'s environment and `home` as HOME.
    public static func liaison(_ arguments: [String], as uid: uid_t, home: String, directory: String? = nil) async throws -> LiaisonProcess.Result {
        try await LiaisonProcess.run(arguments, home: home, user: uid, directory: directory)
    }

    /// Whether the suite runs as root, so that a test of what an ordinary account may not do
    /// must switch to `nobody` to mean anything.
    public static var rootRuns: Bool { getuid() == 0 }

    /// What to put before a command in a shell line so it runs as `nobody` when the suite is root.
    public static var nobodyWhenRoot: String { rootRuns ? prefix(nobody).joined(separator: " ") + " " : "" }

    /// Gives `path` to `nobody` when the suite is root, so the unprivileged binary can use it
    /// as its own (a store's folder, its HOME).
    public static func handToNobody(_ path: String) {
        if rootRuns { chown(path, nobody) }
    }

    /// An office folder in `scratch` that `owner` may make folders in (a team folder inside it is
    /// `liaison init --group`'s to make), and a HOME every user may write, for tests where several
    /// users share one team store. The scratch folder is opened to them too.
    public static func office(in scratch: ScratchFolder, ownedBy owner: uid_t) -> (office: String, home: String) {
        let office = scratch.path("office"), home = scratch.path("shared-home")
        mkdir(office, 0o755)
        mkdir(home, 0o777)
        chmod(home, 0o777)
        chown(office, owner)
        chmod(scratch.url.path, 0o755)
        return (office, home)
    }

    public static func chown(_ path: String, _ uid: uid_t, _ gid: gid_t = group) {
        _ = Glibc.chown(path, uid, gid)
    }
}
