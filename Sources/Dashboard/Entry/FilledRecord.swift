import LiaisonCore

/// The record an edit form filled its inputs from. The save applies what was typed to that
/// record, as it was read, so the store refuses it when a colleague changed the record in
/// between ("changed this … since you opened it"); reading it afresh at the save would write
/// the form's older values over their change without a word.
///
/// A form restored from a draft was never filled in this process: it reads the record once,
/// when first asked, and from then on holds that version.
final class FilledRecord<R: LiaisonRecord> {
    private var held: R?

    /// Called from the form's fill, with the record its inputs now show.
    func remember(_ record: R) { held = record }

    /// The record `id` as the form has it, else as `read` finds it now.
    func record(_ id: String, read: (String) throws -> R?) rethrows -> R? {
        if let held, held.id == id { return held }
        held = try read(id)
        return held
    }
}
