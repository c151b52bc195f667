import Foundation
import LiaisonTestSupport
import Testing

/// Stores are opened, never conjured: only `init` and `demo` create one. A mistyped path is
/// refused by every other command, naming the path and the command that would create it, and
/// nothing at all appears on disk.
@Suite(.endToEnd, .tags(.endToEnd)) struct StoreOpeningEndToEndTests {
    /// Every file and folder under `root`, with its type and size: what a command left behind.
    static func tree(_ root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var entries: [String] = []
        while let name = walker.nextObject() as? String {
            var info = stat()
            lstat(root + "/" + name, &info)
            let kind = info.st_mode & S_IFMT == S_IFDIR ? "dir" : "file \(info.st_size)"
            entries.append("\(name) \(kind)")
        }
        return entries.sorted()
    }

    /// One of each command that reads or writes a store, as a care worker might type it.
    static func commands(store: String) -> [[String]] {
        let id = "00000000-0000-0000-0000-000000000000"
        return [
            [], ["dashboard"], ["wall"],
            ["add", "person", "--name", "Edith Brown"],
            ["add", "partner", "--name", "Dr Patel", "--role", "gp"],
            ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x"],
            ["add", "task", "--title", "Ring back", "--due", "2026-11-25T10:00:00Z"],
            ["add", "escalation", "--kind", "disagreement", "--summary", "x"],
            ["report"], ["report", "--acknowledge"], ["report", "--format", "json"],
            ["export"], ["export", "--salvage"], ["export", "--output", "out.json"],
            ["import", "/dev/null"], ["check"],
            ["confirm", id, "--received"], ["leave", "Edith Brown", "--discharged"], ["readmit", "Edith Brown", "--reason", "back"],
        ].map { ["--store", store] + $0 }
    }

    @Test func aMistypedStoreIsRefusedByEveryCommandAndNothingIsCreated() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded("care.sqlite")
        let typos = [scratch.path("carre.sqlite"), scratch.path("cares/care.sqlite")]
        let before = Self.tree(scratch.url.path)
        #expect(before.contains { $0.hasPrefix("care.sqlite file") })
        for typo in typos {
            for command in Self.commands(store: typo) {
                let result = try await scratch.liaison(command)
                #expect(result.status == 66, "\(command): \(result.status) \(result.stderr)")
                #expect(result.stderr.contains("There is no store at \(typo); nothing was created."), "\(command): \(result.stderr)")
                #expect(result.stderr.contains("`liaison init \(typo)` creates a new store there"), "\(command): \(result.stderr)")
                #expect(result.stdout.isEmpty, "\(command): \(result.stdout)")
                #expect(Self.tree(scratch.url.path) == before, "\(command) left something behind")
            }
        }
        // The same through LIAISON_STORE, the way each member of a team is set up.
        let viaEnvironment = try await scratch.liaison(["add", "person", "--name", "X"], store: "carre.sqlite")
        #expect(viaEnvironment.status == 66 && viaEnvironment.stderr.contains(typos[0]))
        #expect(Self.tree(scratch.url.path) == before)
    }

    @Test func initCreatesAPrivateStoreAndNeverReplacesOne() async throws {
        let scratch = try ScratchFolder()
        let path = scratch.path("new/home.sqlite")
        let created = try await scratch.liaison(["init", path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created the store \(path), readable by you only."))
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect(stat(scratch.path("new"), &info) == 0 && info.st_mode & 0o777 == 0o700)
        // The new store is a real, empty one: every other command now opens it.
        #expect(try await scratch.liaison(["check", "--store", path]).status == 0)
        #expect(try await scratch.liaison(["add", "person", "--name", "Edith Brown", "--store", path]).status == 0)

        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for again in [["init", path], ["init", "--store", path], ["init", path, "--group", "nogroup"]] {
            let refused = try await scratch.liaison(again)
            #expect(refused.status != 0, "\(again)")
            #expect(refused.stderr.contains("\(path) already exists; it has not been changed."), "\(again): \(refused.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        }
        // A dangling link where the store would go is refused too, and stays a link.
        let link = scratch.path("link.sqlite")
        symlink(scratch.path("nowhere.sqlite"), link)
        let throughLink = try await scratch.liaison(["init", link])
        #expect(throughLink.status != 0 && throughLink.stderr.contains("already exists"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("nowhere.sqlite")))
        // Two different stores named at once is a mistake to point out, not to guess at.
        let both = try await scratch.liaison(["init", scratch.path("a.sqlite"), "--store", scratch.path("b.sqlite")])
        #expect(both.status != 0 && both.stderr.contains("two different stores"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("a.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("b.sqlite")))
    }

    @Test func theDashboardOffersToCreateAMissingStoreNamingItAndOnlyYesCreates() async throws {
        let scratch = try ScratchFolder()
        let path = scratch.path("office/care.sqlite")
        let before = Self.tree(scratch.url.path)
        for answer in ["n", "", "yes please"] {
            let session = try scratch.tmux(
                command: "sh -c '\(LiaisonProcess.binary.path) --store \(path) --as Sam; echo EXITED-$?; exec sh'", width: 100, height: 30)
            defer { session.kill() }
            #expect(await session.waitFor("There is no store at \(path)."))
            #expect(session.capture().contains("[y/N]"))
            if !answer.isEmpty { try session.send(answer, literal: true) }
            try session.send("Enter")
            #expect(await session.waitFor("EXITED-1"), "\(answer): \(session.capture())")
            #expect(session.capture().contains("nothing was created"))
            #expect(Self.tree(scratch.url.path) == before, "answer \(answer)")
        }
        let session = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) --store \(path) --as Sam; echo EXITED-$?; exec sh'", width: 100, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("[y/N]"))
        try session.send("y", literal: true)
        try session.send("Enter")
        #expect(await session.waitFor("Escalations"))
        // Which store is open, on the Contacts pane's border: the whole path where it fits, else its last folders.
        let border = Self.contactsBorder(session.capture())
        #expect(border.contains(" \(path) ─") || border.contains(" …/office/care.sqlite ─"), "\(session.capture())")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    @Test func theDashboardNamesItsStoreShortlyUnderHome() async throws {
        let scratch = try ScratchFolder()
        let near = scratch.home + "/care-records/sunnyside-house-main-store.sqlite"
        let long = scratch.home + "/care-records/sunnyside-house-main-store-for-the-whole-care-team-of-2026.sqlite"
        for path in [near, long] { #expect(try await scratch.liaison(["init", path]).status == 0) }
        // Under HOME as `~/…` where it fits; where not even the file name fits, the file name cut short with "…".
        for (path, width, height, shown) in [
            (near, 120, 30, " ~/care-records/sunnyside-house-main-store.sqlite ─"),
            (long, 80, 24, " sunnyside-house-main-store-for-the-whole-care-team-of-2026.sq… ─"),
        ] {
            let session = try scratch.tmux(
                command: "sh -c '\(LiaisonProcess.binary.path) --store \(path) --as Sam; echo EXITED-$?; exec sh'", width: width, height: height)
            defer { session.kill() }
            #expect(await session.waitFor("Escalations"))
            let border = Self.contactsBorder(session.capture())
            #expect(border.contains(shown), "\(width): \(border)")
            try session.send("q", literal: true)
            #expect(await session.waitFor("EXITED-0"))
        }
    }

    /// The top border of the Contacts pane, wherever the layout put it (empty panes fold to a bar above it).
    static func contactsBorder(_ screen: String) -> String {
        String(screen.split(separator: "\n").first { $0.contains("─ Contacts ─") } ?? "")
    }
}

/// `liaison init --group` makes a team folder in one step, which two ordinary users then share.
@Suite(.endToEnd, .tags(.endToEnd), .enabled(if: UnprivilegedUsers.available, "needs root and setpriv to act as other users"))
struct TeamStoreEndToEndTests {
    static func mode(_ path: String) -> (mode: mode_t, gid: gid_t)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (info.st_mode & 0o7777, info.st_gid)
    }

    @Test func initGroupGivesATeamFolderThatTwoUsersShare() async throws {
        let scratch = try ScratchFolder()
        let alice = UnprivilegedUsers.nobody, bob = try UnprivilegedUsers.peer()
        let (office, home) = UnprivilegedUsers.office(in: scratch, ownedBy: alice)
        let team = office + "/team", store = team + "/care.sqlite"

        let created = try await UnprivilegedUsers.liaison(["init", store, "--group", "nogroup", "--as", "Alice"], as: alice, home: home)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("shared with the group nogroup"))
        #expect(Self.mode(team)?.mode == 0o2770 && Self.mode(team)?.gid == UnprivilegedUsers.group)
        #expect(Self.mode(store)?.mode == 0o660 && Self.mode(store)?.gid == UnprivilegedUsers.group)
        #expect(created.stdout.contains("Each member opens it with --store \(store), or LIAISON_STORE=\(store) in their shell profile."),
                "\(created.stdout)")
        // Made with a path relative to where alice is, it is given to the team whole: a member's
        // shell starts somewhere else.
        let nearby = try await UnprivilegedUsers.liaison(["init", "other/care.sqlite", "--group", "nogroup", "--as", "Alice"], as: alice, home: home, directory: office)
        #expect(nearby.status == 0, "\(nearby.stderr)")
        #expect(nearby.stdout.contains("--store \(office)/other/care.sqlite, or LIAISON_STORE=\(office)/other/care.sqlite"), "\(nearby.stdout)")

        // Bob, another member, adds a contact; alice reads it in the report and on her dashboard.
        for arguments in [
            ["add", "person", "--name", "Harold Finch", "--basis", "consent", "--location", "Room 10"],
            ["add", "partner", "--name", "Dr Anil Patel", "--role", "gp"],
            ["add", "contact", "--person", "Harold Finch", "--partner", "Dr Anil Patel", "--channel", "phone",
             "--summary", "Rang about the new inhaler", "--advice", "Spacer twice daily"],
        ] {
            let result = try await UnprivilegedUsers.liaison(arguments + ["--store", store, "--as", "Bob"], as: bob, home: home)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let report = try await UnprivilegedUsers.liaison(["report", "--store", store], as: alice, home: home)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Rang about the new inhaler"))

        let command = "\(UnprivilegedUsers.prefix(alice).joined(separator: " ")) "
            + "\(LiaisonProcess.binary.path) --store \(store) --as Alice; echo EXITED-$?; exec sh"
        let session = try TmuxSession(command: "sh -c '\(command)'", width: 120, height: 30, home: home)
        defer { session.kill() }
        #expect(await session.waitFor("Spacer twice daily"), "\(session.capture())")
        #expect(session.capture().split(separator: "\n").first?.contains("…/team/care.sqlite") == true, "\(session.capture())")
        // While the dashboard holds the store open its journal files exist: the group's too.
        #expect(await eventually { Self.mode(store + "-shm") != nil })
        for file in [store, store + "-wal", store + "-shm"] {
            guard let found = Self.mode(file) else { continue }
            #expect(found.mode == 0o660 && found.gid == UnprivilegedUsers.group, "\(file): \(String(found.mode, radix: 8))")
        }
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    @Test func initGroupRefusesAGroupYouAreNotInAndAFolderHoldingOthersFiles() async throws {
        let scratch = try ScratchFolder()
        let alice = UnprivilegedUsers.nobody, bob = try UnprivilegedUsers.peer()
        let (office, home) = UnprivilegedUsers.office(in: scratch, ownedBy: alice)
        let before = StoreOpeningEndToEndTests.tree(office)

        let notMember = try await UnprivilegedUsers.liaison(["init", office + "/t/care.sqlite", "--group", "root"], as: alice, home: home)
        #expect(notMember.status != 0)
        #expect(notMember.stderr.contains("You are not in the group “root”") && notMember.stderr.contains("usermod -aG root nobody"), "\(notMember.stderr)")
        let noGroup = try await UnprivilegedUsers.liaison(["init", office + "/t/care.sqlite", "--group", "no-such-team"], as: alice, home: home)
        #expect(noGroup.status != 0 && noGroup.stderr.contains("There is no group “no-such-team”"), "\(noGroup.stderr)")
        #expect(StoreOpeningEndToEndTests.tree(office) == before)

        // A folder of alice's in which bob already left a file: sharing it would make bob's file the team's.
        let shared = office + "/shared"
        mkdir(shared, 0o777)
        chmod(shared, 0o1777)
        UnprivilegedUsers.chown(shared, alice)
        _ = FileManager.default.createFile(atPath: shared + "/notes.txt", contents: Data("bob".utf8))
        UnprivilegedUsers.chown(shared + "/notes.txt", bob)
        let strangers = try await UnprivilegedUsers.liaison(["init", shared + "/care.sqlite", "--group", "nogroup"], as: alice, home: home)
        #expect(strangers.status != 0)
        #expect(strangers.stderr.contains("holds files of other users: notes.txt (liaison-peer)"), "\(strangers.stderr)")
        #expect(!FileManager.default.fileExists(atPath: shared + "/care.sqlite"))
        #expect(Self.mode(shared)?.mode == 0o1777)

        // A folder of alice's own that holds more than stores, as her home does: shared, any
        // member could change her .bashrc or .ssh and run commands as her.
        let own = office + "/own"
        mkdir(own, 0o700)
        UnprivilegedUsers.chown(own, alice)
        for name in [".bashrc", "letters.txt"] {
            _ = FileManager.default.createFile(atPath: own + "/" + name, contents: Data("alice".utf8))
            UnprivilegedUsers.chown(own + "/" + name, alice)
        }
        let ownHome = try await UnprivilegedUsers.liaison(["init", own + "/care.sqlite", "--group", "nogroup"], as: alice, home: home)
        #expect(ownHome.status != 0)
        #expect(ownHome.stderr.contains("holds files that are not Liaison's stores: .bashrc, letters.txt."), "\(ownHome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: own + "/care.sqlite"))
        #expect(Self.mode(own)?.mode == 0o700, "unchanged")
        // One that holds only another store of the team's may be shared.
        let stores = office + "/stores"
        mkdir(stores, 0o700)
        UnprivilegedUsers.chown(stores, alice)
        _ = FileManager.default.createFile(atPath: stores + "/old.sqlite", contents: Data())
        UnprivilegedUsers.chown(stores + "/old.sqlite", alice)
        let beside = try await UnprivilegedUsers.liaison(["init", stores + "/care.sqlite", "--group", "nogroup"], as: alice, home: home)
        #expect(beside.status == 0, "\(beside.stderr)")
    }
}
