import LiaisonCore
print("liaison-bench: schema \(LiaisonCore.schemaVersion)")
