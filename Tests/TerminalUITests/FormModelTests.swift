import Testing
@testable import TerminalUI

/// The form engine alone: Tab order, pickers, choices that letters never change, notes, drafts.
@Suite struct FormModelTests {
    static let people = [
        PickerItem(id: "1", title: "Zoë Adams", detail: "Room 4", searchTexts: ["Zoë Adams", "zoe adams"]),
        PickerItem(id: "2", title: "Harold Finch", detail: "Room 9", searchTexts: ["Harold Finch"]),
        PickerItem(id: "3", title: "Harriet Vane", detail: "", searchTexts: ["Harriet Vane"]),
    ]

    func model() -> FormModel {
        FormModel(inputs: [
            .picker("person", "Person", Self.people),
            .choice("how", "How", [("phone", "Phone"), ("visit", "Visit")]),
            .text("summary", "Summary"),
            .lines("advice", "Advice"),
            .choice("shared", "Shared", [("no", "No"), ("yes", "Yes")]),
        ])
    }

    @Test func tabMovesInAFixedOrderBothWays() {
        var form = model()
        #expect(form.handle(.tab) == .moved && form.focus == "how")
        _ = form.handle(.backTab)
        _ = form.handle(.backTab)
        #expect(form.focus == "shared", "Shift-Tab from the first wraps to the last")
    }

    @Test func enterTakesTheHighlightedMatchAndStaysTabTakesTheOnlyOne() {
        var form = model()
        for c in "har" { _ = form.handle(.character(c)) }
        #expect(form.matches("person").map(\.id) == ["2", "3"])
        _ = form.handle(.down)
        #expect(form.handle(.enter) == .picked("person"))
        #expect(form["person"] == "3" && form.focus == "person")
        var other = model()
        for c in "zoe" { _ = other.handle(.character(c)) }
        #expect(other.handle(.tab) == .picked("person"))
        #expect(other["person"] == "1" && other.focus == "how")
        var ambiguous = model()
        for c in "har" { _ = ambiguous.handle(.character(c)) }
        _ = ambiguous.handle(.tab)
        #expect(ambiguous["person"] == "" && ambiguous.focus == "how", "with two matches Tab does not guess")
    }

    /// Enter moves on in every other input, so letters typed straight after Enter took a match
    /// belong to the next answer: "Edi", Enter, "Patel" must not swap Edith for a search.
    @Test func lettersRightAfterEnterTookAMatchGoToTheNextText() {
        var form = model()
        for c in "zoe" { _ = form.handle(.character(c)) }
        #expect(form.handle(.enter) == .picked("person"))
        for c in "GP rang" { _ = form.handle(.character(c)) }
        #expect(form["person"] == "1", "the pick stays")
        #expect(form.focus == "summary" && form["summary"] == "GP rang", "past the choice, into the next text")

        var tabbed = model()
        for c in "zoe" { _ = tabbed.handle(.character(c)) }
        _ = tabbed.handle(.enter)
        #expect(tabbed.handle(.tab) == .moved && tabbed.focus == "how", "Enter then Tab skips nothing")

        var pasted = model()
        for c in "zoe" { _ = pasted.handle(.character(c)) }
        _ = pasted.handle(.enter)
        _ = pasted.handle(.paste("rang about her inhaler"))
        #expect(pasted["person"] == "1" && pasted["summary"] == "rang about her inhaler")

        // Any other key first ends it: Backspace lets go of the pick, and typing then searches.
        var changed = model()
        for c in "zoe" { _ = changed.handle(.character(c)) }
        _ = changed.handle(.enter)
        _ = changed.handle(.backspace)
        for c in "har" { _ = changed.handle(.character(c)) }
        #expect(changed["person"] == "" && changed.focus == "person" && changed.pickers["person"]?.query.text == "har")

        // Coming back to the pick later, typing replaces it as before.
        var revisited = model()
        for c in "zoe" { _ = revisited.handle(.character(c)) }
        _ = revisited.handle(.enter)
        _ = revisited.handle(.tab)
        _ = revisited.handle(.backTab)
        for c in "har" { _ = revisited.handle(.character(c)) }
        #expect(revisited["person"] == "" && revisited.pickers["person"]?.query.text == "har")
    }

    /// An edit form fills the inputs after the picker from the record: letters after Enter must
    /// not run on the end of those values (nor replace a record the next picker holds), so there
    /// they search afresh, as typing over a pick always did.
    @Test func lettersAfterEnterNeverRunOnIntoAFilledInput() {
        var form = model()
        form.setText("summary", "GP rang")
        for c in "zoe" { _ = form.handle(.character(c)) }
        _ = form.handle(.enter)
        for c in "har" { _ = form.handle(.character(c)) }
        #expect(form["summary"] == "GP rang" && form.focus == "person")
        #expect(form["person"] == "" && form.pickers["person"]?.query.text == "har")

        var pickers = FormModel(inputs: [.picker("person", "Person", Self.people), .picker("partner", "Partner", Self.people)])
        pickers.pickers["partner"]?.choose(Self.people[1])
        for c in "zoe" { _ = pickers.handle(.character(c)) }
        _ = pickers.handle(.enter)
        _ = pickers.handle(.character("d"))
        #expect(pickers["partner"] == "2", "the next picker keeps its record")
    }

    /// A record made from inside the form ("New partner…") is taken as Enter takes one.
    @Test func lettersAfterARecordMadeInTheFormGoOn() {
        var form = model()
        let made = PickerItem(id: "9", title: "Zoë Nurse", detail: "", searchTexts: ["Zoë Nurse"])
        form.adopt(made, in: "person")
        for c in "Rang" { _ = form.handle(.character(c)) }
        #expect(form["person"] == "9" && form["summary"] == "Rang")
    }

