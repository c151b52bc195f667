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
        guard let read = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]),
              let kept = try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) else { return nil }
        return dropped(read, kept, path: "")
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
