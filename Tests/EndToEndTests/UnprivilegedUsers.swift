import Foundation

/// Two other users, for tests where users meet (a team's shared folder). CI runs as root, which
/// every permission check lets through, so these tests run the binary as unprivileged users
/// through `setpriv` instead of skipping: `nobody` (65534, as `Unprivileged`), and a second
/// user `liaison-peer` created on first use, both in the group `nogroup` (65534) so they can
/// share a team folder.
enum UnprivilegedUsers {
    static let nobody: uid_t = 65534
    static let group: gid_t = 65534
    static let peerName = "liaison-peer"

    /// Whether users can be switched here: root, with `setpriv` (util-linux).
    static var available: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    /// The second user's id, creating the user (no home, no login) when absent.
    static func peer() throws -> uid_t {
        if let entry = getpwnam(peerName) { return entry.pointee.pw_uid }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/useradd")
        process.arguments = ["--no-create-home", "--no-user-group", "--gid", String(group), "--shell", "/usr/sbin/nologin", peerName]
        try process.run()
        process.waitUntilExit()
        // Another test may have created it at the same moment.
        guard let entry = getpwnam(peerName) else { throw Failure.cannotCreatePeer(process.terminationStatus) }
        return entry.pointee.pw_uid
    }

    enum Failure: Error { case cannotCreatePeer(Int32) }

    /// The words that run a command as `uid` in `nogroup`, with no other groups.
    static func prefix(_ uid: uid_t) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(group)", "--clear-groups"]
    }

    /// `liaison ARGS` run as `uid` with `BinaryEnvironment`'s environment and `home` as HOME;
    /// output through files, waited for without holding a thread.
    static func liaison(_ arguments: [String], as uid: uid_t, home: String) async throws -> LiaisonProcess.Result {
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("liaison-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("liaison-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = Array(prefix(uid).dropFirst()) + [LiaisonProcess.binary.path] + arguments
        process.environment = BinaryEnvironment.make(home: home)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        let exit = ExitSignal()
        process.terminationHandler = { _ in exit.fire() }
        try process.run()
        await exit.wait()
        return LiaisonProcess.Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    static func chown(_ path: String, _ uid: uid_t, _ gid: gid_t = group) {
        _ = Glibc.chown(path, uid, gid)
    }
}
