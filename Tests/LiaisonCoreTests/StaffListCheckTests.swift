import Testing
@testable import LiaisonCore

/// `check` says when a staff list names no manager: every escalation would be refused.
@Suite struct StaffListCheckTests {
    @Test func aStaffListWithoutAManagerIsNamed() {
        #expect(StaffListCheck.warnings([]).isEmpty, "no list: anyone may")
        #expect(StaffListCheck.warnings([StaffMember(name: "Ruth Okafor", role: .registeredManager)]).isEmpty)
        let warned = StaffListCheck.warnings([StaffMember(name: "Kim Night", role: .shiftLead), StaffMember(name: "Sam Carer", role: .carer)])
        #expect(warned.count == 1 && warned[0].hasPrefix("the staff list in the settings names no manager"))
    }
}
