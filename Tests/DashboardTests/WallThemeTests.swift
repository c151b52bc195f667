import Foundation
import Testing
import TerminalUI
@testable import Dashboard

/// The wall in every theme shipped in `Themes/`: the same words everywhere, because colour is
/// only a second way of saying what the symbols and words already say.
@Suite struct WallThemeTests {
    static let shippedFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes").path

    static var catalog: ThemeCatalog {
        ThemeCatalog(program: .liaison, environment: [:], folders: ThemeFolders(user: nil, shipped: [shippedFolder]))
    }

    @Test func everyShippedThemeIsFound() {
        let names = Self.catalog.list().map(\.name).sorted()
        #expect(names == ["ansi16", "default", "high-contrast", "light", "mono"])
    }

    @Test(arguments: ["ansi16", "default", "high-contrast", "light", "mono"])
    func wallReadsTheSameInTheme(_ name: String) throws {
        let resolution = Self.catalog.resolve(name)
        #expect(resolution.diagnostics.isEmpty, "\(resolution.diagnostics)")
        let theme = resolution.theme
        let fixture = try WallFixture()
        let screen = fixture.screen()
        let plain = WallFixture.render(screen, 80, 24).dump()
        let grid = WallFixture.render(screen, 80, 24, theme: theme)
        #expect(grid.dump() == plain)
        for words in ["▲ OVERDUE", "✓ on track", "3 people need their basis reviewed", "▲ 43 need action now", "● 11 due soon"] {
            #expect(grid.dump().contains(words), "\(words) missing in \(name)")
        }
        // The overdue mark is drawn in the theme's alert style, which differs from plain text
        // even with every colour taken away.
        let overdue = try #require(Self.find("▲ OVERDUE", in: grid))
        #expect(grid[overdue.x, overdue.y].style == theme[.alert])
        #expect(theme[.alert] != theme[.text])
        #expect(theme.degraded(to: .none)[.alert] != theme.degraded(to: .none)[.text])
        let onTrack = try #require(Self.find("✓ on track", in: grid))
        #expect(grid[onTrack.x, onTrack.y].style == theme[.ok])
        #expect(grid[1, 0].style == theme[.banner])
        // A count line has no status word, so its colour carries the level: amber for reviews.
        let reviews = try #require(Self.find("3 people need their basis reviewed", in: grid))
        #expect(grid[reviews.x, reviews.y].style == theme[.warning])
    }

    @Test func everyThemeDrawsTheNoticeToo() throws {
        let fixture = try WallFixture(demo: false)
        for listing in Self.catalog.list() {
            let theme = Self.catalog.resolve(listing.name).theme
            let text = WallFixture.render(fixture.screen(), 80, 24, theme: theme).dump()
            #expect(text.contains("Waiting for the store"), "\(listing.name)")
        }
    }

    /// Where `text` starts on the screen.
    static func find(_ text: String, in grid: CellGrid) -> (x: Int, y: Int)? {
        for y in 0..<grid.size.height {
            let row = grid.row(y)
            guard let range = row.range(of: text) else { continue }
            // Everything before the match on this row is one column per character except wide ones.
            let x = String(row[..<range.lowerBound]).displayWidth
            return (x, y)
        }
        return nil
    }
}
