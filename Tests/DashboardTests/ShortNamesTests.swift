import Foundation
import LiaisonCore
import Testing
@testable import Dashboard

/// The names people go by in narrow columns: short, and never the same for two people.
@Suite struct ShortNamesTests {
    private static let audit = Audit(by: "Sam Lead", at: Date(timeIntervalSince1970: 0))

    private static func person(_ id: String, _ name: String, goesBy preferred: String? = nil, in location: String? = nil) -> Person {
        Person(id: id, name: name, preferredName: preferred, location: location, audit: audit)
    }

    @Test func aNameNoOneElseGoesByStaysShort() {
        let names = ShortNames([
            Self.person("p1", "Edith Brown", goesBy: "Edie"),
            Self.person("p2", "Zofia Kowalczyk"),
            Self.person("p3", "王秀英"),
        ])
        #expect(names["p1"] == "Edie")
        #expect(names["p2"] == "Zofia")
        #expect(names["p3"] == "王秀英")
        #expect(names["p4"] == nil)
    }

    /// Two people who go by one name take the initial of their last name; someone whose name
    /// no one shares keeps it short.
    @Test func twoWhoGoByOneNameTakeTheirLastInitial() {
        let names = ShortNames([
            Self.person("p1", "Edith Brown", goesBy: "Edie"),
            Self.person("p2", "Edie Patel"),
            Self.person("p3", "Zofia Kowalczyk"),
        ])
        #expect(names["p1"] == "Edie B.")
        #expect(names["p2"] == "Edie P.")
        #expect(names["p3"] == "Zofia")
    }

    /// The same first name and last initial: the whole name. The same whole name: where each
    /// lives as well.
    @Test func moreAlikeTakeMore() {
        let names = ShortNames([
            Self.person("p1", "Harold Finch", in: "Room 4"),
            Self.person("p2", "Harold Fisher"),
            Self.person("p3", "Harold Finch", in: "Room 11"),
            Self.person("p4", "Grace Achieng"),
        ])
        #expect(names["p2"] == "Harold Fisher")
        #expect(names["p1"] == "Harold Finch (Room 4)")
        #expect(names["p3"] == "Harold Finch (Room 11)")
        #expect(names["p4"] == "Grace")
    }

    /// A longer label one person needs is not one another already goes by.
    @Test func aGrownNameIsNotOneSomeoneElseGoesBy() {
        let names = ShortNames([
            Self.person("p1", "Ann Lee", goesBy: "Ann L."),
            Self.person("p2", "Ann Long"),
            Self.person("p3", "Ann Smith"),
        ])
        #expect(names["p1"] == "Ann L.")
        #expect(names["p2"] == "Ann Long")
        #expect(names["p3"] == "Ann S.")
    }

    /// Records with nothing to tell them apart stay alike rather than vanish.
    @Test func twoRecordsOfOneNameAndPlaceStayAlike() {
        let names = ShortNames([Self.person("p1", "Harold Finch"), Self.person("p2", "Harold Finch")])
        #expect(names["p1"] == "Harold Finch")
        #expect(names["p2"] == "Harold Finch")
    }
}
