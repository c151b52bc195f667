/// libFuzzer harness: the terminal's bytes through `InputDecoder`, split into reads as the
/// first byte says. Traps when a property breaks: more keys than bytes, or a paste left open
/// that no paste marker opened.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let input = Array(UnsafeRawBufferPointer(start: start, count: count))
    let readSize = Int(input[0] % 64) + 1
    let bytes = Array(input.dropFirst())
    var decoder = InputDecoder()
    var keys: [Key] = []
    var at = 0
    while at < bytes.count {
        var end = min(bytes.count, at + readSize)
        while end < bytes.count, bytes[end - 1] == 0x1B { end += 1 }  // ncurses' ESCDELAY
        for byte in bytes[at..<end] { keys += decoder.feed(byte: byte) }
        if bytes[at] == 0xFF { keys += decoder.feed(keyCode: KeyDecoder.Code.up) }
        keys += decoder.flush()
        at = end
    }
    precondition(keys.count <= bytes.count + bytes.count / max(1, readSize) + 1, "more keys than input")
    let marker = Array("\u{1B}[200~".utf8)
    let opened = bytes.count >= marker.count && (0...(bytes.count - marker.count)).contains { Array(bytes[$0..<($0 + marker.count)]) == marker }
    precondition(opened || !decoder.isPasting, "a paste was left open without a marker")
    for case .character(let c) in keys { precondition(!c.unicodeScalars.isEmpty) }
    return 0
}
