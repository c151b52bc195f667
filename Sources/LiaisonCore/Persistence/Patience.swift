import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long to wait for another program to finish writing a file beside the store before giving
/// up: the pauses between looks. A test passes a `pause` that performs the other program's next
/// step instead of sleeping.
struct Patience: Sendable {
    var pauses: [Duration]
    var pause: @Sendable (Duration) -> Void

    /// An editor saving the settings file (`SettingsFile`): about a second in all, enough for
    /// an editor's write and sync of a small file on a slow disk, short enough that a file
    /// someone really broke is refused without a long wait. Only a file caught mid-save, or
    /// broken, pays any of it.
    static let editorSave = Patience(
        pauses: [.milliseconds(10), .milliseconds(20), .milliseconds(40), .milliseconds(80)]
            + Array(repeating: .milliseconds(150), count: 6))

    /// A colleague's command between making its `-wal` and its shared-memory file
    /// (`StoreDatabase.openUnwritable`): about a quarter of a second in all.
    static let sharedMemoryFile = Patience(pauses: (1...7).map { .milliseconds(1 << $0) })

    init(pauses: [Duration], pause: @escaping @Sendable (Duration) -> Void = Patience.sleep) {
        self.pauses = pauses
        self.pause = pause
    }

    /// Sleeps for `duration`, through interruptions by signals.
    static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var left = timespec()
        while nanosleep(&request, &left) != 0 && errno == EINTR { request = left }
    }
}
