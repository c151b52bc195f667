import Foundation
import PropertyBased
import Testing
@testable import TerminalUI

/// The key decoder, under whatever bytes a terminal (or a hostile paste) can send.
@Suite struct InputFuzzTests {
    /// Any bytes, split into reads anywhere: keys come out, the decoder never traps, and only a
    /// paste begun and not ended can still be waiting.
    @Test func anyBytesInAnyReadsDecodeToKeys() async {
        await fuzzCheck(input: FuzzInputs.bytes, Gen.int(in: 1...64)) { bytes, readSize in
            var decoder = InputDecoder()
            var keys: [Key] = []
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + readSize)
                for byte in bytes[start..<end] { keys += decoder.feed(byte: byte) }
                keys += decoder.flush()
                start = end
            }
            let opensPaste = bytes.count >= 6 && (0...(bytes.count - 6)).contains { Array(bytes[$0..<($0 + 6)]) == Array("\u{1B}[200~".utf8) }
            #expect(opensPaste || !decoder.isPasting)
            #expect(keys.count <= bytes.count)
        }
    }

    /// Text without ESC, sent as UTF-8 in one read, comes back as exactly its characters.
    @Test func validUTF8ComesBackAsItsOwnScalars() async {
        await fuzzCheck(input: FuzzInputs.text) { text in
            let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }))
            var decoder = InputDecoder()
            var keys: [Key] = []
            for byte in clean.utf8 { keys += decoder.feed(byte: byte) }
            keys += decoder.flush()
            let expected: [Key] = clean.unicodeScalars.map { KeyDecoder.decode(character: $0.value) }
            #expect(keys == expected)
        }
    }

    /// A paste of any text, in any reads, is one key holding exactly that text.
    @Test func aPasteOfAnyTextIsGivenWhole() async {
        await fuzzCheck(input: FuzzInputs.text, Gen.int(in: 1...50)) { text, readSize in
            guard !text.contains("\u{1B}[201~") else { return }
            let bytes = Array("\u{1B}[200~".utf8) + Array(text.utf8) + Array("\u{1B}[201~".utf8)
            var decoder = InputDecoder()
            var keys: [Key] = []
            var start = 0
            while start < bytes.count {
                // ncurses never ends a read just after an ESC that has more behind it (ESCDELAY).
                var end = min(bytes.count, start + readSize)
                while end < bytes.count, bytes[end - 1] == 0x1B { end += 1 }
                for byte in bytes[start..<end] { keys += decoder.feed(byte: byte) }
                keys += decoder.flush()
                start = end
            }
            #expect(keys == (text.isEmpty ? [] : [.paste(text)]))
        }
    }

    /// Every code `wget_wch`/`wgetch` could return has a key.
    @Test func everyCodeHasAKey() async {
        await fuzzCheck(input: Gen<UInt32>.value(in: 0...0x11_0000), Gen.int(in: -1...0x1000)) { value, code in
            _ = KeyDecoder.decode(character: value)
            _ = KeyDecoder.decode(keyCode: code)
        }
    }

    /// A text field takes any key sequence: its cursor stays inside its text and it never
    /// passes its limit.
    @Test func aTextFieldStaysConsistentUnderAnyKeys() async {
        let editing: [Key] = [.left, .right, .home, .end, .backspace, .delete, .control("u"), .control("k")]
        let key = Generator<Key, Shrink.None<Key>>(run: { rng in
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: .paste(FuzzInputs.pieces.randomElement(using: &rng)!)
            case 1: .character(Character(Unicode.Scalar(UInt32.random(in: 0x20...0x10FFFF, using: &rng)) ?? "?"))
            default: editing.randomElement(using: &rng)!
            }
        })
        let keys = key.array(of: 0...60)
        await fuzzCheck(input: keys, Gen.int(in: 1...40)) { keys, limit in
            var field = TextField(limit: limit)
            for key in keys {
                _ = field.handle(key)
                #expect(field.cursor >= 0 && field.cursor <= field.text.count)
                #expect(field.text.count <= limit)
            }
        }
    }
}
