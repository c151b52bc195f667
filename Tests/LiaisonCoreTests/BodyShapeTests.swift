import Foundation
import Testing
@testable import LiaisonCore

/// The export's transcoder writes a body only as its `BodyShape` says, so every shape must say
/// exactly what the record type's `Codable` conformance does. A field added to a record (above
/// all a `Date`, the one number the export rewrites) without a word in `BodyShape+Records.swift`
/// fails here, named.
@Suite struct BodyShapeTests {
    @Test func theSamplesFillEveryOptionalFieldAndEveryList() {
        for sample in RecordSamples.full {
            let gaps = Self.gaps(in: sample.record, at: "$")
            #expect(gaps.isEmpty, "\(sample.section.name): RecordSamples.full leaves \(gaps) empty; fill them, or the checks below miss them")
        }
    }

    @Test func theTranscoderKnowsEveryDateOfEveryRecord() throws {
        for sample in RecordSamples.full {
            let recorded = try LeafRecorder.leaves(of: sample.record)
            let dates = Set(recorded.filter { $0.value == .date }.keys)
            let known = Set(sample.section.shape.leaves().filter { $0.value == .date }.keys)
            #expect(dates.contains("$.audit.createdAt") || dates.contains("$.amendedAt"), "the recorder sees dates at all")
            #expect(dates == known, """
                \(sample.section.name): dates encoded but not listed as .date in BodyShape+Records.swift: \
                \(dates.subtracting(known).sorted()); listed but not encoded: \(known.subtracting(dates).sorted())
                """)
        }
    }

    /// `check` looks at every date a record holds for one no export can carry
    /// (`ExportableMoments.swift`): its list has one moment for each date the body holds.
    @Test func checkKnowsEveryDateOfEveryRecord() throws {
        var kinds = 0
        for sample in RecordSamples.full {
            guard let record = sample.record as? any LiaisonRecord else { continue }
            kinds += 1
            let dates = try LeafRecorder.leaves(of: sample.record).filter { $0.value == .date }
            #expect(record.everyMoment.count == dates.count, """
                \(sample.section.name): the body holds \(dates.count) dates, \(dates.keys.sorted()); everyMoment lists \
                \(record.everyMoment.map(\.field)); add the missing one to ExportableMoments.swift
                """)
        }
        #expect(kinds == RecordKind.allCases.count)
    }

    @Test func theTranscoderKnowsEveryValueOfEveryRecord() throws {
        for sample in RecordSamples.full {
            let recorded = try LeafRecorder.leaves(of: sample.record)
            let known = sample.section.shape.leaves()
            for path in Set(recorded.keys).union(known.keys).sorted() where recorded[path] != known[path] {
                Issue.record("\(sample.section.name) \(path): the record encodes \(recorded[path]?.rawValue ?? "nothing"), BodyShape+Records.swift says \(known[path]?.rawValue ?? "nothing")")
            }
            #expect(recorded.values.contains(.integer), "\(sample.section.name): a version number is recorded")
        }
    }

    @Test func theFieldsABodyMayLackAreTheOptionalOnes() throws {
        for sample in RecordSamples.full {
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(sample.body.utf8))
            for (steps, field) in sample.section.shape.fields() {
                let body = try Self.body(json.replacing(steps[...], with: nil))
                #expect(sample.decodes(body) == field.isOptional, "\(sample.section.name) \(steps): optional is \(field.isOptional)")
            }
        }
    }

    @Test func choicesAreTheStringsDecodingChecks() throws {
        for sample in RecordSamples.full {
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(sample.body.utf8))
            for (steps, field) in sample.section.shape.fields() {
                let isText: Bool
                switch field.shape {
                case .text: isText = true
                case .choice: isText = false
                default: continue
                }
                let body = try Self.body(json.replacing(steps[...], with: .string("none of the choices")))
                #expect(sample.decodes(body) == isText, "\(sample.section.name) \(steps) is \(isText ? "text" : "a choice")")
            }
        }
    }

    @Test func listsLeftOutWhenEmptyAreTheOnesTheRecordLeavesOut() throws {
        var lists = 0
        for sample in RecordSamples.full {
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(sample.body.utf8))
            for (steps, field) in sample.section.shape.fields() {
                guard case .list = field.shape, case .key(let name) = steps.last else { continue }
                lists += 1
                let stored = try sample.recode(try Self.body(json.replacing(steps[...], with: .array([]))))
                #expect(stored.contains("\"\(name)\":[]") != field.omittedWhenEmpty, "\(sample.section.name) \(steps)")
            }
        }
        #expect(lists == 3, "chases, delays and notes")
    }

    /// Where `value` holds nil or an empty list, anywhere inside it.
    static func gaps(in value: Any, at path: String) -> [String] {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection, mirror.children.isEmpty { return [path] }
        return mirror.children.flatMap { child in
            gaps(in: child.value, at: mirror.displayStyle == .collection || mirror.displayStyle == .optional ? path : path + "." + (child.label ?? "?"))
        }
    }

    static func body(_ json: JSONValue) throws -> String {
        String(decoding: try RecordCoding.encoder.encode(json), as: UTF8.self)
    }
}

/// A step into a body: a key of an object, or the first element of a list.
enum BodyStep: Equatable, CustomStringConvertible {
    case key(String), element

    var description: String {
        switch self {
        case .key(let name): ".\(name)"
        case .element: "[0]"
        }
    }
}

extension BodyShape {
    /// Every leaf by path, named as `LeafRecorder` names what the record encodes there.
    func leaves(at path: String = "$") -> [String: LeafRecorder.Leaf] {
        switch self {
        case .text, .choice: [path: .text]
        case .date: [path: .date]
        case .integer: [path: .integer]
        case .flag: [path: .flag]
        case .list(let element): element.leaves(at: path + "[]")
        case .object(let fields):
            fields.reduce(into: [:]) { all, field in all.merge(field.shape.leaves(at: path + "." + field.name)) { $1 } }
        }
    }

    /// Every field, however deep, with the steps to it through each list's first element.
    func fields(at steps: [BodyStep] = []) -> [(steps: [BodyStep], field: Field)] {
        switch self {
        case .list(let element): element.fields(at: steps + [.element])
        case .object(let fields): fields.flatMap { [(steps + [.key($0.name)], $0)] + $0.shape.fields(at: steps + [.key($0.name)]) }
        default: []
        }
    }
}

extension JSONValue {
    /// This value with the place `steps` lead to replaced, or removed when `value` is nil.
    func replacing(_ steps: ArraySlice<BodyStep>, with value: JSONValue?) -> JSONValue {
        guard let step = steps.first else { return value ?? self }
        switch (self, step) {
        case (.object(var fields), .key(let name)):
            fields[name] = steps.count == 1 ? value : fields[name]?.replacing(steps.dropFirst(), with: value)
            return .object(fields)
        case (.array(var items), .element) where !items.isEmpty:
            items[0] = items[0].replacing(steps.dropFirst(), with: value)
            return .array(items)
        default:
            return self
        }
    }
}
