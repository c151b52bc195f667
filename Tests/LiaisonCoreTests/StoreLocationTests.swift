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

    /// A "~" that reached us unexpanded (quoted on the command line, or in $LIAISON_STORE) is
    /// $HOME, as the shell would have read it, not the password file's home.
    @Test func aTildeIsTheHomeTheShellWouldGive() {
        let env = ["HOME": "/home/amara/", "LIAISON_STORE": "~/team.sqlite"]
        #expect(StoreLocation.resolve(flag: "~/care.sqlite", environment: env) == "/home/amara/care.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: env) == "/home/amara/team.sqlite")
        #expect(StoreLocation.resolve(flag: "~", environment: ["HOME": "/home/amara"]) == "/home/amara")
        #expect(StoreLocation.resolveDemo(flag: "~/demo.sqlite", environment: ["HOME": "/home/amara"]) == "/home/amara/demo.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "~/data", "HOME": "/home/amara"])
                    == "/home/amara/data/liaison/liaison.sqlite")
        #expect(StoreLocation.resolve(flag: "~x.sqlite", environment: ["HOME": "/home/amara"]) != "/home/amara/x.sqlite",
                "~name is that user's home, not a file under ours")
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
        // The policy's longer names as people write them, and the forms' shorter ones.
        #expect(try ChoiceInput.role("speech and language therapist") == .salt)
        #expect(try ChoiceInput.role("Speech  Therapist") == .salt)
        #expect(try ChoiceInput.role("district nurse") == .districtNurse)
        #expect(try ChoiceInput.role("community group") == .volunteer)
        #expect(fieldError { _ = try ChoiceInput.role("nurse") }?.message.contains("fits") == true, "an ambiguous word says what it fits")
    }
}
