import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A person is recorded once: a second record of someone already recorded is refused, naming
/// them, unless it is said to be someone else who shares the name.
@Suite struct NamesakeTests {
    @Test func aNameSomeoneHasIsRefusedNamingThem() throws {
        let f = try Fixture()
        let harold = try f.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9"))
        for typed in ["Harold Finch", "harold  FINCH", " Harold Finch "] {
            let refused = fieldError { _ = try f.store.addPerson(PersonDraft(name: typed)) }
            #expect(refused?.field == "namesake", "\(typed)")
            #expect(refused?.message == "someone of this name is already recorded: Harold Finch (Room 9, id \(harold.id.prefix(8))). "
                        + "If this is them, use that record; if it is someone else of the same name, say they are a namesake")
        }
        #expect(f.store.people.count == 1)
        let namesake = try f.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 14", namesake: true))
        #expect(f.store.people.map(\.id).sorted() == [harold.id, namesake.id].sorted())
        // Another name entirely is no namesake, said to be one or not.
        _ = try f.store.addPerson(PersonDraft(name: "Harold Fincham"))
        _ = try f.store.addPerson(PersonDraft(name: "Zoë Adams", namesake: true))
        let three = fieldError { _ = try f.store.addPerson(PersonDraft(name: "HAROLD FINCH")) }
        #expect(three?.message.hasPrefix("2 people of this name are already recorded: Harold Finch (") == true, "\(three?.message ?? "")")
    }

    /// Said to be someone else, a namesake still needs something that tells the two apart: the
    /// same room and the same name they go by (case and spacing aside) would show alike in
    /// every list, and is most likely one person added twice. Someone of those details who
    /// left is shown as having left, so a new resident of their name and room is taken.
    @Test func aNamesakeAlikeInEverythingShownIsRefused() throws {
        let f = try Fixture()
        let harold = try f.store.addPerson(PersonDraft(name: "Harold Finch", preferredName: "Hal", location: "Room 9"))
        let twin = fieldError { _ = try f.store.addPerson(PersonDraft(name: "harold finch", preferredName: "hal", location: "Room 9 ", namesake: true)) }
        #expect(twin?.field == "location")
        #expect(twin?.message == "Harold Finch (goes by Hal, Room 9, id \(harold.id.prefix(8))) has this name, room and name they go by, "
                    + "so the two would show alike everywhere. If this is them, use that record; if it is someone else, "
                    + "give the room or the name they go by that tells them apart")
        _ = try f.store.addPerson(PersonDraft(name: "Harold Finch", preferredName: "Hal", location: "Room 10", namesake: true))
        _ = try f.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9", namesake: true))
        _ = try f.store.leave(harold, as: .died, on: Fixture.start, note: nil, reason: "")
        _ = try f.store.addPerson(PersonDraft(name: "Harold Finch", preferredName: "Hal", location: "Room 9", namesake: true))
        #expect(try f.store.people(named: "Harold Finch").count == 4)
    }

    /// Characters that draw nothing, or draw as blank space, made a second "Edith Brown (Edie)
    /// Room 9" that every list showed exactly as the first (review): a zero-width joiner, a
    /// Hangul filler, the empty Braille pattern. They are no part of a name, so each is the
    /// same name, refused as a namesake without `--namesake` and as alike with it.
    @Test func invisibleCharactersMakeNoNewName() throws {
        let f = try Fixture()
        let edith = try f.store.addPerson(PersonDraft(name: "Edith Brown", preferredName: "Edie", location: "Room 9"))
        for hidden in ["\u{200D}", "\u{3164}", "\u{2800}", "\u{115F}", "\u{FE0F}", "\u{2060}"] {
            let name = "Edith Brown" + hidden
            #expect(NameKey.of(name) == NameKey.of(edith.name), "U+\(String(hidden.unicodeScalars.first!.value, radix: 16))")
            // Refused as a namesake, or as alike; or, for a character no name may hold at all
            // (a word joiner), refused as it is typed.
            let refused = fieldError { _ = try f.store.addPerson(PersonDraft(name: name, preferredName: "Edie", location: "Room 9")) }
            #expect(["namesake", "name"].contains(refused?.field), "\(refused?.message ?? "saved")")
            let alike = fieldError { _ = try f.store.addPerson(PersonDraft(name: name, preferredName: "Edie", location: "Room 9", namesake: true)) }
            #expect(alike?.field == (refused?.field == "name" ? "name" : "location"), "\(alike?.message ?? "saved")")
        }
        // Between words, a blank-looking character is a space; a combining mark is seen, so stays.
        #expect(NameKey.of("Edith\u{2800}Brown") == "edith brown")
        #expect(try f.store.people(named: "Edith Brown").count == 1)
    }

    /// A person's details changed to show exactly as someone still here does are refused as a new
    /// person alike is, whether the one changed is still here or left: their records would read
    /// as the other's. Records alike already stay editable in what does not make them alike.
    @Test func detailsChangedToShowAsSomeoneStillHereAreRefused() throws {
        let f = try Fixture()
        let room3 = try f.store.addPerson(PersonDraft(name: "Tom Baker", location: "Room 3"))
        let room4 = try f.store.addPerson(PersonDraft(name: "Tom Baker", location: "Room 4", namesake: true))
        var moved = room4
        moved.location = "room  3"
        let refused = fieldError { _ = try f.store.correct(moved, reason: "The room was typed wrong", namesake: true) }
        #expect(refused?.field == "location")
        #expect(refused?.message.hasPrefix("Tom Baker (Room 3, id \(room3.id.prefix(8))) has this name, room and name they go by") == true,
                "\(refused?.message ?? "")")
        // Someone who left, renamed into a resident's name and room.
        let ann = try f.store.addPerson(PersonDraft(name: "Ann Lee", location: "Room 3"))
        let left = try f.store.leave(ann, as: .moved, on: Fixture.start, note: nil, reason: "")
        var renamed = left
        renamed.name = "Tom Baker"
        #expect(fieldError { _ = try f.store.correct(renamed, reason: "Wrong name", namesake: true) }?.field == "location")
        // Told apart by the name he goes by, he is taken.
        renamed.preferredName = "Tommy"
        _ = try f.store.correct(renamed, reason: "Wrong name", namesake: true)
        // Two alike already, as a store written before this rule holds them, are not stopped
        // from changes that do not make them alike.
        let audit = Audit(by: "Amara", at: Fixture.start)
        try f.store.bulkLoad { try $0.add(Person(name: "Tom Baker", location: "Room 3", audit: audit)) }
        let renewed = try f.store.setBasis(of: room3, to: .consent, because: "He agreed to share")
        #expect(renewed.basis.kind == .consent)
    }

    /// While someone was away, a resident of their name may have been given their room: brought
    /// back as they were, the two would show alike on every list. The room they come back to is
    /// asked for, beside the location, as the refusal says; it may also be the same person added
    /// again while away, which the refusal names.
    @Test func someoneComingBackAlikeAResidentIsAskedTheRoom() throws {
        let f = try Fixture()
        let tom = try f.store.addPerson(PersonDraft(name: "Tom Baker", location: "Room 3"))
        let gone = try f.store.leave(tom, as: .moved, on: Fixture.start, note: nil, reason: "")
        let resident = try f.store.addPerson(PersonDraft(name: "tom  baker", location: "room3", namesake: true))
        let refused = fieldError { _ = try f.store.readmit(gone, reason: "Back from hospital") }
        #expect(refused?.field == "location")
        #expect(refused?.message == "tom  baker (room3, id \(resident.id.prefix(8))) has this name, room and name they go by, so the two "
                    + "would show alike everywhere. If that record is them, added again while they were away, keep to it; "
                    + "if it is someone else, give the room they come back to")
        #expect(try f.store.person(id: tom.id)?.discharged != nil, "nothing was saved")
        // The same room typed another way is the same room.
        #expect(fieldError { _ = try f.store.readmit(gone, reason: "Back from hospital", location: "ROOM 3") }?.field == "location")
        let back = try f.store.readmit(gone, reason: "Back from hospital", location: " Room 14 ")
        #expect(back.discharged == nil && back.location == "Room 14")
        #expect(try f.store.person(id: tom.id)?.location == "Room 14")
        // A room left out keeps the one recorded; "" says none.
        let ann = try f.store.leave(try f.store.addPerson(PersonDraft(name: "Ann Lee", location: "Room 5")), as: .moved, on: Fixture.start, note: nil, reason: "")
        #expect(try f.store.readmit(ann, reason: "Back from her daughter's").location == "Room 5")
        let bea = try f.store.leave(try f.store.addPerson(PersonDraft(name: "Bea Ray", location: "Room 6")), as: .moved, on: Fixture.start, note: nil, reason: "")
        #expect(try f.store.readmit(bea, reason: "Back from her daughter's", location: "").location == nil)
    }

    /// Rooms are a home's own: Room 9 of one home is not Room 9 of another, so a namesake in
    /// the other home's Room 9 is added, and someone comes back to their own Room 9 beside him.
    @Test func roomsOfTwoHomesAreNotOneRoom() throws {
        let fixture = try HomesFixture()
        let store = fixture.store
        let harold = try store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9", home: "Elm House"))
        _ = try store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9", home: "Rosewood", namesake: true))
        #expect(fieldError { _ = try store.addPerson(PersonDraft(name: "Harold Finch", location: "room9", home: "Elm", namesake: true)) }?.field
                    == "location", "the same home's Room 9")
        let gone = try store.leave(harold, as: .moved, on: store.clock.now, note: nil, reason: "")
        let back = try store.readmit(gone, reason: "Back from hospital to Elm House")
        #expect(back.discharged == nil && back.location == "Room 9" && back.home == "Elm")
    }

    /// `PersonNames` compares rooms as the refusals do: "Room 1" and "Room1" tell no one apart,
    /// so two of one name in them are told apart by the name one goes by, not by the room.
    @Test func roomsSpacedTwoWaysTellNoOneApart() {
        let audit = Audit(by: "Amara", at: Fixture.start)
        let first = Person(name: "王秀英", preferredName: "Xiuying", location: "Room 1", audit: audit)
        let second = Person(name: "王 秀英", location: "Room1", audit: audit)
        let names = PersonNames([first, second])
        #expect(names.full(first.id) == "王秀英 (Xiuying)" && names.full(second.id) == "王 秀英 (Room1)", "\(names.full(first.id) ?? "") \(names.full(second.id) ?? "")")
    }

    /// Chinese, Japanese and Korean names are written with or without a space between family
    /// and given name, and with an ideographic space; rooms with or without a space before the
    /// number, in full-width digits too.
    @Test func namesAndRoomsSpacedEitherWayAreOne() throws {
        for (one, other) in [("王伟", "王 伟"), ("王伟", "王\u{3000}伟"), ("김민준", "김 민준"), ("山田 太郎", "山田太郎"), ("サトウ ハナ", "ｻﾄｳﾊﾅ")] {
            #expect(NameKey.of(one) == NameKey.of(other), "\(one) \(other)")
        }
        // Words in scripts written with spaces keep theirs, beside such a name too.
        for (one, other) in [("Wang Wei", "WangWei"), ("王伟 Smith", "王伟Smith"), ("Ana María", "AnaMaría")] {
            #expect(NameKey.of(one) != NameKey.of(other), "\(one) \(other)")
        }
        #expect(NameKey.room("Room３") == NameKey.room("room 3") && NameKey.room("Room 3") != NameKey.room("Room 33"))
        let f = try Fixture()
        let wang = try f.store.addPerson(PersonDraft(name: "王伟", location: "Room３"))
        #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: "王　伟")) }?.field == "namesake")
        #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: "王 伟", location: "Room 3", namesake: true)) }?.field == "location")
        let other = try f.store.addPerson(PersonDraft(name: "王 伟", location: "Room 4", namesake: true))
        #expect(try f.store.people(named: "王伟").map(\.id).sorted() == [wang.id, other.id].sorted())
        // Shown apart as any two of one name are.
        let names = PersonNames(f.store.people)
        #expect(names.full(wang.id) == "王伟 (Room３)" && names.full(other.id) == "王 伟 (Room 4)")
    }

    /// Accents aside, as staff type names: "Zoe Adams" is Zoë Adams, "Lukasz" is Łukasz.
    @Test func accentsAsideItIsTheSameName() throws {
        let f = try Fixture()
        _ = try f.store.addPerson(PersonDraft(name: "Zoë Adams"))
        _ = try f.store.addPerson(PersonDraft(name: "Łukasz Nowak"))
        _ = try f.store.addPerson(PersonDraft(name: "Øyvind Strøm"))
        // Full-width letters, as a Japanese or Chinese keyboard's wide mode types them, too.
        for typed in ["Zoe Adams", "lukasz nowak", "Oyvind Strom", "Ｚｏｅ Ａｄａｍｓ"] {
            #expect(fieldError { _ = try f.store.addPerson(PersonDraft(name: typed)) }?.field == "namesake", "\(typed)")
        }
        #expect(NameKey.of("Grüße  Weiß") == "grusse weiss")
    }

    /// Plain ASCII names take a shorter way to the same key as any other name.
    @Test func anAsciiNameFoldsAsAnyOther() {
        for name in ["Harold Finch", "  harold\tFINCH \n", "O'Brien-Smith, Jr.", "", "   ", "A\u{0B}b\u{0C}c\rd", "Mc Donald  III", "@[`{~"] {
            let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(NameKey.of(name) == folded, "\(name)")
            #expect(NameKey.asciiKey(name) == folded, "\(name)")
        }
    }

    /// Someone who left is still someone: the refusal says so, and that they can be brought back.
    @Test func someoneWhoLeftIsNamedWithHowTheyLeft() throws {
        let f = try Fixture()
        let harold = try f.store.addPerson(PersonDraft(name: "Harold Finch"))
        _ = try f.store.leave(harold, as: .moved, on: Fixture.start, note: nil, reason: "Moved to his daughter's")
        let refused = fieldError { _ = try f.store.addPerson(PersonDraft(name: "Harold Finch")) }
        #expect(refused?.message.contains("Harold Finch (left: moved, id \(harold.id.prefix(8)))") == true, "\(refused?.message ?? "")")
        #expect(refused?.message.contains("use that record (readmit them if they came back)") == true)
    }

    /// A command holding nothing in memory finds the namesake on disk and refuses the same way.
    @Test func aCommandRefusesAsTheDashboardDoes() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let full = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        _ = try full.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9"))
        let inMemory = fieldError { _ = try full.addPerson(PersonDraft(name: "harold finch")) }
        try full.close()
        let lookup = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc, scope: .lookup)
        let onDisk = fieldError { _ = try lookup.addPerson(PersonDraft(name: "harold finch")) }
        #expect(onDisk != nil && onDisk?.message == inMemory?.message)
        #expect(try lookup.people(named: "HAROLD finch").map(\.location) == ["Room 9"])
        _ = try lookup.addPerson(PersonDraft(name: "Harold Finch", namesake: true))
        #expect(try lookup.people(named: "Harold Finch").count == 2)
    }

    /// Two terminals, each with everyone in memory, adding one new name at the same moment:
    /// the second save reads the first's record inside its own transaction and is refused,
    /// naming it, though its memory has not caught up.
    @Test func twoTerminalsAddingOneNameSaveItOnce() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let first = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let second = try Store.open(path: path, staff: "Bea", clock: clock, calendar: Fixture.utc)
        let nora = try first.addPerson(PersonDraft(name: "Nora Quinn", location: "Room 3"))
        #expect(try second.people(named: "Nora Quinn").isEmpty, "the second terminal has not re-read the store")
        let refused = fieldError { _ = try second.addPerson(PersonDraft(name: "nora quinn")) }
        #expect(refused?.field == "namesake")
        #expect(refused?.message.contains("Nora Quinn (Room 3, id \(nora.id.prefix(8)))") == true, "\(refused?.message ?? "")")
        try second.close()
        try first.close()
        let after = try Store.open(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        #expect(after.people.map(\.name) == ["Nora Quinn"])
        try after.close()
    }

    /// A person renamed to a name someone else has is refused as a new one would be, unless
    /// said to be someone else; details other than the name, a name changed only in case, and
    /// people who shared a name already are not asked about.
    @Test func aRenameToAnothersNameIsRefusedUnlessSaidToBeSomeoneElse() throws {
        let f = try Fixture()
        let harold = try f.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9"))
        let zoe = try f.store.addPerson(PersonDraft(name: "Zoë Adams"))
        var renamed = zoe
        renamed.name = "harold  finch"
        for attempt in [{ try f.store.correct(renamed, reason: "Misspelt") }, { try f.store.amend(renamed, reason: "Misspelt") },
                        { try f.store.setBasis(of: renamed, to: .consent, because: "Asked at review") }] {
            let refused = fieldError { _ = try attempt() }
            #expect(refused?.field == "namesake")
            #expect(refused?.message == "harold  finch is also the name of Harold Finch (Room 9, id \(harold.id.prefix(8))). If they are one "
                        + "person, keep the details on that record rather than make a second; if this is someone else of the same name, "
                        + "say they are a namesake")
        }
        #expect(f.store.person(id: zoe.id)?.name == "Zoë Adams")
        var zoeLower = zoe
        zoeLower.name = "Zoe adams"
        let respelt = try f.store.correct(zoeLower, reason: "Typed without the accent")
        var saved = try f.store.correct({ var p = respelt; p.name = "Harold Finch"; return p }(), reason: "Misspelt", namesake: true)
        #expect(try f.store.people(named: "Harold Finch").count == 2)
        saved.location = "Room 14"
        _ = try f.store.amend(saved, reason: "Moved rooms")
        #expect(f.store.person(id: zoe.id)?.location == "Room 14", "a namesake already is not asked again")
    }

    /// A partner is in the directory once: the same name (as staff type it), role and
    /// organisation again is refused, naming them; another surgery's GP of the name is not.
    @Test func aPartnerTheDirectoryHasIsNotAddedAgain() throws {
        let f = try Fixture()
        _ = try f.store.addPartner(PartnerDraft(name: "Dr Anil Patel", role: .gp, organisation: "Riverside Surgery"))
        for typed in ["Dr Anil Patel", "dr anil  PATEL", "Dr Anil Pätel"] {
            let refused = fieldError { _ = try f.store.addPartner(PartnerDraft(name: typed, role: .gp, organisation: "riverside surgery")) }
            #expect(refused?.message == "Dr Anil Patel (GP, Riverside Surgery) is in the directory already; use that record, "
                        + "or give the organisation that tells this one apart", "\(typed)")
        }
        #expect(f.store.partners.count == 1)
        _ = try f.store.addPartner(PartnerDraft(name: "Dr Anil Patel", role: .gp, organisation: "Hill Surgery"))
        _ = try f.store.addPartner(PartnerDraft(name: "Dr Anil Patel", role: .consultant))
        #expect(f.store.partners.count == 3)
    }
}