    /// With no text input after the picker, typing after Enter searches afresh: there is nowhere
    /// else for it to go, and a search shows what it did.
    @Test func lettersAfterEnterOnTheLastTextInputSearchAfresh() {
        var form = FormModel(inputs: [.choice("how", "How", [("phone", "Phone")]), .picker("person", "Person", Self.people)])
        form.focus = "person"
        for c in "zoe" { _ = form.handle(.character(c)) }
        _ = form.handle(.enter)
        for c in "har" { _ = form.handle(.character(c)) }
        #expect(form["person"] == "" && form.focus == "person" && form.matches("person").map(\.id) == ["2", "3"])
    }

    /// A chosen record (picked by hand, or the one highlighted when the form opened) is
    /// replaced by typing, as selected text is; its name was never text to edit.
    @Test func typingOverAChosenRecordSearchesAfresh() {
        var form = model()
        form.pickers["person"]?.choose(Self.people[0])
        #expect(form["person"] == "1")
        for c in "har" { _ = form.handle(.character(c)) }
        #expect(form["person"] == "" && form.pickers["person"]?.query.text == "har")
        #expect(form.matches("person").map(\.id) == ["2", "3"])

        var cleared = model()
        cleared.pickers["person"]?.choose(Self.people[0])
        _ = cleared.handle(.backspace)
        #expect(cleared["person"] == "" && cleared.pickers["person"]?.query.text == "", "Backspace lets go of it whole")

        var kept = model()
        kept.pickers["person"]?.choose(Self.people[0])
        #expect(kept.handle(.tab) == .moved && kept["person"] == "1" && kept.focus == "how", "Tab goes on with it")
    }

    @Test func lettersOnAChoiceGoOnToTheNextTextAndNeverChangeIt() {
        var form = model()
        form.focus = "how"
        for c in "visit" { _ = form.handle(.character(c)) }
        #expect(form["how"] == "phone")
        #expect(form["summary"] == "visit" && form.focus == "summary")
        form.focus = "how"
        #expect(form.handle(.right) == .edited && form["how"] == "visit")
        form.focus = "shared"
        _ = form.handle(.character("y"))
        #expect(form["shared"] == "no")
        #expect(form.errors["shared"] == FormModel.choiceKeysNote)
        _ = form.handle(.character(" "))
        #expect(form["shared"] == "yes" && form.errors["shared"] == nil)
    }

    /// A choice holding no answer yet stops typing ahead, both letters typed on it and letters
    /// after Enter took a match before it; nothing is passed on, a space does not pick an answer,
    /// and only the arrows do, → from the first answer and ← from the last.
    @Test func aChoiceWithNoAnswerStopsTypingAhead() {
        var form = model()
        form.choices["how"]?.clear()
        #expect(form["how"] == "" && form.choices["how"]?.isAnswered == false)
        for c in "har" { _ = form.handle(.character(c)) }
        _ = form.handle(.enter)
        #expect(form["person"] == "2")
        for c in "GP rang" { _ = form.handle(.character(c)) }
        #expect(form.focus == "how" && form["how"] == "" && form["summary"] == "")
        #expect(form.errors["how"] == FormModel.choiceFirstNote)
        #expect(form.values["how"] == nil, "no answer is saved in a draft either")
        #expect(form.handle(.left) == .edited && form["how"] == "visit" && form.errors["how"] == nil)
        form.choices["how"]?.clear()
        #expect(form.handle(.right) == .edited && form["how"] == "phone")
        for c in "GP" { _ = form.handle(.character(c)) }
        #expect(form["summary"] == "GP" && form.focus == "summary", "answered, letters go on as ever")
    }

    /// Drawn with no answer, no answer is bracketed and the cursor sits on the first.
    @Test func aChoiceWithNoAnswerDrawsNoneChosen() {
        var choice = ChoiceField([("phone", "Phone"), ("visit", "Visit")], selected: "visit")
        choice.clear()
        var grid = CellGrid(size: Size(width: 20, height: 2))
        choice.draw(x: 0, y: 0, width: 20, grid: &grid, theme: .monochrome, isFocused: true)
        #expect(grid.dump() == """
             Phone  Visit
              ← → change
            """)
        #expect(grid.cursor == Position(x: 1, y: 0))
        #expect(choice.value == "" && choice.label == "")
    }

    @Test func valuesComeBackIntoAFreshFormWithTheFocus() {
        var form = model()
        for c in "zoe" { _ = form.handle(.character(c)) }
        _ = form.handle(.tab)
        _ = form.handle(.right)
        _ = form.handle(.tab)
        for c in "GP rang" { _ = form.handle(.character(c)) }
        _ = form.handle(.tab)
        for c in "one" { _ = form.handle(.character(c)) }
        _ = form.handle(.enter)
        for c in "two" { _ = form.handle(.character(c)) }
        var restored = model()
        restored.restore(form.values, focus: form.focus)
        #expect(restored.values == form.values)
        #expect(restored["advice"] == "one\ntwo" && restored.focus == "advice" && restored["person"] == "1")
    }

    @Test func adviceWrapsAtSpacesAndGrowsWithItsText() {
        let area = TextArea("Give paracetamol four times a day and ring back if it rises")
        #expect(area.height(width: 22, minimum: 2) == 3)
        var grid = CellGrid(size: Size(width: 22, height: 3))
        area.draw(x: 0, y: 0, width: 22, rows: 3, grid: &grid, theme: .monochrome, isFocused: true)
        #expect(grid.dump() == """
            Give paracetamol four
            times a day and ring
            back if it rises
            """)
        #expect(grid.cursor == Position(x: 16, y: 2))
    }
}
