import Foundation

/// Whether a record read from an export keeps everything the file says of it. Decoding takes
/// the fields it knows and passes over the rest, so a field spelt otherwise by hand ("Advice"
/// for "advice") or from another program would vanish on import without a word.
enum FieldsKept {
    /// The path of the first field of `bytes` (a record as the file holds it) with something in
    /// it that `body` (the record as the store will keep it) does not hold, e.g. "Advice" or
    /// "confirmation.recievedAt"; nil when nothing is dropped. Null and empty values hold nothing
    /// to lose, and the store's coding leaves some of them out.
    static func firstDropped(from bytes: [UInt8], keptAs body: String) -> String? {
        // An export Liaison wrote is the body itself, laid out: nothing can be dropped, and
        // telling so by the bytes keeps two more parses per record off an import.
        if sameText(bytes, body) { return nil }
        guard let read = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]),
              let kept = try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) else { return nil }
        return dropped(read, kept, path: "")
    }

    /// Whether `bytes` are `body` with only layout added: spaces and line breaks between
    /// tokens (never inside a string), "/" where the body writes "\/", and a moment written
    /// as the export writes it ("2026-09-21T13:56:45Z") where the body keeps its seconds
    /// (1789999005). Both write keys in the same (sorted) order. Any other difference answers
    /// false, and the fields are compared.
    static func sameText(_ bytes: [UInt8], _ body: String) -> Bool {
        let kept = Array(body.utf8)
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
        var i = 0, j = 0
        var inString = false, escaped = false
        while i < bytes.count {
            let byte = bytes[i]
            if !inString {
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { i += 1; continue }
                // A moment: the file's ISO text against the body's number of seconds.
                if byte == quote, j < kept.count, kept[j] == UInt8(ascii: "-") || (0x30...0x39).contains(kept[j]) {
                    guard let close = bytes[(i + 1)...].firstIndex(of: quote),
                          let date = StrictDate.parse(String(decoding: bytes[(i + 1)..<close], as: UTF8.self)) else { return false }
                    var end = j
                    while end < kept.count, kept[end] == UInt8(ascii: "-") || kept[end] == UInt8(ascii: ".") || (0x30...0x39).contains(kept[end]) { end += 1 }
                    guard let seconds = Double(String(decoding: kept[j..<end], as: UTF8.self)), seconds == date.timeIntervalSince1970 else { return false }
                    i = close + 1
                    j = end
                    continue
                }
            }
            // The body's "\/" is the file's "/".
            if byte == slash, inString, !escaped, j + 1 < kept.count, kept[j] == backslash, kept[j + 1] == slash { j += 1 }
            guard j < kept.count, byte == kept[j] else { return false }
            i += 1
            j += 1
            if inString {
                if escaped { escaped = false } else if byte == backslash { escaped = true } else if byte == quote { inString = false }
            } else if byte == quote {
                inString = true
            }
        }
        return j == kept.count
    }

    private static func dropped(_ read: Any, _ kept: Any, path: String) -> String? {
        switch (read, kept) {
        case (let read as [String: Any], let kept as [String: Any]):
            for key in read.keys.sorted() {
                let value = read[key]!
                let here = path.isEmpty ? key : "\(path).\(key)"
                guard let keptValue = kept[key] else {
                    if holdsSomething(value) { return here }
                    continue
                }
                if let found = dropped(value, keptValue, path: here) { return found }
            }
            return nil
        case (let read as [Any], let kept as [Any]):
            for (index, (one, keptOne)) in zip(read, kept).enumerated() {
                if let found = dropped(one, keptOne, path: "\(path)[\(index)]") { return found }
            }
            return nil
        default:
            return nil
        }
    }

    private static func holdsSomething(_ value: Any) -> Bool {
        switch value {
        case is NSNull: false
        case let text as String: !text.isEmpty
        case let list as [Any]: !list.isEmpty
        case let fields as [String: Any]: !fields.isEmpty
        default: true
        }
    }
}
