@preconcurrency import CNcursesw
import Foundation

/// The real terminal, through ncursesw: the one owner of curses in the process.
///
/// Create it, hand it to an `EventLoop`, and call `restore()` when done (the loop's `run`
/// helpers do this on every path). Input is waited for in `poll()`, so an idle screen costs no CPU.
public final class NcursesTerminal: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let signalFD: Int32
    private let pairs: ColorPairs
    private var previous: CellGrid?
    private var restored = false
    private var emptyReads = 0
    private var cursorShown = false
    private var decoder = InputDecoder()
    /// Asks the terminal to mark pasted text (bracketed paste), and to stop asking.
    private static let bracketedPasteOn = "\u{1B}[?2004h", bracketedPasteOff = "\u{1B}[?2004l"
    public private(set) var size: Size
    public let colorDepth: ColorDepth
    /// The clock deadlines are measured by: the event loop's, so a deadline a screen computed
    /// from a test's fixed "now" is waited for as long as it means, not years.
    private let time: TimeSource

    /// Takes over the terminal on stdin/stdout.
    /// - Throws: `TerminalError` before anything is drawn when stdin or stdout is not a terminal,
    ///   TERM is unset or unknown, or no UTF-8 locale exists.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, time: TimeSource = SystemTime()) throws {
        self.time = time
        let term = try Self.checkUsable(environment: environment)
        try Self.ensureUTF8Locale()
        liaison_save_crash_modes()
        // Esc alone is a key here; ncurses' default one-second wait for a sequence feels broken.
        setenv("ESCDELAY", "25", 0)
        let pipeFD = liaison_install_signal_pipe()
        guard pipeFD >= 0 else { throw TerminalError.setupFailed("no signal pipe") }
        guard let screen = liaison_newterm(term) else {
            liaison_restore_signals()
            close(pipeFD)
            throw TerminalError.unknownTerminalType(term)
        }
        guard liaison_can_address_cursor() != 0, let window = liaison_stdscr() else {
            endwin()
            delscreen(screen)
            liaison_restore_signals()
            close(pipeFD)
            throw TerminalError.cannotAddressCursor(term)
        }
        self.screen = screen
        self.window = window
        self.signalFD = pipeFD
        cbreak()  // keys arrive at once; Ctrl-C still raises SIGINT, which restores and exits
        Self.turnOffFlowControl()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        liaison_set_escdelay(25)
        curs_set(0)
        Self.send(Self.bracketedPasteOn)
        // COLORS is only known after start_color(), which NO_COLOR must prevent altogether.
        var colors = 0
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColor, has_colors(), start_color() != ERR {
            use_default_colors()
            colors = Int(liaison_colors())
        }
        var depth = ColorDepth.detect(environment: environment, terminfoColors: colors)
        let direct = colors >= 0x1000000
        if depth == .trueColor && !direct {
            // 24-bit wanted but ncurses cannot address it on this terminfo entry: use the cube.
            depth = colors >= 256 ? .indexed256 : ColorDepth.detect(environment: [:], terminfoColors: colors)
        }
        colorDepth = depth
        pairs = ColorPairs(limit: liaison_color_pairs(), direct: direct)
        size = Size(width: Int(liaison_getmaxx(window)), height: Int(liaison_getmaxy(window)))
        liaison_install_crash_handlers()
    }

    /// Whether this process can take over a terminal, checked without starting curses or
    /// writing a byte, so a program can refuse before it opens or creates anything.
    /// - Returns: the terminal type from TERM.
    /// - Throws: `TerminalError` when stdin or stdout is not a terminal, or TERM is unset,
    ///   unknown, or names a terminal that cannot place the cursor.
    @discardableResult
    public static func checkUsable(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard output") }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.terminalTypeUnset }
        switch liaison_terminal_type_usable(term) {
        case 1: return term
        case 0: throw TerminalError.unknownTerminalType(term)
        default: throw TerminalError.cannotAddressCursor(term)
        }
    }

    deinit { restore() }

    /// Ctrl-S and Ctrl-Q are keys for screens (Ctrl-S saves a form), not the terminal's pause
    /// and resume: with flow control on, Ctrl-S never arrives and the screen looks frozen.
    /// `def_prog_mode` records the change so ncurses keeps it; `endwin` restores the shell's modes.
    private static func turnOffFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        if tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0 { def_prog_mode() }
    }

    /// Gives the terminal back as it was: cursor shown, modes reset, alternate screen left.
    /// Safe to call more than once.
    public func restore() {
        guard !restored else { return }
        restored = true
        curs_set(1)
        endwin()
        Self.send(Self.bracketedPasteOff)
        liaison_remove_crash_handlers()
        delscreen(screen)
        liaison_restore_signals()
        close(signalFD)
    }

    public func invalidate() {
        previous = nil
        clearok(window, true)
    }

    public func nextEvents(until deadline: Date?, watching descriptors: [Int32]) -> [TerminalEvent] {
        var timeout: Int32 = -1
        if let deadline {
            let ms = deadline.timeIntervalSince(time.now) * 1000
            timeout = Int32(max(0, min(ms.rounded(.up), Double(Int32.max))))
        }
        var readable = [Int32](repeating: 0, count: descriptors.count)
        let ready = descriptors.withUnsafeBufferPointer { watched in
            readable.withUnsafeMutableBufferPointer { marks in
                liaison_wait(STDIN_FILENO, signalFD, watched.baseAddress, Int32(watched.count), marks.baseAddress, timeout)
            }
        }
        var events: [TerminalEvent] = []
        if ready & 2 != 0 { events += readSignals() }
        if ready & 1 != 0 || ready & 4 != 0 {
            let (keys, bytes) = readKeys()
            events += keys
            // Readable but nothing to read, again and again: the terminal has gone away. Counted
            // in bytes, not keys: half a character, or the middle of a paste, makes no key yet.
            emptyReads = bytes == 0 ? emptyReads + 1 : 0
            if ready & 4 != 0 && bytes == 0 || emptyReads >= 3 { events.append(.inputClosed) }
        }
        if ready & 8 != 0 {
            events += zip(descriptors, readable).filter { $0.1 != 0 }.map { .readable($0.0) }
        }
        return events
    }

    /// Writes control text straight to the terminal, outside curses' own output.
    private static func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    private func readSignals() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        while case let signo = liaison_read_signal(signalFD), signo != 0 {
            if signo == SIGWINCH {
                var rows: Int32 = 0, cols: Int32 = 0
                if liaison_window_size(STDOUT_FILENO, &rows, &cols) == 0 {
                    resizeterm(rows, cols)
                    size = Size(width: Int(cols), height: Int(rows))
                    invalidate()
                    if !events.contains(.resized(size)) { events.append(.resized(size)) }
                }
            } else {
                events.append(.signal(signo))
            }
        }
        return events
    }

    /// Drains everything ncurses has buffered (poll() cannot see bytes ncurses already read),
    /// through the decoder; returns the keys and how many bytes and codes were read.
    private func readKeys() -> ([TerminalEvent], Int) {
        var keys: [Key] = []
        var count = 0
        let keyMin = liaison_key_min()
        while true {
            let code = liaison_getch(window)
            if code == ERR { break }
            count += 1
            keys += code >= keyMin ? decoder.feed(keyCode: Int(code)) : decoder.feed(byte: UInt8(truncatingIfNeeded: code))
        }
        keys += decoder.flush()
        // Resizes are taken from SIGWINCH, which also tells the size; ignore the echo.
        return (keys.filter { $0 != .resize }.map { .key($0) }, count)
    }

    public func present(_ grid: CellGrid) {
        if grid.size != size { previous = nil }
        for (x, y) in grid.changes(since: previous) {
            let cell = grid[x, y]
            if cell.isContinuation { continue }
            put(cell, x: x, y: y)
        }
        previous = grid
        placeCursor(grid.cursor)
        wrefresh(window)
    }

    /// Shows the terminal's cursor where the focused input is, or hides it when nothing is typed.
    private func placeCursor(_ position: Position?) {
        guard let position, position.x >= 0, position.y >= 0, position.x < size.width, position.y < size.height else {
            if cursorShown { curs_set(0); cursorShown = false }
            return
        }
        wmove(window, Int32(position.y), Int32(position.x))
        if !cursorShown { curs_set(1); cursorShown = true }
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = cell.style
        var attrs = liaison_attr_normal()
        if style.attributes.contains(.bold) { attrs |= liaison_attr_bold() }
        if style.attributes.contains(.dim) { attrs |= liaison_attr_dim() }
        if style.attributes.contains(.reverse) { attrs |= liaison_attr_reverse() }
        if style.attributes.contains(.underline) { attrs |= liaison_attr_underline() }
        let pair = colorDepth == .none ? 0 : pairs.pair(for: style)
        var rest = cell.text.unicodeScalars.makeIterator()
        let base = Int32(bitPattern: rest.next()?.value ?? 32)
        // ncurses measures with the C library's wcwidth and accepts only a spacing character
        // followed by combining marks. Anything else (ZWJ sequences, emoji variation selectors,
        // flags) is drawn as its first character, padded to our width, so columns stay aligned.
        let baseWidth = Int(liaison_wcwidth(base))
        if baseWidth == cell.width {
            // Nearly every cell is one character, drawn without building an array for it; only
            // a cluster of several is gathered, to try it whole when the rest are combining marks.
            if rest.next() != nil {
                let scalars = Array(cell.text.unicodeScalars)
                if scalars.dropFirst().allSatisfy(Self.isCombiningMark),
                   draw(scalars.map { Int32(bitPattern: $0.value) }, x: x, y: y, attrs: attrs, pair: pair) {
                    return
                }
            }
            if draw(base, x: x, y: y, attrs: attrs, pair: pair) { return }
        }
        let filler: Int32 = baseWidth == 1 ? base : 0x3F  // "?" for what the terminal cannot show
        _ = draw(filler, x: x, y: y, attrs: attrs, pair: pair)
        for extra in stride(from: 1, to: cell.width, by: 1) { _ = draw(32, x: x + extra, y: y, attrs: attrs, pair: pair) }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private func draw(_ text: [Int32], x: Int, y: Int, attrs: attr_t, pair: Int32) -> Bool {
        var wide = text.map { wchar_t($0) } + [0]
        return liaison_put_cluster(window, Int32(y), Int32(x), &wide, attrs, pair) != ERR
    }

    /// One character, from a terminated pair of wide characters on the stack.
    private func draw(_ character: Int32, x: Int, y: Int, attrs: attr_t, pair: Int32) -> Bool {
        var wide: (wchar_t, wchar_t) = (wchar_t(character), 0)
        return withUnsafePointer(to: &wide) { pointer in
            pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { liaison_put_cluster(window, Int32(y), Int32(x), $0, attrs, pair) != ERR }
        }
    }

    /// Uses the user's locale when it is UTF-8, otherwise C.UTF-8: wide characters need it.
    static func ensureUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if liaison_locale_is_utf8() != 0 { return }
        if setlocale(LC_ALL, "C.UTF-8") != nil, liaison_locale_is_utf8() != 0 { return }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, liaison_locale_is_utf8() != 0 { return }
        throw TerminalError.noUTF8Locale
    }
}
