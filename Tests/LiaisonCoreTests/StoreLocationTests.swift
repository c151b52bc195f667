import LiaisonTestSupport
import Testing
@testable import LiaisonCore

@Suite struct StoreLocationTests {
    @Test func flagThenEnvironmentThenXDGThenHome() {
        let env = ["LIAISON_STORE": "/srv/team/liaison.sqlite", "XDG_DATA_HOME": "/data", "HOME": "/home/amara"]
        #expect(StoreLocation.resolve(flag: "/tmp/x.sqlite", environment: env) == "/tmp/x.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: env) == "/srv/team/liaison.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/data"]) == "/data/liaison/liaison.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["HOME": "/home/amara"]) == "/home/amara/.local/share/liaison/liaison.sqlite")
    }

    @Test func theDemoHasItsOwnFile() {
        let env = ["LIAISON_STORE": "/srv/team/liaison.sqlite", "HOME": "/home/amara"]
        #expect(StoreLocation.resolveDemo(flag: nil, environment: env) == "/home/amara/.local/share/liaison/demo.sqlite")
    }

    @Test func staffFromFlagThenEnvironmentThenLogin() {
        #expect(StoreLocation.staff(flag: "Priya", environment: ["LIAISON_STAFF": "Tom", "USER": "amara"]) == "Priya")
        #expect(StoreLocation.staff(flag: nil, environment: ["LIAISON_STAFF": "Tom", "USER": "amara"]) == "Tom")
        #expect(StoreLocation.staff(flag: nil, environment: ["USER": "amara"]) == "amara")
    }

    @Test func choicesAreRefusedNamingTheField() throws {
        #expect(fieldError { _ = try ChoiceInput.role("plumber") }?.field == "role")
        #expect(try ChoiceInput.role("speech-and-language-therapist") == .salt)
        #expect(try ChoiceInput.role("District-Nurse") == .districtNurse)
    }
}
