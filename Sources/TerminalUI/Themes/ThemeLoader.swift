import Foundation

/// Reads and parses one theme file from disk.
enum ThemeLoader {
    /// The file's theme, or every problem with it. Roles it leaves out are *not* filled in here,
    /// so callers can tell an incomplete theme from a complete one.
    static func load(path: String) -> Result<ThemeFile, ThemeFileError> {
        let url = URL(fileURLWithPath: path)
        let data: Data
        switch read(path) {
        case .success(let bytes): data = bytes
        case .failure(let problem):
            return .failure(ThemeFileError([ThemeDiagnostic(kind: .unreadable, file: path, message: problem.message)]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeFileError([ThemeDiagnostic(
                kind: .unreadable, file: path, message: "is not UTF-8 text")]))
        }
        return parse(text, file: path, fallbackName: url.deletingPathExtension().lastPathComponent)
    }

    /// Theme text already in hand (a theme compiled into the program), parsed as a file would be;
    /// `file` names it in diagnostics.
    static func parse(_ text: String, file: String, fallbackName: String) -> Result<ThemeFile, ThemeFileError> {
        do {
            return .success(try ThemeParser(file: file, fallbackName: fallbackName).parse(text))
        } catch {
            return .failure(error)
        }
    }

    /// The theme with every role it leaves out taken from `Theme.default`, and a diagnostic
    /// naming those roles (a theme written for an older version keeps working).
    static func completed(_ file: ThemeFile, path: String) -> (Theme, [ThemeDiagnostic]) {
        guard !file.missingRoles.isEmpty else { return (file.theme, []) }
        var theme = file.theme
        for role in file.missingRoles { theme.styles[role] = Theme.default[role] }
        let names = file.missingRoles.map(\.themeKey).joined(separator: ", ")
        let diagnostic = ThemeDiagnostic(
            kind: .missingRoles, file: path,
            message: "sets no style for \(names); those are drawn as in the default theme")
        return (theme, [diagnostic])
    }

    /// Theme files are small text files; anything else named as one is refused rather than read.
    static let sizeLimit = 64 * 1024

    struct Unreadable: Error { let message: String }

    /// The file's bytes, read only if it is a regular file of sensible size: `--theme /dev/zero`
    /// would otherwise fill memory, and a FIFO would wait for ever before the screen appears.
    static func read(_ path: String) -> Result<Data, Unreadable> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(Unreadable(message: exists ? "cannot be read (check its permissions)" : "does not exist"))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .failure(Unreadable(message: "is not a plain file"))
        }
        guard info.st_size <= sizeLimit else {
            return .failure(Unreadable(message: "is larger than \(sizeLimit / 1024) KB, too large to be a theme"))
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 8192)
        while data.count <= sizeLimit {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return .failure(Unreadable(message: "cannot be read (check its permissions)")) }
            if n == 0 { return .success(data) }
            data.append(contentsOf: buffer[0..<n])
        }
        return .failure(Unreadable(message: "is larger than \(sizeLimit / 1024) KB, too large to be a theme"))
    }
}
