import Foundation
import GRDB
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A one-record command (`.lookup`) holds nothing in memory and finds the person and partner it
/// names on disk; it must find exactly whom the dashboard (everything in memory) would, and
/// refuse exactly what it would refuse, in the same words.
@Suite struct LookupScopeTests {
    @Test func findsOnDiskWhomTheDashboardFindsInMemory() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let full = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let siobhan = try full.addPerson(PersonDraft(name: "Siobhán Ní Bhriain", preferredName: "Shiv"))
        _ = try full.addPerson(PersonDraft(name: "John Smith"))
        _ = try full.addPerson(PersonDraft(name: "John Smith", location: "Room 2", namesake: true))
        _ = try full.addPerson(PersonDraft(name: "Edith Brown"))
        let patel = try full.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        _ = try full.addPartner(PartnerDraft(name: "Dr Pätel", role: .gp, organisation: "Hill Surgery"))
        try full.close()

        let everything = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let lookup = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc, scope: .lookup)
        #expect(lookup.people.isEmpty && lookup.partners.isEmpty, "a one-record command decodes nobody on opening")

        let people = [
            siobhan.id, siobhan.id.uppercased(), " \(siobhan.id) ", "Siobhán Ní Bhriain", "siobhan ni bhriain", "Shiv", "SHIV",
            "John Smith", "john smith", "Edith Brown", "Edith", "Nobody", "", "   ",
        ]
        for reference in people {
            #expect(outcome { try lookup.findPerson(reference).id } == outcome { try everything.findPerson(reference).id }, "\(reference)")
        }
        #expect(try lookup.findPerson("siobhan ni bhriain").id == siobhan.id)
        #expect(outcome { try lookup.findPerson("John Smith").id }.hasPrefix("person: “John Smith” fits 2 records: John Smith ("))

        // Exact spelling wins over a match that only ignores accents; without it both fit.
        let partners = ["Dr Patel", "Dr Pätel", "dr patel", "DR PATEL", patel.id, "Dr Patel's surgery"]
        for reference in partners {
            #expect(outcome { try lookup.findPartner(reference).id } == outcome { try everything.findPartner(reference).id }, "\(reference)")
        }
        #expect(try lookup.findPartner("Dr Patel").id == patel.id)
        #expect(outcome { try lookup.findPartner("dr patel").id }.contains("fits 2 records: "))
    }

    /// Two people of one name as staff type it, spelt two ways ("王 伟" and "王伟", "Zoë" and
    /// "Zoe"): typing either spelling fits both, and is refused listing them, on disk and in
    /// memory alike; whether a keyboard put the space or the accent in is no choice of person.
    @Test func aPersonsExactSpellingDoesNotPickBetweenNamesakes() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let full = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        _ = try full.addPerson(PersonDraft(name: "王 伟", location: "Room 30"))
        _ = try full.addPerson(PersonDraft(name: "王伟", location: "Room 31", namesake: true))
        _ = try full.addPerson(PersonDraft(name: "Zoë Adams", location: "Room 4"))
        _ = try full.addPerson(PersonDraft(name: "Zoe Adams", location: "Room 5", namesake: true))
        try full.close()
        let everything = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let lookup = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc, scope: .lookup)
        for typed in ["王伟", "王 伟", "王\u{3000}伟", "Zoë Adams", "Zoe Adams"] {
            for store in [everything, lookup] {
                #expect(outcome { try store.findPerson(typed).id }.contains("fits 2 records: "), "\(typed)")
            }
        }
    }

    /// Namesakes are told apart as the pickers and refusals write them ("Maud Lee (Room 41)",
    /// "Maud Lee (Room 41, f64264fc)", "Maud Lee (goes by Mo)"), each part of which must fit;
    /// and among namesakes the one a command can act on alone is meant (`readmit` the one who
    /// left), on disk and in memory alike.
    @Test func namesakesAreToldApartAsTheMessagesWriteThem() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let full = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let first = try full.addPerson(PersonDraft(name: "Maud Lee", location: "Room 41"))
        let second = try full.addPerson(PersonDraft(name: "Maud Lee", preferredName: "Mo", location: "Room 42", namesake: true))
        _ = try full.leave(first, as: .moved, on: Fixture.start, note: nil, reason: "")
        try full.close()
        let everything = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let lookup = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc, scope: .lookup)
        let short = String(first.id.prefix(8))
        for store in [everything, lookup] {
            #expect(try store.findPerson("Maud Lee (Room 41)").id == first.id)
            #expect(try store.findPerson("maud lee ( room 41 , \(short.uppercased()) )").id == first.id)
            #expect(try store.findPerson("Maud Lee (Mo)").id == second.id)
            #expect(try store.findPerson("Maud Lee (goes by Mo)").id == second.id)
            #expect(try store.findPerson("Maud Lee (Room 41, left: moved)").id == first.id)
            #expect(outcome { try store.findPerson("Maud Lee (Room 42, \(short))").id }.contains("there is no person called"))
            #expect(outcome { try store.findPerson("Maud Lee (Room 43)").id }.contains("there is no person called"))
            #expect(outcome { try store.findPerson("Maud Lee").id }.contains("fits 2 records: "))
            #expect(try store.findPerson("Maud Lee", eligible: { $0.discharged != nil }).id == first.id)
            #expect(try store.findPerson("Maud Lee", eligible: { $0.discharged == nil }).id == second.id)
            #expect(outcome { try store.findPerson("Maud Lee", eligible: { _ in false }).id }.contains("fits 2 records: "))
        }
    }

    /// A name typed as staff type it finds its record, whichever way the store is held: a letter
    /// with a stroke typed plain, and runs of spaces, as well as case and accents (`NameKey`, the
    /// rule a namesake is found by). The staff list reads a task's owner the same way.
    @Test func aNameFindsItsRecordAsStaffTypeIt() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let full = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let lukasz = try full.addPerson(PersonDraft(name: "Łukasz Nowak"))
        let soren = try full.addPartner(PartnerDraft(name: "Søren Dahl", role: .socialWorker))
        full.apply(ServiceSettings(staff: [StaffMember(name: "Bożena Wróbel", role: .carer),
                                           StaffMember(name: "Øyvind Łęcki", role: .registeredManager)]))
        let lookup = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc, scope: .lookup)
        for store in [full, lookup] {
            for typed in ["Lukasz Nowak", "lukasz  nowak", " ŁUKASZ NOWAK "] {
                #expect(try store.findPerson(typed).id == lukasz.id, "\(typed)")
            }
            #expect(try store.findPartner("Soren  Dahl").id == soren.id)
        }
        #expect(try full.checkedOwner("Bozena Wrobel") == "Bożena Wróbel")
        #expect(try full.checkedOwner("bożena  wróbel") == "Bożena Wróbel")
        #expect(throws: FieldError.self) { try full.checkedOwner("Bozena Wrobeln") }
        #expect(try full.settings.manager(named: "oyvind  lecki") == "Øyvind Łęcki")
        // Search and the pickers find parts of names the same way.
        let found = try full.searchEverything("lukasz")
        #expect(found.people.map(\.id) == [lukasz.id])
        #expect(try full.searchEverything("bozena").staff.map(\.name) == ["Bożena Wróbel"])
        try full.close()
    }

    /// A message names someone as the dashboard does, from memory or from disk: a namesake with
    /// what tells them apart, someone another person goes by the name of with their room, and
    /// anyone else by their name alone. A refusal of a name that fits several lists what the
    /// dashboard shows of each, the name they go by included.
    @Test func aMessageNamesSomeoneAsTheDashboardDoes() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let full = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let mary = try full.addPerson(PersonDraft(name: "Mary Green", location: "Room 7"))
        _ = try full.addPerson(PersonDraft(name: "Margaret Hill", preferredName: "Mary Green", location: "Room 8"))
        let edie = try full.addPerson(PersonDraft(name: "Edith Brown", preferredName: "Edie", location: "Room 9"))
        let molly = try full.addPerson(PersonDraft(name: "Edith Brown", preferredName: "Molly", location: "Room 9", namesake: true))
        let arthur = try full.addPerson(PersonDraft(name: "Arthur Lee", location: "Room 2"))
        try full.close()
        let everything = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let lookup = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc, scope: .lookup)
        for store in [everything, lookup] {
            #expect(store.shownName(of: mary) == "Mary Green (Room 7)")
            #expect(store.shownName(of: edie) == "Edith Brown (Edie)")
            #expect(store.shownName(of: molly) == "Edith Brown (Molly)")
            #expect(store.shownName(of: arthur) == "Arthur Lee")
            let both = outcome { try store.findPerson("Edith Brown").id }
            #expect(both.contains("Edith Brown (goes by Edie, Room 9, ") && both.contains("Edith Brown (goes by Molly, Room 9, "), "\(both)")
        }
    }

    @Test func aDamagedRowDoesNotHideTheOthers() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let full = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let edith = try full.addPerson(PersonDraft(name: "Edith Brown"))
        try full.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO person (id, body) VALUES ('damaged', 'not json {')") }
        try queue.close()

        let lookup = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc, scope: .lookup)
        #expect(try lookup.findPerson("Edith Brown").id == edith.id)
        #expect(outcome { try lookup.findPerson("Nobody").id } == "person: there is no person called “Nobody”; check the spelling or add them first")
        #expect(outcome { try lookup.findPerson("Edithh Brown").id }
            == "person: there is no person called “Edithh Brown”; did you mean Edith Brown? If not, check the spelling or add them first")
    }

    /// The id found, or the refusal as `field: message`.
    private func outcome(_ find: () throws -> String) -> String {
        do { return try find() } catch let error as FieldError { return "\(error.field): \(error.message)" } catch { return "\(error)" }
    }
}
