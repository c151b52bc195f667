// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "liaison", targets: ["liaison"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Tests only: property-based fuzzing, and an independent CSV reader to read ours back.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // ncursesw, seen through a shim header; only TerminalUI imports it.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // PostgreSQL's client library (libpq): its header's types through a shim; the library is
        // loaded at run time by LiaisonCore's PostgreSQL store (`Libpq`), not linked. Synchronous like the Store, and its connection's socket
        // can join the dashboard's poll() for LISTEN/NOTIFY, so no event-loop threads are needed.
        .systemLibrary(
            name: "CLibpq",
            path: "Sources/CLibpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // How many terminal columns text takes: the one measure the screen (TerminalUI) and the
        // reports (LiaisonCore) share, so a name lines up the same in both. Its own tiny module,
        // importing nothing, because LiaisonCore may not import TerminalUI nor TerminalUI LiaisonCore.
        .target(name: "DisplayWidth"),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "DisplayWidth"]),
        .target(
            name: "LiaisonCore",
            dependencies: ["DisplayWidth", "CLibpq", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "Dashboard", dependencies: ["TerminalUI", "LiaisonCore"]),
        .executableTarget(
            name: "liaison",
            dependencies: [
                "Dashboard", "LiaisonCore", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // libstdc++, libgcc_s and ncurses linked in rather than loaded at every start: each
            // command is a short process (Linking/static/README.md says how, and what it saves).
            linkerSettings: [.unsafeFlags(["-L", Context.packageDirectory + "/Linking/static"], .when(platforms: [.linux]))]
        ),
        // Release-build benchmarks that print their figures: `swift run -c release liaison-bench`.
        .executableTarget(
            name: "liaison-bench",
            dependencies: ["LiaisonCore", "Dashboard", "TerminalUI", "TerminalUITestSupport", "ProcessSpawning", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/LiaisonBenchmarks"
        ),
        // Test support, as swift-argument-parser's `ArgumentParserTestHelpers`: libraries only tests
        // (and the benchmarks) depend on, in no product, so the shipped modules carry no test aids.
        // TerminalUI's (a scripted terminal, a hand-moved clock) know nothing of care; Liaison's
        // (a fixed-moment store, the day-boundary moments, the binary-in-tmux harness) build on LiaisonCore.
        .target(name: "TerminalUITestSupport", dependencies: ["TerminalUI"]),
        .target(name: "LiaisonTestSupport", dependencies: ["LiaisonCore", "ProcessSpawning"]),
        // Starting programs without Foundation's `Process`, whose run() can crash on Linux: for the
        // tests and the benchmarks, which must not link LiaisonTestSupport (it imports Testing).
        .target(name: "ProcessSpawning"),
        .testTarget(name: "DisplayWidthTests", dependencies: ["DisplayWidth", "TerminalUI", "LiaisonCore"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TerminalUITestSupport"]),
        .testTarget(
            name: "LiaisonCoreTests",
            dependencies: ["LiaisonCore", "LiaisonTestSupport", "ProcessSpawning", "DisplayWidth", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "TerminalUI", "LiaisonCore", "TerminalUITestSupport", "LiaisonTestSupport"]
        ),
        // Property-based fuzzing of everything that reads hostile input, the same cases in every run.
        .testTarget(
            name: "FuzzTests",
            dependencies: [
                "TerminalUI", "LiaisonCore", "Dashboard", "TerminalUITestSupport", "LiaisonTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Drives the built `liaison` binary (in tmux, and as a plain process).
        .testTarget(name: "EndToEndTests", dependencies: ["liaison", "LiaisonTestSupport", "ProcessSpawning"]),
    ]
)
