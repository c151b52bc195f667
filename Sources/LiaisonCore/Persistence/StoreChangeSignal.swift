import Foundation
#if os(Linux)
import Glibc
#endif

/// A descriptor that becomes readable when another process may have changed a store: its file or
/// its `-wal` written, created, moved, deleted or given new permissions, or a draft or notice
/// coming and going in the drafts folder beside it (inotify, on Linux).
///
/// It says "look now", never what changed: the looker still asks SQLite (`refreshIfChanged`),
/// which answers in one PRAGMA. So an event this process caused, or a checkpoint, costs one look.
/// SQLite publishes a commit in its shared-memory index, through `mmap`, which inotify cannot
/// see, only after the last write to the `-wal`: a look straight after the last event may come
/// too early, so a looker looks again a little later (`LiveUpdates` in the dashboard does).
///
/// For a PostgreSQL store (`init(store:)`) the store's part is the connection's socket instead,
/// readable when the server announces another session's save (LISTEN); the look reads it.
///
/// Nil where it cannot work (not Linux, a store kept in memory, no inotify, the user's watch
/// limit reached, a replica, which announces nothing); then the caller polls as before.
public final class StoreChangeSignal {
    /// What the events read by `drain()` were about.
    public struct Changes: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The store file or its `-wal`: ask SQLite whether anyone committed.
        public static let store = Changes(rawValue: 1)
        /// A draft or its notice: list the drafts folder again.
        public static let drafts = Changes(rawValue: 2)
        /// Events were dropped or a watched folder went away: nothing more will be heard, so
        /// look at everything and fall back to polling.
        public static let lost = Changes(rawValue: 4)
    }

    /// Non-blocking: wait on it in `poll()`, then call `drain()`.
    public let descriptor: Int32
    /// The inotify instance: `descriptor` itself for a store file; for a server's store, the
    /// second of `descriptors`, beside the socket.
    private var inotify: Int32 = -1
    /// A PostgreSQL store's connection socket, readable when the server announced a change
    /// (LISTEN), and how to ask which socket the connection has now: after it reconnects, it is
    /// another, and this signal is lost (the screen polls until it makes a new one).
    private var server: (socket: Int32, current: () -> Int32)?
    private let folder: String
    private let names: Set<String>
    private let draftsName: String?
    private var storeWatch: Int32 = -1
    private var draftsWatch: Int32 = -1

    /// Starts watching the folder of the store at `storePath` and, when given, the drafts
    /// folder `draftsFolder` beside it (watched from when it exists).
    public init?(storePath: String, draftsFolder: String? = nil) {
        #if os(Linux)
        // SQLite's name for a database kept in memory: no file, and no other process to hear from.
        guard storePath != ":memory:" else { return nil }
        // SQLite follows a symbolic link to the store and keeps its -wal beside the real file.
        let real = URL(fileURLWithPath: storePath).resolvingSymlinksInPath()
        folder = real.deletingLastPathComponent().path
        let name = real.lastPathComponent
        names = [name, name + "-wal", name + "-journal"]
        draftsName = draftsFolder.map { URL(fileURLWithPath: $0).lastPathComponent }
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        inotify = descriptor
        storeWatch = inotify_add_watch(descriptor, folder, Self.folderEvents)
        guard storeWatch >= 0 else {
            close(descriptor)
            return nil
        }
        if let draftsFolder, !watchDrafts(draftsFolder) {
            close(descriptor)
            return nil
        }
        #else
        return nil
        #endif
    }

    /// For a store on a PostgreSQL server: its connection's socket, where the server's
    /// notifications of other sessions' saves arrive, and the drafts folder, watched from the
    /// folder that holds it (the user's data folder): two descriptors (`descriptors`).
    public convenience init?(store: Store, draftsFolder: String? = nil) {
        guard let backend = store.backend as? PostgresBackend else {
            self.init(storePath: store.path, draftsFolder: draftsFolder)
            return
        }
        self.init(server: backend, draftsFolder: draftsFolder)
    }

    /// For an office wall: its store's, or on a server the wall views' connection.
    public convenience init?(wall source: any WallSource) {
        if let store = source as? Store {
            self.init(store: store)
        } else if let views = source as? PostgresWallViews {
            self.init(server: views.backend, draftsFolder: nil)
        } else {
            return nil
        }
    }

    /// The server connection's socket, asked again after a reconnect (`current`).
    private convenience init?(server backend: PostgresBackend, draftsFolder: String?) {
        #if os(Linux)
        let socket = backend.wakeDescriptor
        guard socket >= 0 else { return nil }
        self.init(server: socket, current: { [weak backend] in backend?.wakeDescriptor ?? -1 }, draftsFolder: draftsFolder)
        #else
        return nil
        #endif
    }

    #if os(Linux)
    private init?(server socket: Int32, current: @escaping () -> Int32, draftsFolder: String?) {
        let drafts = draftsFolder.map { URL(fileURLWithPath: $0) }
        folder = drafts?.deletingLastPathComponent().path ?? ""
        names = []
        draftsName = drafts?.lastPathComponent
        descriptor = socket
        server = (socket, current)
        if let draftsFolder {
            inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            // Drafts are heard where the folder can be watched; the store is heard regardless.
            if inotify >= 0 {
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                storeWatch = inotify_add_watch(inotify, folder, Self.folderEvents)
                _ = watchDrafts(draftsFolder)
            }
        }
    }
    #endif

    deinit {
        // A server's socket is its connection's, not this signal's.
        if inotify >= 0 { close(inotify) }
    }

    /// Every descriptor to wait on: the inotify instance, and a server store's socket.
    public var descriptors: [Int32] {
        server == nil ? [descriptor] : [descriptor] + (inotify >= 0 ? [inotify] : [])
    }

    #if os(Linux)
    /// Everything a commit, a checkpoint, a restore or a permission change does to a file in a
    /// folder, and the folder itself going away. Reads and opens are left out: a reader causes none.
    private static let folderEvents = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Adds the drafts folder's watch; true when it is watched, or does not exist yet (its
    /// creation is then seen in the store's folder). False when the kernel refused.
    private func watchDrafts(_ path: String) -> Bool {
        let watch = inotify_add_watch(inotify, path, Self.folderEvents)
        if watch >= 0 {
            draftsWatch = watch
            return true
        }
        return errno == ENOENT
    }
    #endif

    /// Reads every event waiting, without blocking, and says what they were about; empty when
    /// none concerned the store or its drafts.
    public func drain() -> Changes {
        #if os(Linux)
        var changes: Changes = []
        if let server {
            // The connection moved to another socket (it reconnected), or lost its own.
            guard server.current() == server.socket else { return [.lost, .store, .drafts] }
            var ready = pollfd(fd: server.socket, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 0) > 0 { changes.insert(.store) }
            guard inotify >= 0 else { return changes }
        }
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(inotify, buffer, size)
            if count <= 0 {
                // EAGAIN: drained. Anything else would fail again: stop listening and poll.
                if count < 0 && errno != EAGAIN && errno != EINTR { changes.insert(.lost) }
                if count < 0 && errno == EINTR { continue }
                break
            }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                changes.formUnion(classify(event, name: name))
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        return changes
        #else
        return []
        #endif
    }

    #if os(Linux)
    private func classify(_ event: inotify_event, name: String) -> Changes {
        let mask = event.mask
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return [.lost, .store, .drafts] }
        // The folder itself removed, moved or unmounted: its watch is gone for good.
        if mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT) != 0 {
            if event.wd == draftsWatch && mask & UInt32(IN_IGNORED) != 0 {
                // A drafts folder removed is made again at the next save; its creation is seen.
                draftsWatch = -1
                return [.drafts]
            }
            return event.wd == storeWatch ? [.lost, .store, .drafts] : [.drafts]
        }
        if event.wd == draftsWatch {
            return name.hasSuffix(".notice") || name.hasSuffix(".json") ? [.drafts] : []
        }
        if names.contains(name) { return [.store] }
        if let draftsName, name == draftsName {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !watchDrafts(folder + "/" + name) { return [.lost, .drafts] }
            return [.drafts]
        }
        return []
    }
    #endif
}
