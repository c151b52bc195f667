import Foundation
import Testing
@testable import LiaisonCore

/// Whom a name that matched no one could mean: offered in the refusal, never picked for the user.
@Suite struct NameSuggestionsTests {
    static let names = ["Kasia Nowak", "Sam Lead", "Dr Helen Ward", "Zoë Adams", "Edith Brown", "Edie Patel", "Kofi Asante"]

    @Test func theStartOfAnyWordOffersTheName() {
        #expect(NameSuggestions.likely("kasia", among: Self.names) == ["Kasia Nowak"])
        #expect(NameSuggestions.likely("nowak", among: Self.names) == ["Kasia Nowak"])
        #expect(NameSuggestions.likely("Dr Ward", among: Self.names) == ["Dr Helen Ward"])
        #expect(NameSuggestions.likely("zoe", among: Self.names) == ["Zoë Adams"], "accents and case aside")
        #expect(NameSuggestions.likely("ed", among: Self.names) == ["Edie Patel", "Edith Brown"], "alphabetical")
    }

    @Test func aLetterOrTwoWrongOffersTheNearestSpelling() {
        #expect(NameSuggestions.likely("Edithh Brown", among: Self.names) == ["Edith Brown"])
        #expect(NameSuggestions.likely("Kasia Nowka", among: Self.names) == ["Kasia Nowak"])
        #expect(NameSuggestions.likely("Sam Laed", among: Self.names) == ["Sam Lead"])
        // A short name with one letter wrong is too unlike to guess at.
        #expect(NameSuggestions.likely("Kofy", among: Self.names) == [])
    }

    @Test func namesUnlikeWhatWasTypedAreNotOffered() {
        #expect(NameSuggestions.likely("Zed Unknown", among: Self.names) == [])
        #expect(NameSuggestions.likely("   ", among: Self.names) == [])
        #expect(NameSuggestions.likely("a", among: Self.names + ["Ann Lee", "Ava Moss", "Amir Khan", "Ada Lovelace"]).count == 3, "three at most")
    }

    @Test func theRefusalAsksOrSaysWhatElseToDo() {
        #expect(NameSuggestions.refusalTail("kasia", among: Self.names, otherwise: "check the spelling")
            == "; did you mean Kasia Nowak? If not, check the spelling")
        #expect(NameSuggestions.refusalTail("ed", among: Self.names, otherwise: "check the spelling")
            == "; did you mean Edie Patel or Edith Brown? If not, check the spelling")
        #expect(NameSuggestions.refusalTail("Zed", among: Self.names, otherwise: "check the spelling") == "; check the spelling")
    }

    @Test func editDistanceStopsAtItsLimit() {
        #expect(NameSuggestions.editDistance("kitten", "sitting", atMost: 3) == 3)
        #expect(NameSuggestions.editDistance("kitten", "sitting", atMost: 2) == nil)
        #expect(NameSuggestions.editDistance("", "ab", atMost: 2) == 2)
        #expect(NameSuggestions.editDistance("王秀英", "王秀", atMost: 1) == 1)
    }
}
