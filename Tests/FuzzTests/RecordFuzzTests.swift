import Foundation
import LiaisonTestSupport
import PropertyBased
import Testing
@testable import LiaisonCore
@testable import TerminalUI

/// Readers of what people and files hand Liaison: dates, theme files, exports.
@Suite struct RecordFuzzTests {
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// A date typed as `yyyy-MM-dd` is taken exactly when it exists, never rolled into the next
    /// month; anything else typed is refused with a field-named message.
    @Test func typedDatesExistOrAreRefused() async {
        let parts = zip(Gen.int(in: 1900...2100), Gen.int(in: 0...13), Gen.int(in: 0...32), Gen.int(in: 0...25), Gen.int(in: 0...61))
        await fuzzCheck(input: parts) { year, month, day, hour, minute in
            let dayText = String(format: "%04d-%02d-%02d", year, month, day)
            let text = dayText + String(format: " %02d:%02d", hour, minute)
            let real = DateInput.isRealDay(year: year, month: month, day: day) && hour < 24 && minute < 60
            do {
                let date = try DateInput.parse(text, field: "date", now: Fixture.start, calendar: Self.utc, precision: .moment)
                #expect(real, "\(text) was taken")
                #expect(DateInput.dayKey(date, calendar: Self.utc) == dayText)
            } catch let error as FieldError {
                #expect(!real, "\(text) was refused: \(error)")
                #expect(error.field == "date")
            }
            let iso = dayText + String(format: "T%02d:%02d:00Z", hour, minute)
            if let date = StrictDate.parse(iso) {
                #expect(real)
                let formatter = ISO8601DateFormatter()
                #expect(formatter.string(from: date) == iso)
            } else {
                #expect(!real, "\(iso) was refused")
            }
        }
    }

    /// Anything typed where a date or time goes gives a date or a field-named refusal.
    @Test func anyTextWhereADateGoesIsReadOrRefused() async {
        let now = Date(timeIntervalSince1970: 1_795_600_800)
        await fuzzCheck(input: FuzzInputs.text) { text in
            for parse in [{ try DateInput.parse(text, field: "when", now: Fixture.start, calendar: Self.utc, precision: .moment) },
                          { try WhenInput.parse(text, field: "when", now: now, calendar: Self.utc) }] {
                do { _ = try parse() } catch let error as FieldError { #expect(error.field == "when") } catch {
                    Issue.record("not a FieldError: \(type(of: error))")
                }
            }
        }
    }

    /// A theme file of anything parses to a theme or to diagnostics that name line and key.
    @Test func anyThemeFileParsesOrIsDiagnosed() async {
        let lines = [
            "[styles]\n", "[theme]\n", "[", "]", "name = Fuzz\n", "title = bold red on #112233\n", "text = \n", "selected = reverse\n",
            "= x\n", "# comment\n", "title-focused = #zzzzzz\n", "muted = dim 999\n", "\n", "=", "#", "on", "bright-", "\u{FEFF}",
        ]
        let piece = Generator<String, Shrink.None<String>>(run: { rng in
            Int.random(in: 0..<3, using: &rng) == 0 ? FuzzInputs.pieces.randomElement(using: &rng)! : lines.randomElement(using: &rng)!
        })
        await fuzzCheck(input: piece.array(of: 0...40)) { pieces in
            let text = pieces.joined()
            do {
                _ = try ThemeParser(file: "fuzz.theme", fallbackName: "fuzz").parse(text)
            } catch let error as ThemeFileError {
                #expect(!error.diagnostics.isEmpty)
                #expect(!error.description.isEmpty)
            } catch {
                Issue.record("not a ThemeFileError: \(type(of: error))")
            }
        }
    }

