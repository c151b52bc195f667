import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `liaison export --output` may write, decided before a byte is written.
///
/// An export written over the store it came from destroys every record in it, and a dashboard
/// open on that store then saves into a file that is no longer a database. So the store, its
/// `-wal` and `-shm` files, and any other SQLite database are never a target, `--force` or not;
/// an existing file of any other kind is replaced only with `--force`.
public enum ExportTarget {
    /// A refusal naming the `output` field, or nothing when `output` may be written.
    /// - Parameter force: replace an existing file that is neither the store nor a database.
    public static func check(output: String, storePath: String, force: Bool) throws {
        let shown = InertText.visible(output)
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let store = URL(fileURLWithPath: storePath).standardizedFileURL
        let companions = ["", "-wal", "-shm", "-journal"]
        // By name first: the store's journal files may not exist yet, and must not be created.
        let storeNames = Set(companions.map { canonical(store.path + $0) })
        if storeNames.contains(canonical(target.path)) {
            throw FieldError("output", "\(shown) is the store (or one of its journal files); an export never replaces the store")
        }
        for suffix in ["-wal", "-shm", "-journal"] where target.lastPathComponent.hasSuffix(suffix) {
            throw FieldError("output", "\(shown) is named like an SQLite journal file (\(suffix)); choose a name such as export.json")
        }
        var info = stat()
        guard stat(target.path, &info) == 0 else { return }  // a new file: nothing to protect
        // The same file under another name (a hard link, a link to it, a bind mount).
        for suffix in companions {
            var storeInfo = stat()
            if stat(store.path + suffix, &storeInfo) == 0, storeInfo.st_dev == info.st_dev, storeInfo.st_ino == info.st_ino {
                throw FieldError("output", "\(shown) is the store itself under another name; an export never replaces the store")
            }
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw FieldError("output", "\(shown) exists and is not a plain file; choose a file name")
        }
        if isSQLite(target.path) {
            throw FieldError("output", "\(shown) is an SQLite database; an export never replaces one, --force or not")
        }
        guard force else {
            throw FieldError("output", "\(shown) already exists; add --force to replace it, or choose another name")
        }
    }

    /// Whether the file starts with SQLite's header.
    static func isSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head == Data("SQLite format 3\0".utf8)
    }

    /// The path with its folder's links resolved, so `./a/../store.sqlite` and a linked folder
    /// name the same file as the store's own path.
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return url.standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + url.lastPathComponent
    }
}
