import Foundation
import LiaisonCore
import PropertyBased
import Testing

/// The names people are shown by (`PersonNames`), over homes full of namesakes.
@Suite struct PersonNamesFuzzTests {
    /// Names drawn so that people often share a given name, a last initial, a whole name or a
    /// room, as in a large home: titles, accents, letters with a stroke, runs of spaces, a
    /// preferred name that is written like someone's short name.
    private static let given = ["Edith", "Edie", "Ann", "Mrs", "Dr.", "Zoë", "Zoe", "Łukasz", "Lukasz", "王", "  Harold", "Edna", "Ann L."]
    private static let last = ["Brown", "Baker", "Lee", "Long", "L.", "Łee", "Finch", "B.", "  "]
    /// Preferred names and rooms come from separate lists: a preferred name written as a room
    /// ("Room 9") would make two people alike that the record tells apart only by which field
    /// holds the words.
    private static let preferred: [String?] = [nil, nil, "Edie", "Ann L.", " Ann  L. ", "", "Zoe", "Edith Brown"]
    private static let rooms: [String?] = [nil, nil, "Room 9", "Room  9", "", " ", "Room 11"]

    private static let person = Generator<Person, Shrink.None<Person>>(run: { rng in
        let words = [given.randomElement(using: &rng)!] + (0..<Int.random(in: 0...2, using: &rng)).map { _ in last.randomElement(using: &rng)! }
        return Person(id: "p\(UInt32.random(in: 0...UInt32.max, using: &rng))", name: words.joined(separator: " "),
                      preferredName: preferred.randomElement(using: &rng)!, location: rooms.randomElement(using: &rng)!,
                      audit: Audit(by: "Sam Lead", at: Date(timeIntervalSince1970: 0)))
    })

    /// What tells two records apart: their name, preferred name and room, as staff type them.
    private static func identity(_ person: Person) -> [String] {
        [person.name, person.preferredName ?? "", person.location ?? ""].map(NameKey.of)
    }

    /// Two people whose records say different things never show by one name, in a narrow
    /// column or a wide one; and each shows by a name of their own record's words.
    @Test func peopleWhoDifferNeverShowAlike() async {
        await fuzzCheck(input: Self.person.array(of: 1...24)) { people in
            let names = PersonNames(people)
            for (index, one) in people.enumerated() {
                let short = try #require(names.short(one.id)), full = try #require(names.full(one.id))
                #expect(NameKey.of(full).hasPrefix(NameKey.of(one.name)), "a whole name starts with the name")
                for other in people[(index + 1)...] where Self.identity(other) != Self.identity(one) {
                    #expect(NameKey.of(names.short(other.id)!) != NameKey.of(short), "\(one.name) and \(other.name) both as \(short)")
                    #expect(NameKey.of(names.full(other.id)!) != NameKey.of(full), "\(one.name) and \(other.name) both as \(full)")
                }
            }
        }
    }
}
