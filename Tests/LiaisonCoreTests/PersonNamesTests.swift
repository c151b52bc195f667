import Foundation
import LiaisonCore
import Testing

/// The names people are shown by: short in narrow columns, whole where there is room, and never
/// the same for two people who can be told apart.
@Suite struct PersonNamesTests {
    private static let audit = Audit(by: "Sam Lead", at: Date(timeIntervalSince1970: 0))

    private static func person(_ id: String, _ name: String, goesBy preferred: String? = nil, in location: String? = nil) -> Person {
        Person(id: id, name: name, preferredName: preferred, location: location, audit: audit)
    }

    @Test func aNameNoOneElseGoesByStaysShort() {
        let names = PersonNames([
            Self.person("p1", "Edith Brown", goesBy: "Edie"),
            Self.person("p2", "Zofia Kowalczyk"),
            Self.person("p3", "王秀英"),
        ])
        #expect(names.short("p1") == "Edie")
        #expect(names.short("p2") == "Zofia")
        #expect(names.short("p3") == "王秀英")
        #expect(names.short("p4") == nil)
        #expect(names.full("p1") == "Edith Brown", "a whole name no one else has stays as it is")
    }

    /// A Chinese, Japanese or Korean name typed with a space is one name, as it is without:
    /// its first word is the family name, which many share, so it is not the short name.
    @Test func aNameWrittenWithOrWithoutSpacesIsShortAsAWhole() {
        let names = PersonNames([
            Self.person("p1", "王\u{3000}伟", in: "Room 5"),
            Self.person("p2", "王秀英"),
            Self.person("p3", "김 민준"),
            Self.person("p4", "王伟", in: "Room 6"),
        ])
        #expect(names.short("p2") == "王秀英" && names.short("p3") == "김 민준")
        // Namesakes written either way are grown with their rooms, as any two of one name.
        #expect(names.short("p1") == "王 伟 (Room 5)" && names.short("p4") == "王伟 (Room 6)")
    }

    /// Two people who go by one name take the initial of their last name; someone whose name
    /// no one shares keeps it short.
    @Test func twoWhoGoByOneNameTakeTheirLastInitial() {
        let names = PersonNames([
            Self.person("p1", "Edith Brown", goesBy: "Edie"),
            Self.person("p2", "Edie Patel"),
            Self.person("p3", "Zofia Kowalczyk"),
        ])
        #expect(names.short("p1") == "Edie B.")
        #expect(names.short("p2") == "Edie P.")
        #expect(names.short("p3") == "Zofia")
    }

    /// The same given name and last initial: the whole name. The same whole name: where each
    /// lives as well, in narrow columns and wide ones.
    @Test func moreAlikeTakeMore() {
        let names = PersonNames([
            Self.person("p1", "Harold Finch", in: "Room 4"),
            Self.person("p2", "Harold Fisher"),
            Self.person("p3", "Harold Finch", in: "Room 11"),
            Self.person("p4", "Grace Achieng"),
        ])
        #expect(names.short("p2") == "Harold Fisher")
        #expect(names.short("p1") == "Harold Finch (Room 4)")
        #expect(names.short("p3") == "Harold Finch (Room 11)")
        #expect(names.short("p4") == "Grace")
        #expect(names.full("p1") == "Harold Finch (Room 4)" && names.full("p3") == "Harold Finch (Room 11)")
        #expect(names.full("p2") == "Harold Fisher")
    }

    /// A name someone could be called by at any length is not another's: the second of two
    /// Edith Browns is not plain "Edith" beside the first, who prefers Edie.
    @Test func aShortNameIsNoOneElsesAtAnyLength() {
        let names = PersonNames([
            Self.person("p1", "Edith Brown", goesBy: "Edie", in: "Room 9"),
            Self.person("p2", "Edna Baker", goesBy: "Edie"),
            Self.person("p3", "Edith Brown", in: "Room 9"),
        ])
        #expect(names.short("p1") == "Edith Brown (Edie)")
        #expect(names.short("p2") == "Edna Baker")
        #expect(names.short("p3") == "Edith Brown (Room 9)")
        let labels = ["p1", "p2", "p3"].compactMap(names.short)
        #expect(Set(labels).count == 3)
    }

    /// A grown name is not one someone else goes by already, nor one someone else could be
    /// called by: "Ann L." could be Ann Long as well as Ann Lee, who prefers it.
    @Test func aGrownNameIsNotOneSomeoneElseGoesBy() {
        let names = PersonNames([
            Self.person("p1", "Ann Lee", goesBy: "Ann L."),
            Self.person("p2", "Ann Long"),
            Self.person("p3", "Ann Smith"),
        ])
        #expect(names.short("p1") == "Ann Lee")
        #expect(names.short("p2") == "Ann Long")
        #expect(names.short("p3") == "Ann S.")
    }

    /// A title is not a name: Mrs Ada Jones goes by Ada, not "Mrs J." beside Mrs Joan Smith.
    @Test func aTitleIsNotAGivenName() {
        let names = PersonNames([
            Self.person("p1", "Mrs Joan Smith"),
            Self.person("p2", "Mrs Ada Jones"),
            Self.person("p3", "Dr. Kwame Mensah"),
        ])
        #expect(names.short("p1") == "Joan")
        #expect(names.short("p2") == "Ada")
        #expect(names.short("p3") == "Kwame")
    }

    /// Records with nothing to tell them apart stay alike rather than vanish; extra spaces
    /// typed in a name are not shown.
    @Test func twoRecordsOfOneNameAndPlaceStayAlike() {
        let names = PersonNames([Self.person("p1", "Harold  Finch"), Self.person("p2", "Harold Finch")])
        #expect(names.short("p1") == "Harold Finch")
        #expect(names.short("p2") == "Harold Finch")
        #expect(names.full("p1") == "Harold Finch")
    }

    /// Runs of spaces in a preferred name or a room show as one, and do not tell two people
    /// apart: "Room  9" is Room 9.
    @Test func spacesInAPreferredNameOrRoomShowAsOne() {
        let names = PersonNames([
            Self.person("p1", "Edith Brown", goesBy: " Edie  B ", in: "Room  9"),
            Self.person("p2", "Edith Brown", in: "Room 9 "),
            Self.person("p3", "Edith Brown", in: "Room 9"),
        ])
        #expect(names.short("p1") == "Edie B")
        #expect(names.full("p1") == "Edith Brown (Edie B)", "the room is the others' too")
        #expect(names.full("p2") == "Edith Brown (Room 9)" && names.full("p3") == "Edith Brown (Room 9)")
        #expect(names.distinguishingEnd(of: "Edith Brown (Edie B)", for: "p1") == " (Edie B)")
    }
}
