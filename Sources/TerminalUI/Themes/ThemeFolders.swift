import Foundation

/// The folders themes are looked up in, first match wins: the user's folder, then the shipped
/// folders. Tests build one from temporary folders; the program uses `standard(program:environment:)`.
public struct ThemeFolders: Sendable, Equatable {
    /// `$XDG_CONFIG_HOME/<executable>/themes`, else `~/.config/<executable>/themes`; `nil` with no home.
    public var user: String?
    /// Shipped theme folders that exist, nearest the executable first.
    public var shipped: [String]

    public init(user: String?, shipped: [String]) {
        self.user = user
        self.shipped = shipped
    }

    /// The user's folder from `environment`, and the shipped folders found from the running
    /// executable (or `executablePath`, for tests).
    public static func standard(
        program: ProgramIdentity, environment: [String: String], executablePath: String? = nil
    ) -> ThemeFolders {
        let executable = executablePath ?? currentExecutablePath()
        return ThemeFolders(
            user: userFolder(program: program, environment: environment),
            shipped: executable.map { shippedFolders(program: program, executablePath: $0) } ?? [])
    }

    /// The XDG base-directory rule: a relative or empty `XDG_CONFIG_HOME` is ignored.
    static func userFolder(program: ProgramIdentity, environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/\(program.executable)/themes"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/\(program.executable)/themes"
    }

    /// `<exe dir>/Themes` (a copied build), `<exe dir>/../share/<executable>/themes` (an install),
    /// then the `Themes` folder of the package the binary was built in (`.build/debug/<executable>`
    /// sits three folders below the package root), so `swift run` and the tests find it.
    static func shippedFolders(program: ProgramIdentity, executablePath: String) -> [String] {
        let directory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        var candidates = [
            directory.appendingPathComponent("Themes"),
            directory.appendingPathComponent("../share/\(program.executable)/themes"),
        ]
        var ancestor = directory
        while ancestor.path != "/" && !ancestor.path.isEmpty {
            let manifest = ancestor.appendingPathComponent("Package.swift").path
            if FileManager.default.fileExists(atPath: manifest) {
                candidates.append(ancestor.appendingPathComponent("Themes"))
                break
            }
            ancestor = ancestor.deletingLastPathComponent()
        }
        var seen: Set<String> = []
        return candidates.map { $0.standardizedFileURL.path }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                && isDirectory.boolValue && seen.insert(path).inserted
        }
    }

    /// The real file of the running program, through any symlink it was started by, so an
    /// installed `/usr/local/bin` link still finds the themes beside its target.
    static func currentExecutablePath() -> String? {
        if let linked = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return linked
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }
}
