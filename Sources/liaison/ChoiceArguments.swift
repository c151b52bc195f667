import ArgumentParser
import LiaisonCore

// The choices the command line takes, typed: ArgumentParser then lists each one's values in
// `--help` and refuses anything else before a store is opened, naming the choices. Each reads
// as `ChoiceInput` does in LiaisonCore (any case, `_` or `-`), so scripts written for either keep
// working.

/// A choice as a care worker might type it: `Best_Interests` is `best-interests`.
private func normalised(_ argument: String) -> String {
    argument.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
}

extension Contact.Channel: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

extension Contact.Direction: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

extension Confirmation.State: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

extension Confirmation.Medium: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

extension SharingException.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

extension SharingBasis.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

extension Escalation.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

/// Roles also take the policy's longer names (`speech-and-language-therapist`, `physio`); the
/// help lists the short ones.
extension PartnerRole: ExpressibleByArgument {
    public init?(argument: String) {
        guard let role = try? ChoiceInput.role(argument) else { return nil }
        self = role
    }
}

/// What `liaison export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case json, csv

    init?(argument: String) { self.init(rawValue: normalised(argument)) }
}

/// `--nature`: four words from four lists rather than one choice, so it cannot be an enum; it is
/// still checked as the command line is read, and refused naming what each word may be.
enum NatureArgument {
    /// A contact's whole nature: one word from each axis.
    static func whole(_ text: String) throws -> String {
        do { _ = try PartnershipNature.parse(text) } catch let error as FieldError { throw ValidationError(error.message) }
        return text
    }

    /// A report's filter: any of the words.
    static func filter(_ text: String) throws -> String {
        do { _ = try PartnershipNature.filterWords(text) } catch let error as FieldError { throw ValidationError(error.message) }
        return text
    }
}
