import TerminalUI

/// The entry forms the dashboard opens, each on its own key; the key map lists them from here so
/// the help and footer name them the same way.
public enum EntryForm: String, CaseIterable, Sendable {
    case contact, task, taskUpdate = "task-update", escalation, escalationStep = "escalation-step"
    case person, personEdit = "person-edit", partner, partnerEdit = "partner-edit", contactCorrection = "contact-correction"
    case agreement
    case confirmation
    case leaving

    public var key: Key {
        switch self {
        case .contact: .character("a")
        // `t` is "back to today" on the dashboard.
        case .task: .character("T")
        case .taskUpdate: .character("u")
        case .escalation: .character("e")
        case .escalationStep: .character("s")
        case .person: .character("p")
        case .personEdit: .character("P")
        case .partner: .character("n")
        case .partnerEdit: .character("N")
        case .contactCorrection: .character("c")
        case .agreement: .character("g")
        case .confirmation: .character("w")
        case .leaving: .character("L")
        }
    }

    /// The key as a person reads it in a sentence: every form opens on a letter.
    var keyName: String {
        if case .character(let letter) = key { return String(letter) }
        return ""
    }

    public var label: String {
        switch self {
        case .contact: "add a contact or advice"
        case .task: "add a task or promise"
        case .taskUpdate: "task done, delayed or handed on"
        case .escalation: "raise an escalation"
        case .escalationStep: "escalation: note, acknowledge, resolve"
        case .person: "add a person"
        case .personEdit: "change a person (sharing basis too)"
        case .partner: "add a partner"
        case .partnerEdit: "change a partner"
        case .contactCorrection: "correct a saved contact"
        case .agreement: "partnership agreement"
        case .confirmation: "written confirmation: ask, chase, received…"
        case .leaving: "someone leaves or comes back; correct a leaving"
        }
    }

    /// The picker whose record an edit form is filled from, and saves a new version of; nil
    /// for forms that add a record.
    var recordPicker: String? {
        switch self {
        case .partnerEdit: "partner"
        // The confirmation step reads its contact afresh at the save: no version is held.
        case .confirmation: nil
        default: startsOn?.picker
        }
    }

    /// What the form makes, in a few words, for a line naming unsaved forms ("your contact (a)").
    var noun: String {
        switch self {
        case .contact: "contact"
        case .task: "task"
        case .taskUpdate: "task update"
        case .escalation: "escalation"
        case .escalationStep: "escalation step"
        case .person: "new person"
        case .personEdit: "change to a person"
        case .partner: "new partner"
        case .partnerEdit: "change to a partner"
        case .contactCorrection: "correction"
        case .agreement: "agreement"
        case .confirmation: "confirmation step"
        case .leaving: "leaving or return"
        }
    }

    /// The noun for a form named in a draft or notice; one this build does not know, as named.
    static func noun(_ name: String) -> String {
        EntryForm(rawValue: name)?.noun ?? name.replacingOccurrences(of: "-", with: " ")
    }

    /// The pane whose highlighted record this form starts on, and the picker that takes it: `c`
    /// on a highlighted contact corrects that contact, as `w` takes its written confirmation.
    /// Forms that add a record start empty; a highlighted row does not guess what is new.
    var startsOn: (pane: DashboardPane, picker: String)? {
        switch self {
        case .contactCorrection, .confirmation: (.contacts, "contact")
        case .taskUpdate: (.tasks, "task")
        case .escalationStep: (.escalations, "escalation")
        case .personEdit, .agreement, .leaving: (.people, "person")
        default: nil
        }
    }
}
