import Foundation
import LiaisonTestSupport
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// A store at a fixed moment with a few people and partners, and a place for drafts.
struct EntryFixture {
    static let start = Date(timeIntervalSince1970: 1_795_600_800)  // 2026-11-25 10:00 UTC
    let clock = ManualClock(start)
    let store: Store
    let drafts: DraftStore
    let zoe: Person, harold: Person, patel: Partner, kofi: Partner

    init(store existing: Store? = nil, storePath: String? = nil) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        store = try existing ?? Store.inMemory(staff: "Amara Okafor", clock: clock, calendar: calendar)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        drafts = DraftStore(storePath: storePath ?? folder.appendingPathComponent("s.sqlite").path, staff: "Amara Okafor")
        if let existing {
            zoe = try existing.findPerson("Zoë Adams")
            harold = try existing.findPerson("Harold Finch")
            patel = try existing.findPartner("Dr Anil Patel")
            kofi = try existing.findPartner("Kofi Asante")
        } else {
            (zoe, harold, patel, kofi) = try Self.fill(store)
        }
    }

    static func fill(_ store: Store) throws -> (Person, Person, Partner, Partner) {
        let zoe = try store.addPerson(PersonDraft(name: "Zoë Adams", location: "Room 4", basis: .consent))
        let harold = try store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9", basis: .withdrawn))
        _ = try store.addPerson(PersonDraft(name: "María Ñúñez", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Anil Patel", role: .gp, organisation: "Riverside Surgery"))
        let kofi = try store.addPartner(PartnerDraft(name: "Kofi Asante", role: .districtNurse, organisation: "Community Health Trust"))
        return (zoe, harold, patel, kofi)
    }

    /// The dashboard over this store with its entry forms, and a script to drive it.
    func dashboard() throws -> (screen: DashboardScreen, script: KeyScript) {
        let screen = try DashboardScreen(store: store)
        screen.entry = EntryFlows(store: store, drafts: drafts)
        return (screen, KeyScript(screen))
    }

    func contactScreen(restoring draft: EntryDraft? = nil) -> ContactEntryScreen {
        ContactEntryScreen(store: store, drafts: drafts, restoring: draft)
    }

    /// The contact form with a call begun: the person and partner taken by what is typed (each
    /// must match one alone), then the summary written, where the focus stays.
    func contactBegun(_ person: String, _ partner: String, _ summary: String) -> (ContactEntryScreen, KeyScript) {
        let screen = contactScreen()
        let script = KeyScript(screen)
        script.type(person)
        script.press(.tab)
        script.type(partner)
        script.press(.tab)
        script.type(summary)
        return (screen, script)
    }
}

/// Drives a screen the way a person does, counting the keys that are not typed text.
final class KeyScript {
    let screen: Screen
    private(set) var keys = 0
    private(set) var last: ScreenResponse = .handled

    init(_ screen: Screen) { self.screen = screen }

    /// Typed text: each character is sent, none counts as a key press.
    func type(_ text: String) {
        for character in text { last = screen.handle(.character(character)) }
    }

    /// A key that is not text: Tab, Enter, a choice letter, Ctrl-S.
    func press(_ keys: Key...) {
        for key in keys {
            self.keys += 1
            last = screen.handle(key)
        }
    }

    func render(_ width: Int = 100, _ height: Int = 40) -> String {
        var grid = CellGrid(size: Size(width: width, height: height))
        screen.draw(into: &grid, theme: .monochrome)
        return grid.dump()
    }
}
