import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The settings file beside a store, read so that an editor saving it at that moment is waited
/// for rather than mistaken for the file's real content.
///
/// The file is the service's policy and is edited by hand, and editors save in two ways that a
/// plain read can catch halfway:
/// - in place (nano, VS Code, vim on a file it cannot rename): the file is emptied, then written,
///   so for a moment it is empty or half of its JSON;
/// - by renaming the old file away first (vim's and Emacs's default `name~` backup, JetBrains'
///   `name___jb_old___`): for a moment there is no file at all.
/// Taking the first for a broken file refused a colleague's save; taking the second for "no
/// settings" silently read a month-first service's `4/3` (3 April) as 4 March and gave the
/// standard escalation timescales. Liaison's own saves (`PrivateFile`) rename a complete
/// file over the old one and are never seen halfway.
///
/// So: an empty or unparsable file is read again a few times before it is refused, and a
/// missing file beside something that looks like an editor's copy of it is waited for, and
/// refused with that copy named if it does not come back. Only a missing file with nothing of
/// the kind beside it means "this service keeps the standard settings", at no cost.
struct SettingsFile {
    let path: String
    var patience: Patience = .editorSave

    /// What one look at the path found.
    enum Look {
        case absent
        case content(Data)
    }

    /// The settings as the file says them, or nil when the service has no settings file.
    func read<Settings>(decoding decode: (Data) throws -> Settings) throws -> Settings? {
        var remaining = patience.pauses[...]
        while true {
            // Every way through the switch that neither returns nor throws waits and looks again.
            switch try look() {
            case .absent:
                let traces = editorTraces()
                if traces.isEmpty { return nil }
                guard remaining.isEmpty else { break }
                throw StoreError(
                    "The settings file \(path) is missing, but \(traces.joined(separator: ", ")) beside it looks like an editor's copy of it, so Liaison will not guess that the standard settings are meant. Finish saving the settings, or move \(traces.count == 1 ? "that copy" : "those copies") away to use the standard settings.")
            case .content(let data):
                do {
                    return try decode(data)
                } catch let error as DecodingError where Self.isHalfWritten(error) && !remaining.isEmpty {
                    // Caught halfway through a save, as it seems: wait, and read it again.
                }
            }
            patience.pause(remaining.removeFirst())
        }
    }

    /// One read of the whole file through one descriptor: no gap between "is it there" and
    /// "what does it hold" for a save to fall into.
    func look() throws -> Look {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return .absent }
            if code == EACCES {
                throw StoreError("The settings file \(path) cannot be read: you do not have permission. In a team's folder its owner makes it readable by the group with: chmod 640 \(path)")
            }
            throw StoreError("The settings file \(path) cannot be read: \(String(cString: strerror(code))).")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            return .content(try handle.readToEnd() ?? Data())
        } catch {
            throw StoreError("The settings file \(path) cannot be read: \(error.localizedDescription)")
        }
    }

    /// Whether decoding failed as on a file caught between an editor's emptying and its last
    /// write: not JSON at all (an empty or blank file is not JSON either). Well-formed JSON with
    /// a wrong value is a real mistake, said at once.
    static func isHalfWritten(_ error: DecodingError) -> Bool {
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty { return true }
        return false
    }

    /// Names in the settings file's folder that start with its name and go on: `name~` (vim's and
    /// Emacs's backup), `name___jb_old___`, `name.bak`. While the file is missing, one of these
    /// means it is being saved, or was moved aside. An editor's swap or lock file (`.name.swp`,
    /// `.#name`) is not one: it is there while a new file is still being written for the first
    /// time, when the service has no settings yet and must not be stopped.
    func editorTraces() -> [String] {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        // readdir, not FileManager: a service without settings pays this on every command.
        return PrivateFolder.names(at: url.deletingLastPathComponent().path, startingWith: name).sorted()
    }
}
