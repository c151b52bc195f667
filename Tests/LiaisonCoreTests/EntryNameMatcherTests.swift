import Foundation
import Testing
import LiaisonCore

@Suite struct EntryNameMatcherTests {
    struct Named { var name: String; var role: String = ""; var org: String = "" }
    let people = [Named(name: "Zoë Adams"), Named(name: "María Ñúñez"), Named(name: "王秀英"), Named(name: "Harold Finch")]
    let partners = [
        Named(name: "Dr Anil Patel", role: "GP", org: "Riverside Surgery"),
        Named(name: "Sister Joanne Reilly", role: "District nurse", org: "Community Health Trust"),
        Named(name: "Kofi Asante", role: "District nurse", org: "Community Health Trust"),
    ]

    func names(_ query: String, _ items: [Named]) -> [String] {
        NameMatcher.rank(query, in: items, texts: { [$0.name, $0.role, $0.org] }).map(\.name)
    }

    @Test func accentsAndCaseAreIgnored() {
        #expect(names("zoe", people) == ["Zoë Adams"])
        #expect(names("MARIA nunez", people) == ["María Ñúñez"])
        #expect(names("ZOË", people) == ["Zoë Adams"])
    }

    /// A letter whose mark is part of it, typed plain, as the command line and the namesake
    /// check take it (`NameKey`); full-width letters as plain ones.
    @Test func lettersWithAStrokeAreFoundTypedPlain() {
        let named = [Named(name: "Łukasz Nowak"), Named(name: "Søren Dahl"), Named(name: "Lukas Berg")]
        #expect(names("lukasz", named) == ["Łukasz Nowak"])
        #expect(names("soren", named) == ["Søren Dahl"])
        #expect(names("luk", named) == ["Łukasz Nowak", "Lukas Berg"])
        #expect(names("ｌｕｋａｓｚ", named) == ["Łukasz Nowak"])
    }

    /// A Chinese name typed with or without its space finds it spaced either way, as the
    /// namesake check takes them as one name; Latin words keep their spaces.
    @Test func aNameSpacedEitherWayIsFoundEitherWay() {
        let named = [Named(name: "王 伟"), Named(name: "王伟"), Named(name: "王\u{3000}秀英"), Named(name: "Wang Wei")]
        #expect(names("王伟", named) == ["王 伟", "王伟"])
        #expect(names("王 伟", named) == ["王 伟", "王伟"])
        #expect(names("王秀英", named) == ["王\u{3000}秀英"])
        #expect(names("秀英", named) == ["王\u{3000}秀英"])
        #expect(names("wangwei", named).isEmpty && names("wang wei", named) == ["Wang Wei"])
    }

    @Test func anyPartOfTheNameMatches() {
        #expect(names("inch", people) == ["Harold Finch"])
        #expect(names("秀", people) == ["王秀英"])
        #expect(names("adams zo", people) == ["Zoë Adams"])
    }

    @Test func partnersMatchByRoleAndOrganisation() {
        #expect(names("gp", partners) == ["Dr Anil Patel"])
        #expect(names("riverside", partners) == ["Dr Anil Patel"])
        #expect(names("nurse", partners) == ["Sister Joanne Reilly", "Kofi Asante"])
        #expect(names("nurse kofi", partners) == ["Kofi Asante"])
    }

    @Test func nameMatchesComeBeforeRoleMatchesAndWordStartsBeforeMiddles() {
        let items = [Named(name: "Gemma Clarke", role: "Occupational therapist"), Named(name: "Dr Thera Jones", role: "GP")]
        #expect(names("thera", items) == ["Dr Thera Jones", "Gemma Clarke"])
        let middle = [Named(name: "Bannister"), Named(name: "Ann Smith")]
        #expect(names("ann", middle) == ["Ann Smith", "Bannister"])
    }

    @Test func emptyQueryKeepsEveryoneInOrderAndNoMatchIsEmpty() {
        #expect(names("  ", people).count == people.count)
        #expect(names("xyz", people).isEmpty)
    }
}
