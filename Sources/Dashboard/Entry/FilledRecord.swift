import LiaisonCore
import TerminalUI

/// What a form keeps in its draft beside its inputs' values, and takes back when the draft is
/// restored.
protocol DraftPart: AnyObject {
    var draftValues: [String: String] { get }
    func restore(from values: [String: String])
}

/// The record an edit form filled its inputs from. The save applies what was typed to that
/// record, as it was read, so the store refuses it when a colleague changed the record in
/// between ("changed this … since you opened it"); reading it afresh at the save would write
/// the form's older values over their change without a word.
///
/// The draft keeps which version was filled, so a form restored after a crash is held to it
/// too: a colleague's change made while the form lay unsaved is refused, not overwritten.
final class FilledRecord<R: LiaisonRecord>: DraftPart {
    private var held: R?
    /// The record and version a restored draft was filled from.
    private var restored: (id: String, version: Int)?

    /// The record the inputs were last filled from, while its picker is being typed in too.
    var id: String? { held?.id ?? restored?.id }

    /// Called from the form's fill, with the record its inputs now show. Returns whether it
    /// replaces another record the form was filled from: what was typed about that one (why it
    /// is being changed) does not belong to this one.
    @discardableResult
    func remember(_ record: R) -> Bool {
        let previous = held?.id ?? restored?.id
        held = record
        restored = nil
        return previous.map { $0 != record.id } ?? false
    }

    /// `remember`, and what was typed about the last record emptied when the record is another
    /// one: the reason for the change, and the inputs in `typedAbout` (a task's outcome, what
    /// holds it up), which the fill does not write and would otherwise be saved on this record.
    func remember(_ record: R, in m: inout FormModel, typedAbout: [String] = []) {
        guard remember(record) else { return }
        for id in ["reason"] + typedAbout { m.clear(id) }
    }

    /// The record `id` as the form has it, else as `read` finds it now, marked with the version
    /// a restored draft was typed against.
    func record(_ id: String, read: (String) throws -> R?) rethrows -> R? {
        if let held, held.id == id { return held }
        guard var fresh = try read(id) else { return nil }
        if let restored, restored.id == id { fresh.audit.version = restored.version }
        held = fresh
        return fresh
    }

    var draftValues: [String: String] {
        guard let held else { return [:] }
        return [Self.idKey: held.id, Self.versionKey: String(held.audit.version)]
    }

    func restore(from values: [String: String]) {
        guard let id = values[Self.idKey], let version = values[Self.versionKey].flatMap({ Int($0) }) else { return }
        restored = (id, version)
        // Read before the draft came back (a note or a shown input asking as the form opened),
        // the record would carry the version on disk: the draft's is the one it was typed against.
        held = nil
    }

    /// Names no input takes, so the form's own values never clash with them.
    private static var idKey: String { "filled:id" }
    private static var versionKey: String { "filled:version" }
}