    /// A real export, to be mangled.
    static let export: JSONValue = {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_795_600_800))
        let store = try! Store.inMemory(clock: clock, calendar: utc)
        try! store.fillWithDemo(seed: 3)
        var doc = try! store.exportDocument()
        // A few of each kind keep every case quick.
        doc.people = Array(doc.people.prefix(4)); doc.partners = Array(doc.partners.prefix(4))
        doc.contacts = Array(doc.contacts.prefix(6)); doc.tasks = Array(doc.tasks.prefix(3))
        doc.escalations = Array(doc.escalations.prefix(3)); doc.agreements = Array(doc.agreements.prefix(2))
        doc.dayReviews = Array(doc.dayReviews.prefix(2)); doc.history = Array(doc.history.prefix(4))
        return try! JSONDecoder().decode(JSONValue.self, from: doc.json())
    }()

    /// An export with values swapped for hostile text, numbers, nulls and lists, keys removed,
    /// or its bytes cut short: imported whole, or refused whole with plain-words problems and
    /// nothing written. Never a trap, never a Swift error description.
    @Test func aMangledExportIsImportedOrRefusedWhole() async {
        let mutation = zip(Gen.int(in: 0...10_000).array(of: 1...4), FuzzInputs.text, Gen.int(in: 0...5))
        await fuzzCheck(count: max(50, FuzzInputs.count / 3), input: mutation) { picks, text, cut in
            var value = Self.export
            for pick in picks { value = value.mutated(pick: pick, text: text) }
            var data = try JSONEncoder().encode(value)
            if cut == 0 { data = data.prefix(data.count * (picks[0] % 100) / 100) }
            let store = try Fixture().store
            do {
                try store.importJSON(data)
                #expect(try StoreCheck.check(inMemoryOf: store).isHealthy)
            } catch let refusal as ImportRefusal {
                #expect(store.people.isEmpty && store.partners.isEmpty)
                #expect(!refusal.problems.isEmpty)
                for problem in refusal.problems.map(\.description) {
                    #expect(!problem.unicodeScalars.contains(where: InertText.isActive))
                    #expect(!problem.contains("DecodingError") && !problem.contains("Swift.") && !problem.contains("CodingKeys"), "\(problem)")
                }
            } catch let error as FieldError {
                #expect(store.people.isEmpty, "\(error)")
            } catch {
                Issue.record("an import failed with \(type(of: error)) instead of a refusal")
            }
            // Read as it comes, in pieces of one to seven bytes, the file gives the same outcome.
            let size = picks[0] % 7 + 1
            #expect(Self.outcome(of: ByteSource(data, size: size)) == Self.outcome(of: ByteSource(data)), "pieces of \(size)")
        }
    }

    /// What importing `source` into a new store comes to, in words to compare.
    static func outcome(of source: ByteSource) -> String {
        do {
            let store = try Fixture().store
            try store.importJSON(from: source)
            return "imported " + String(decoding: try store.exportJSON(), as: UTF8.self)
        } catch let refusal as ImportRefusal {
            return "refused " + refusal.lines.joined(separator: "\n")
        } catch {
            return "failed \(error)"
        }
    }
}

extension JSONValue {
    /// This value with one place in it changed: `pick` chooses the place and the change.
    func mutated(pick: Int, text: String) -> JSONValue {
        var places = 0
        func count(_ v: JSONValue) {
            places += 1
            switch v {
            case .array(let items): items.forEach(count)
            case .object(let fields): fields.values.forEach(count)
            default: break
            }
        }
        count(self)
        var target = pick % max(places, 1)
        func walk(_ v: JSONValue) -> JSONValue {
            if target == 0 {
                target -= 1
                switch pick % 7 {
                case 0: return .string(text)
                case 1: return .null
                case 2: return .int(pick - 5_000)
                case 3: return .array([])
                case 4: return .string("2026-02-30T10:00:00Z")
                case 5: if case .object(let fields) = v, let key = fields.keys.sorted().first {
                        var fewer = fields
                        fewer[key] = nil
                        return .object(fewer)
                    }
                    return .bool(true)
                default: if case .array(let items) = v, let first = items.first { return .array(items + [first]) }  // a duplicate
                    return .double(1e308)
                }
            }
            target -= 1
            switch v {
            case .array(let items): return .array(items.map(walk))
            case .object(let fields): return .object(fields.keys.sorted().reduce(into: [:]) { $0[$1] = walk(fields[$1]!) })
            default: return v
            }
        }
        return walk(self)
    }
}

extension StoreCheck {
    /// `check` of an in-memory store, for properties that import into one.
    static func check(inMemoryOf store: Store) throws -> Report {
        try store.database.read { db in try check(db) }
    }
}
