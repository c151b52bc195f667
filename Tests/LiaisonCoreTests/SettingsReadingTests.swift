import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The settings file is written by hand and is the service's policy, so it is read strictly: a
/// misspelt key, a value of the wrong kind or a choice that is none of the choices is refused
/// with where it is and what is wanted, never passed over for the standard value.
@Suite struct SettingsReadingTests {
    let folder: TestFolder
    let path: String

    init() throws {
        folder = try TestFolder("settings-reading")
        path = folder.path("care.sqlite.settings.json")
    }

    /// The refusal's words after "cannot be read: ", or nil when the file is taken.
    private func refusal(_ json: String) -> String? {
        #expect(FileManager.default.createFile(atPath: path, contents: Data(json.utf8)))
        do {
            _ = try ServiceSettings.load(from: SettingsFile(path: path, patience: Patience(pauses: [], pause: { _ in })))
            return nil
        } catch {
            let message = (error as? StoreError)?.message ?? "\(error)"
            let lead = "The settings file \(path) cannot be read: "
            let tail = ". Correct it, or move it away to use the standard settings."
            #expect(message.hasPrefix(lead) && message.hasSuffix(tail), "\(message)")
            return String(message.dropFirst(lead.count).dropLast(tail.count))
        }
    }

    @Test(arguments: [
        // A misspelt key, at any depth: passed over, it would leave its setting at the standard.
        (#"{"Staff": [{"name": "Ruth Okafor", "role": "registered-manager"}]}"#,
         "at Staff: this version knows no such setting; here it reads “timescales”, “staff”, “dateOrder”, “wall”, “homes”"),
        (#"{"staff": [{"name": "Kim Night", "role": "shift-lead", "home": ["Elm"]}]}"#,
         "at staff → entry 1 → home: this version knows no such setting; here it reads “name”, “role”, “homes”"),
        (#"{"homes": [{"id": "Elm", "nmae": "Elm House"}]}"#,
         "at homes → entry 1 → nmae: this version knows no such setting; here it reads “id”, “name”"),
        (#"{"wall": {"name": "room"}}"#, "at wall → name: this version knows no such setting; here it reads “names”"),
        (#"{"timescales": {"routine": {"disagreemnt": {"acknowledgeDays": 2, "resolveDays": 14}}}}"#,
         "at timescales → routine → disagreemnt: this version knows no such setting; here it reads “disagreement”, "
            + "“partner-practice”, “complaint-to-partner”, “partner-concern”, “complaint-from-partner”"),
        (#"{"timescales": {"urgent": {"acknowledgeHours": 4, "resolveDays": 3, "escalateTo": "Ruth"}}}"#,
         "at timescales → urgent → escalateTo: this version knows no such setting; here it reads “acknowledgeHours”, “resolveDays”"),
        // Choices, with the list.
        (#"{"staff": [{"name": "Ruth Okafor", "role": "nurse"}]}"#,
         "at staff → entry 1 → role: “nurse” is not one of “registered-manager”, “manager”, “shift-lead”, “carer”"),
        (#"{"dateOrder": "dmy"}"#, "at dateOrder: “dmy” is not one of “day-first”, “month-first”"),
        // The wrong kind of value, and what is missing.
        (#"{"staff": [{"name": "Ruth Okafor", "role": "carer"}, {"name": 5, "role": "carer"}]}"#,
         "at staff → entry 2 → name: text in quotes is wanted"),
        (#"{"staff": {"name": "Ruth Okafor"}}"#, "at staff: a list ([ … ]) is wanted"),
        (#"{"staff": [{"name": null, "role": "carer"}]}"#, "at staff → entry 1 → name: text in quotes is wanted, not null"),
        (#"{"staff": [{"role": "carer"}]}"#, "at staff → entry 1: “name” is missing"),
        (#"{"staff": [{"name": "Ruth Okafor"}]}"#, "at staff → entry 1: “role” is missing"),
        (#"{"timescales": {"routine": {"disagreement": 3}}}"#, "at timescales → routine → disagreement: an object ({ … }) is wanted"),
        (#"[]"#, "the file must hold one object ({ … }) of settings"),
        // Timescales that would make every escalation late at once, or resolve before acknowledging.
        (#"{"timescales": {"routine": {"disagreement": {"acknowledgeDays": 0, "resolveDays": 14}}}}"#,
         "at timescales → routine → disagreement → acknowledgeDays: 0 is too few; give a number of days from 1 to 366"),
        (#"{"timescales": {"routine": {"disagreement": {"acknowledgeDays": 5, "resolveDays": 3}}}}"#,
         "at timescales → routine → disagreement → resolveDays: 3 days to resolve is sooner than the 5 to acknowledge"),
        (#"{"timescales": {"urgent": {"acknowledgeHours": -4, "resolveDays": 3}}}"#,
         "at timescales → urgent → acknowledgeHours: -4 is too few; give a number of hours from 1 to 8784"),
        // A vast one: a deadline past the calendar's reach, which overflowed the arithmetic on it.
        (#"{"timescales": {"urgent": {"acknowledgeHours": 4, "resolveDays": 400000000000000000}}}"#,
         "at timescales → urgent → resolveDays: 400000000000000000 is too many; give a number of days from 1 to 366"),
        (#"{"timescales": {"routine": {"disagreement": {"acknowledgeDays": 1000000000000, "resolveDays": 1000000000000}}}}"#,
         "at timescales → routine → disagreement → acknowledgeDays: 1000000000000 is too many; give a number of days from 1 to 366"),
        (#"{"timescales": {"urgent": {"acknowledgeHours": 96, "resolveDays": 3}}}"#,
         "at timescales → urgent → resolveDays: 3 days to resolve is sooner than the 96 hours to acknowledge"),
        (#"{"timescales": {"routine": {"disagreement": {"acknowledgeDays": 2.5, "resolveDays": 14}}}}"#,
         "at timescales → routine → disagreement → acknowledgeDays: 2.5 is not a whole number; days and hours are counted in whole numbers"),
        (#"{"timescales": {"urgent": {"resolveDays": 99999999999999999999999}}}"#,
         "at timescales → urgent → resolveDays: 99999999999999999999999 is too large a number"),
        ("null", "the file must hold one object ({ … }) of settings, not null"),
        // Names on the staff list are shown wherever an owner or a manager is: one line, once.
        (#"{"staff": [{"name": "  ", "role": "carer"}]}"#, "at staff → entry 1 → name: The name is empty or holds only invisible characters"),
        (#"{"staff": [{"name": "Ruth\u001b[31m", "role": "carer"}]}"#,
         "at staff → entry 1 → name: The name holds an invisible control character (␛); type it again without it"),
        (#"{"staff": [{"name": "Ruth Okafor", "role": "carer"}, {"name": "ruth  okafor", "role": "registered-manager"}]}"#,
         "at staff → entry 2: “ruth  okafor” is “Ruth Okafor” listed again; list each member of staff once"),
        (#"{"homes": [{"id": "Elm"}], "staff": [{"name": "Kim Night", "role": "carer"}, {"name": "Ruth Okafor", "role": "carer", "homes": ["Oak"]}]}"#,
         "at staff → entry 2 → homes: Ruth Okafor works in “Oak”, which is not a home's id; the homes are Elm"),
        // A key written twice: the decoder would keep one of them without a word.
        (#"{"dateOrder": "month-first", "dateOrder": "day-first"}"#, "at dateOrder: it is written twice here; keep one of them"),
        (#"{"staff": [{"name": "Ruth Okafor", "role": "carer", "r\u006fle": "registered-manager"}]}"#,
         "at staff → entry 1 → role: it is written twice here; keep one of them"),
        // JSON that does not parse: where, as an editor counts lines and columns.
        ("{\"staff\": [],\n  \"dateOrder\": \"month-first\"\n  \"wall\": {\"names\": \"room\"}}",
         "it is not valid JSON: look around line 3, column 3 for a missing comma, quote or bracket"),
        ("  \n", "the file is empty"),
        ("{\"staff\": [{\"name\": \"Łukasz Żółćński\", \"role\": \"carer\"} {\"name\": \"Kim\"}]}",
         "it is not valid JSON: look around line 1, column 57 for a missing comma, quote or bracket"),
        ("{\"staff\": [{\"name\": \"Ruth Okafor\", \"role\": \"carer\"}]", "it is not valid JSON: it ends before every { and [ in it is closed, or inside a quote"),
    ])
    func aMistakeIsRefusedSayingWhereAndWhatIsWanted(json: String, words: String) {
        #expect(refusal(json) == words, "\(json)")
    }

    /// A part of a timescale left out keeps the standard's, as the README says of every part.
    @Test func aTimescalePartLeftOutKeepsTheStandard() throws {
        #expect(refusal(#"{"timescales": {"urgent": {"acknowledgeHours": 2}, "routine": {"disagreement": {"resolveDays": 21}}}}"#) == nil)
        let timescales = try ServiceSettings.load(from: SettingsFile(path: path)).timescales
        #expect(timescales.urgent == EscalationTimescales.Urgent(acknowledgeHours: 2, resolveDays: EscalationTimescales.standardUrgent.resolveDays))
        let standard = try #require(EscalationTimescales.standard.byKind[.disagreement])
        #expect(timescales.byKind[.disagreement] == EscalationTimescales.Timescale(acknowledgeDays: standard.acknowledgeDays, resolveDays: 21))
        // Still checked against each other: resolving before the standard's acknowledging is refused.
        #expect(refusal(#"{"timescales": {"routine": {"disagreement": {"resolveDays": 1}}}}"#)?.hasSuffix("1 days to resolve is sooner than the 2 to acknowledge") == true)
    }

    /// A manager is found by the start of their name, or their name with its role after it in
    /// brackets; never by a longer name that starts with theirs.
    @Test func aManagerIsFoundByTheStartOfTheirNameNeverByALongerOne() throws {
        let settings = ServiceSettings(staff: [StaffMember(name: "Sam Lead", role: .manager),
                                               StaffMember(name: "Ruth Okafor", role: .registeredManager)])
        #expect(try settings.manager(named: "Ruth") == "Ruth Okafor")
        #expect(try settings.manager(named: "ruth okafor (registered manager)") == "Ruth Okafor")
        for other in ["Sam Leadbetter", "Ruth Okafor-Smith", "Ruth Okaforth"] {
            #expect(throws: FieldError.self, "\(other)") { try settings.manager(named: other) }
        }
    }

    /// What the settings write, and every part they may hold, read back as they were.
    @Test func everyKnownPartIsTaken() throws {
        let json = #"""
            {"timescales": {"routine": {"disagreement": {"acknowledgeDays": 1, "resolveDays": 1}},
                            "urgent": {"acknowledgeHours": 24, "resolveDays": 1}},
             "staff": [{"name": "Ruth Okafor", "role": "registered-manager"}, {"name": "Kim Night", "role": "shift-lead", "homes": ["Elm"]}],
             "dateOrder": "month-first", "wall": {"names": "room"}, "homes": [{"id": "Elm", "name": "Elm House"}]}
            """#
        #expect(refusal(json) == nil)
        let settings = try ServiceSettings.load(from: SettingsFile(path: path))
        #expect(settings.timescales.byKind[.disagreement] == EscalationTimescales.Timescale(acknowledgeDays: 1, resolveDays: 1))
        #expect(settings.staff.map(\.name) == ["Ruth Okafor", "Kim Night"] && settings.dateOrder == .monthFirst)
        let written = folder.path("written.sqlite")
        try settings.save(forStore: written)
        #expect(try ServiceSettings.load(forStore: written) == settings)
    }
}
