import Foundation
import LiaisonCore

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "dashboard" {
    // `liaison-bench dashboard [STORE]`: the dashboard's start-up and key figures.
    try DashboardBenchmark.run(arguments: Array(arguments.dropFirst()))
} else {
    print("liaison-bench: schema \(LiaisonCore.schemaVersion)")
}
