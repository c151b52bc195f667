import Testing
@testable import TerminalUI

@Suite struct FormTests {
    func form() -> Form {
        Form(title: "Advice", fields: [FormField("Person"), FormField("Partner"), FormField("Advice")])
    }

    @Test func tabOrderWrapsBothWays() {
        var form = form()
        let r1 = form.handle(.tab)
        #expect(r1 == .editing)
        #expect(form.focusedIndex == 1)
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        #expect(form.focusedIndex == 0)
        _ = form.handle(.backTab)
        #expect(form.focusedIndex == 2)
    }

    @Test func typingGoesToTheFocusedFieldAndClearsItsError() {
        var form = form()
        form.fields[1].error = "No partner by that name"
        _ = form.handle(.tab)
        _ = form.handle(.character("G"))
        _ = form.handle(.character("P"))
        #expect(form["Partner"]?.value == "GP")
        #expect(form["Partner"]?.error == nil)
        #expect(form["Person"]?.value == "")
    }

    @Test func enterSubmitsAndEscapeCancels() {
        var form = form()
        let r2 = form.handle(.enter)
        #expect(r2 == .submitted)
        let r3 = form.handle(.escape)
        #expect(r3 == .cancelled)
        let r4 = form.handle(.function(3))
        #expect(r4 == .ignored)
    }

    @Test func errorsShowUnderTheirField() {
        var form = form()
        form.fields[0] = FormField("Person", value: "Zoë")
        form.fields[1].error = "Pick a partner"
        var grid = CellGrid(size: Size(width: 30, height: 4))
        form.draw(in: grid.bounds, grid: &grid, theme: .monochrome)
        #expect(form.height == 4)
        #expect(grid.dump() == """
            Person   Zoë
            Partner
                     ! Pick a partner
            Advice
            """)
    }
}
