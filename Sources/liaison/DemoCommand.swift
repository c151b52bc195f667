import ArgumentParser
import Dashboard
import Foundation
import LiaisonCore

/// `liaison demo`: a store of realistic sample data in its own file, then the dashboard on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Create a store of sample data and open it.")
    @OptionGroup var options: DemoStoreOptions
    @Option(help: "The same seed gives the same sample data, e.g. 7.") var seed: UInt64 = 1
    @Flag(name: .customLong("no-open"), help: "Only write the store; do not open the dashboard.") var noOpen = false
    @OptionGroup var themeOption: ThemeOption

    func run() throws {
        try reportingFailures {
            if !noOpen { try DashboardCommand.requireTerminal() }
            let path = StoreLocation.resolveDemo(flag: options.store)
            // The demo is the one command besides `init` that creates its store.
            if !Store.exists(at: path) {
                do {
                    try Store.create(path: path, staff: options.staffName, clock: try testingClock()).close()
                } catch let error as StoreError where Store.exists(at: path) {
                    _ = error  // another demo created it at the same moment: open theirs
                }
            }
            let store = try Store.openService(path: path, staff: options.staffName, clock: try testingClock(), recentDays: DashboardState.openingDays)
            if try !store.fillWithDemoIfEmpty(seed: seed) {
                say("liaison: \(path) already holds records; opening it without adding sample data.")
            }
            if noOpen {
                print(InertText.visible(path))
            } else {
                try openDemoDashboard(store: store)
            }
        }
    }

    /// The dashboard on the demo store just written (or found), with the same theme options.
    func openDemoDashboard(store: Store) throws {
        try DashboardCommand.open(store: store, theme: themeOption)
    }
}
