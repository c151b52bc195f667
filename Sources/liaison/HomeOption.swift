import ArgumentParser
import LiaisonCore

/// Runs `body`, refusing a home that is not one of the service's as a bad choice is refused
/// (exit 64, with the homes listed), not as a failed save: the homes are the settings', so they
/// can only be checked once the store is open.
func choosingHome<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as FieldError where error.field == "home" {
        say("liaison: home: \(error.message)")
        throw ExitCode.validationFailure
    }
}

/// The home named by `--home`, found among the service's homes in `settings`; nil without the option.
func chosenHome(_ typed: String?, in settings: ServiceSettings) throws -> Home? {
    guard let typed else { return nil }
    return try choosingHome { try settings.homeList.resolve(typed) }
}
