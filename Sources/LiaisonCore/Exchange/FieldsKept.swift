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
    /// tokens (never inside a string), and "/" where the body writes "\/". Both write keys in
    /// the same (sorted) order. Any other difference answers false, and the fields are compared.
    static func sameText(_ bytes: [UInt8], _ body: String) -> Bool {
        var kept = body.utf8.makeIterator()
        var inString = false, escaped = false
        var next = kept.next()
        for byte in bytes {
            if !inString, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
            // The body's "\/" is the file's "/".
            if byte == UInt8(ascii: "/"), inString, !escaped, next == UInt8(ascii: "\\") {
                next = kept.next()
                guard next == UInt8(ascii: "/") else { return false }
            }
            guard byte == next else { return false }
            next = kept.next()
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
        }
        return next == nil
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
