import Foundation
import Testing
@testable import LiaisonCore

/// `LIAISON_NOW`, the testing aid that puts a whole run of the binary at a chosen moment.
@Suite struct TestingNowTests {
    @Test func unsetOrEmptyIsTheRealTime() throws {
        #expect(try TestingNow.clock(environment: [:]) is SystemClock)
        #expect(try TestingNow.clock(environment: ["LIAISON_NOW": " "]) is SystemClock)
    }

    @Test func aMomentStartsTheClockThereAndTimeMovesOn() throws {
        let clock = try TestingNow.clock(environment: ["LIAISON_NOW": "2026-10-25T01:30:00Z"])
        let start = ISO8601DateFormatter().date(from: "2026-10-25T01:30:00Z")!
        let first = clock.now, second = clock.now
        #expect(first >= start && first < start.addingTimeInterval(60))
        #expect(second >= first)
        let offset = try TestingNow.clock(environment: ["LIAISON_NOW": "2026-10-25T02:30:00+01:00"])
        #expect(offset.now >= start && offset.now < start.addingTimeInterval(60))
    }

    @Test func aMistypedMomentIsRefusedRatherThanIgnored() {
        for text in ["yesterday", "2026-10-25 01:30", "2026-13-01T00:00:00Z"] {
            #expect(throws: FieldError.self, "\(text)") { try TestingNow.clock(environment: ["LIAISON_NOW": text]) }
        }
    }
}
