import Foundation

/// A one-line question typed in the footer row ("Go to date: …"), presented over the screen that
/// asked it: Enter hands the text to `onEnter`, Esc drops it; either way it quits.
public final class PromptScreen: Screen {
    public let label: String
    public private(set) var field = TextField()
    public let minimumSize: Size
    private let inputWidth: Int
    private let onEnter: (String) -> Void

    public init(label: String, inputWidth: Int, minimumSize: Size, onEnter: @escaping (String) -> Void) {
        self.label = label
        self.inputWidth = inputWidth
        self.minimumSize = minimumSize
        self.onEnter = onEnter
    }

    public func handle(_ key: Key) -> ScreenResponse {
        switch key {
        case .escape: return .quit
        case .enter:
            onEnter(field.text)
            return .quit
        default:
            _ = field.handle(key)
            return .handled
        }
    }

    /// Draws over the bottom row only; the screen beneath stays in view.
    public func draw(into grid: inout CellGrid, theme: Theme) {
        let row = Rect(x: 0, y: grid.size.height - 1, width: grid.size.width, height: 1)
        grid.fill(row, style: theme[.footer])
        let used = grid.write(label, x: row.x, y: row.y, width: row.width, style: theme[.footer])
        field.draw(x: row.x + used, y: row.y, width: min(inputWidth, row.width - used), grid: &grid, theme: theme, isFocused: true)
    }
}
