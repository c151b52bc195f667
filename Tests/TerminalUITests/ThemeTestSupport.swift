import Foundation
@testable import TerminalUI

/// The package's shipped `Themes/` folder, found from this source file.
let shippedThemesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes").path

let shippedThemeNames = ["ansi16", "default", "high-contrast", "light", "mono"]

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-theme-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `relative` (creating folders) and returns the file's full path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A complete theme file in which every role has `value`.
func themeText(name: String? = nil, every value: String = "fg=red") -> String {
    var text = name.map { "name = \"\($0)\"\n" } ?? ""
    text += "[styles]\n"
    for role in StyleRole.allCases { text += "\(role.themeKey) = \"\(value)\"\n" }
    return text
}

extension ProgramIdentity {
    /// The app these tests were first written for; `ProgramIdentityTests` uses another.
    static let liaison = ProgramIdentity(name: "Liaison", executable: "liaison", listThemesCommand: "liaison themes")
}
