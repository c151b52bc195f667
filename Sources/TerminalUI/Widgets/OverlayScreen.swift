import Foundation

/// An `Overlay` presented as a screen of its own, over whatever is drawn beneath: help that
/// scrolls, or a yes/no question whose yes runs `onConfirm`. It quits once answered or closed,
/// so the screen that presented it needs no flag of its own for it.
public final class OverlayScreen: Screen {
    public private(set) var overlay: Overlay
    public let minimumSize: Size
    private let onConfirm: () -> Void

    public init(_ overlay: Overlay, minimumSize: Size, onConfirm: @escaping () -> Void = {}) {
        self.overlay = overlay
        self.minimumSize = minimumSize
        self.onConfirm = onConfirm
    }

    public func handle(_ key: Key) -> ScreenResponse {
        // A long message scrolls; every other key may answer or close it.
        if overlay.kind == .message, overlay.scroll(key) { return .handled }
        switch overlay.handle(key) {
        case .stillOpen: return .handled
        case .confirmed:
            onConfirm()
            return .quit
        case .closed, .declined: return .quit
        }
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        overlay.draw(in: grid.bounds, grid: &grid, theme: theme)
    }
}
