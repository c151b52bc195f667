import Foundation
import Testing
@testable import LiaisonCore

/// What `StoreFile` calls text when a file that is not a store is opened: text in any script,
/// even with a character cut in two by the 100-byte read; never a store's binary header.
@Suite struct StoreFileTextTests {
    @Test func textInAnyScriptIsText() {
        #expect(StoreFile.looksLikeText(Array("name,room\r\nZoë Adams,4\n\tHarold".utf8)))
        // "王" is three bytes: a read that stops after the first of them is still text.
        let cut = Array("Résidents: 王".utf8).dropLast(2)
        #expect(StoreFile.looksLikeText(Array(cut)))
    }

    @Test func binaryAndEmptyAreNot() {
        #expect(!StoreFile.looksLikeText(Array("SQLite format 3\0".utf8)))
        #expect(!StoreFile.looksLikeText([]))
        #expect(!StoreFile.looksLikeText([0x41, 0x42, 0x1B, 0x43]), "an escape byte is not text")
        #expect(!StoreFile.looksLikeText([0xFF, 0xFE, 0x41, 0x00]))
        #expect(!StoreFile.looksLikeText([0x41, 0xC3, 0x28, 0x41]), "invalid UTF-8 in the middle")
    }
}
