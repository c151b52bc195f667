import LiaisonCore

/// Names the store refused as someone else's while a person form was open. The form knows who
/// has which name from when it opened; a colleague may add or rename someone meanwhile, and the
/// store, which looks inside the save, then refuses. The form must then ask "Someone else of
/// this name?", or the one saving could neither answer nor save.
final class NamesakesMet {
    private var keys: Set<String> = []

    /// Whether the store refused `name` (as staff type it) as someone else's.
    func contains(_ name: String) -> Bool { keys.contains(NameKey.of(name)) }

    /// Runs `save`; a refusal of `name` as someone else's is remembered, then passed on.
    func noting(_ name: String, _ save: () throws -> Void) throws {
        do {
            try save()
        } catch let error as FieldError where error.field == "namesake" {
            keys.insert(NameKey.of(name))
            throw error
        }
    }
}
