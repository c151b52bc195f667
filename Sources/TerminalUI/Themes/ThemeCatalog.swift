import Foundation

/// Chooses the theme to draw with, and lists the themes there are. The dashboard and the wall
/// both call `resolve`, so `--theme`, the folders searched and `NO_COLOR` mean the same in each.
///
/// Lookup order: `--theme PATH` (a value containing `/` or ending in `.toml`); otherwise
/// `NAME.toml` in the user's folder, then in each shipped folder. `NO_COLOR` (set and not
/// empty, see no-color.org) beats all of them. Any failure gives `Theme.default` and a diagnostic.
public struct ThemeCatalog: Sendable {
    public static let defaultName = "default"

    public var environment: [String: String]
    public var folders: ThemeFolders
    /// The program whose themes these are, as the messages name it.
    public var program: ProgramIdentity

    /// A catalog over the given folders; tests pass temporary ones.
    public init(program: ProgramIdentity, environment: [String: String], folders: ThemeFolders) {
        self.program = program
        self.environment = environment
        self.folders = folders
    }

    /// The catalog the program uses: the process environment and the standard folders.
    public init(program: ProgramIdentity, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(program: program, environment: environment, folders: .standard(program: program, environment: environment))
    }

    /// The theme for a `--theme` value (`nil` or empty: the default theme) in `environment`.
    public static func resolve(
        name: String?, program: ProgramIdentity, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ThemeResolution {
        ThemeCatalog(program: program, environment: environment).resolve(name)
    }

    /// Whether `NO_COLOR` asks for no colour at all.
    public var isNoColor: Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The theme for a `--theme` value: a path, a name, or `nil` for the default theme.
    public func resolve(_ request: String?) -> ThemeResolution {
        if isNoColor { return ThemeResolution(theme: .monochrome, source: .noColor) }
        let request = request.flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultName
        if Self.isPath(request) {
            return load(path: expandingHome(request), origin: .path)
        }
        if let found = candidates(named: request).first {
            return load(path: found.path, origin: found.origin)
        }
        // The shipped folder can be missing (a binary copied on its own); the compiled-in default
        // is the same theme, so asking for it by name is not an error.
        if request == Self.defaultName { return ThemeResolution(theme: .default, source: .builtIn) }
        if let text = builtInThemes.first(where: { $0.name == request })?.text {
            return load(text: text, name: request)
        }
        let searched = searchedFolders.map { $0.path }.joined(separator: ", ")
        let diagnostic = ThemeDiagnostic(
            kind: .notFound, file: request,
            message: "no theme of that name (looked in \(searched.isEmpty ? "no folders" : searched));"
                + " run `\(program.listThemesCommand)` to list them")
        return ThemeResolution(theme: .default, source: .builtIn, diagnostics: [diagnostic])
    }

    /// Every `.toml` file in the folders, in lookup order and by name within a folder.
    public func list() -> [ThemeListing] {
        var firstPath: [String: String] = [:]
        var listings: [ThemeListing] = []
        for folder in searchedFolders {
            for path in Self.themeFiles(in: folder.path) {
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                var listing = ThemeListing(
                    name: name, path: path, origin: folder.origin, description: "",
                    isUsable: false, diagnostics: [], shadowedBy: firstPath[name])
                switch ThemeLoader.load(path: path) {
                case .success(let file):
                    listing.description = file.description
                    listing.isUsable = true
                    listing.diagnostics = ThemeLoader.completed(file, path: path).1
                case .failure(let error):
                    listing.diagnostics = error.diagnostics
                }
                if firstPath[name] == nil { firstPath[name] = path }
                listings.append(listing)
            }
        }
        for (name, text) in builtInThemes {
            var listing = ThemeListing(
                name: name, path: builtInPath(name), origin: .builtIn, description: "", isUsable: false,
                diagnostics: [], shadowedBy: firstPath[name])
            switch parse(text: text, name: name) {
            case .success(let file):
                listing.description = file.description
                listing.isUsable = true
            case .failure(let error):
                listing.diagnostics = error.diagnostics
            }
            listings.append(listing)
        }
        return listings
    }

    /// The themes compiled into the program, used when no shipped folder was found (a binary
    /// copied on its own), so it still offers every theme the program ships.
    public var builtInThemes: [(name: String, text: String)] {
        folders.shipped.isEmpty ? BuiltInThemes.files : []
    }

    /// How a compiled-in theme is named where a file would show its path.
    func builtInPath(_ name: String) -> String { "(built into \(program.executable)) \(name).toml" }

    private func parse(text: String, name: String) -> Result<ThemeFile, ThemeFileError> {
        ThemeLoader.parse(text, file: builtInPath(name), fallbackName: name)
    }

    private func load(text: String, name: String) -> ThemeResolution {
        Self.resolution(parse(text: text, name: name), path: builtInPath(name), origin: .builtIn)
    }

    /// The folders searched for a name, in order, with what kind each is.
    public var searchedFolders: [(path: String, origin: ThemeOrigin)] {
        (folders.user.map { [($0, ThemeOrigin.user)] } ?? []) + folders.shipped.map { ($0, .shipped) }
    }

    /// A value is a path when a name could not be: it has a `/` or the `.toml` ending.
    public static func isPath(_ value: String) -> Bool {
        value.contains("/") || value.hasSuffix(".toml")
    }

    private func load(path: String, origin: ThemeOrigin) -> ThemeResolution {
        Self.resolution(ThemeLoader.load(path: path), path: path, origin: origin)
    }

    /// A parsed theme completed with the default's missing roles, or the default and why.
    private static func resolution(
        _ parsed: Result<ThemeFile, ThemeFileError>, path: String, origin: ThemeOrigin
    ) -> ThemeResolution {
        switch parsed {
        case .success(let file):
            let (theme, notes) = ThemeLoader.completed(file, path: path)
            return ThemeResolution(theme: theme, source: .file(path: path, origin: origin), diagnostics: notes)
        case .failure(let error):
            return ThemeResolution(theme: .default, source: .builtIn, diagnostics: error.diagnostics)
        }
    }

    private func candidates(named name: String) -> [(path: String, origin: ThemeOrigin)] {
        searchedFolders.compactMap { folder in
            let path = folder.path + "/" + name + ".toml"
            return FileManager.default.fileExists(atPath: path) ? (path, folder.origin) : nil
        }
    }

    /// `--theme=~/x.toml` reaches us unexpanded: the shell only expands a `~` that starts a word.
    private func expandingHome(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }

    private static func themeFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
            .map { folder + "/" + $0 }
    }
}
