import LiaisonCore
import TerminalUI

/// What the contact form holds and how keys change it; no store and no drawing, so the whole
/// flow can be tested key by key. `ContactEntryScreen` saves it and draws it.
struct ContactForm {
    var person = PickerField()
    var partner = PickerField()
    var channel = ChoiceField(Contact.Channel.allCases.map { ($0.rawValue, $0.rawValue.capitalized) })
    var direction = ChoiceField([("incoming", "They contacted us"), ("outgoing", "We contacted them")])
    var advice = MultilineText()
    /// Advice left at "Decide later" is owed as "decide: ask in writing" until someone decides (R6).
    var confirmation = ChoiceField([
        ("", "Decide later (owed)"), ("requested", "Requested"), ("received", "Received"), ("not-needed", "Not needed"),
        ("not-possible", "Not possible"),
    ])
    var shared = ChoiceField([("no", "No"), ("yes", "Yes")])
    var exception = ChoiceField([("", "None"), ("best-interests", "Best interests"), ("safeguarding", "Safeguarding")])
    /// A promise is a courtesy such as "call back by 3pm" (R8); it is listed with the tasks.
    var taskKind = ChoiceField([("task", "Task"), ("promise", "Promise (e.g. call back)")])
    /// Follow-ups kept with Ctrl-T while the next is typed.
    var queuedFollowUps: [FollowUp] = []
    /// The single-line inputs, by field.
    var texts: [ContactField: TextField] = [:]
    var focus: ContactField = .person
    var errors: [ContactField: String] = [:]
    /// How the service writes dates (`27/11` or `11/27`), from its settings.
    var dateOrder: DateOrder = .dayFirst

    /// Who can be picked; kept here so matching needs nothing else.
    var people: [PickerItem]
    var partners: [PickerItem]
    /// Each person's sharing basis by id.
    var bases: [String: SharingBasis]

    /// The picked person's sharing basis, shown at once and deciding whether an exception is asked for.
    var basis: SharingBasis? { person.chosen.flatMap { bases[$0.id] } }

    static let textFields: [ContactField] = [
        .when, .summary, .confirmationNote, .carePlanChange, .carePlanReason, .exceptionReason, .decidedBy,
        .capacityBy, .capacityOn, .capacityDecision, .consulted, .taskTitle, .taskOwner, .taskDue, .nature,
    ]
    static let newPartnerLabel = "New partner…"

    init(people: [PickerItem], partners: [PickerItem], bases: [String: SharingBasis]) {
        self.people = people
        self.bases = bases
        self.partners = partners
        for field in Self.textFields { texts[field] = TextField() }
    }

    func text(_ field: ContactField) -> String { texts[field]?.text ?? "" }

    /// R3: an exception is asked for only when we shared and the basis does not allow it.
    var needsException: Bool { shared.value == "yes" && !(basis?.allowsSharing ?? false) }

    /// The fields shown now, in Tab order.
    var visibleFields: [ContactField] {
        ContactField.allCases.filter { field in
            switch field {
            case .confirmationNote: confirmation.value != ""
            case .exception, .exceptionReason, .decidedBy: needsException
            // Best interests rests on a capacity assessment (R3); safeguarding does not.
            case .capacityBy, .capacityOn, .capacityDecision, .consulted: needsException && exception.value == "best-interests"
            case .taskKind: !text(.taskTitle).isEmpty
            default: true
            }
        }
    }

    var personMatches: [PickerItem] { person.matches(in: people, newLabel: nil) }
    var partnerMatches: [PickerItem] { partner.matches(in: partners, newLabel: Self.newPartnerLabel) }

    enum Outcome: Equatable {
        /// A value changed: the draft is written again.
        case edited
        case moved
        /// "New partner…" was chosen; the screen asks for the partner's details.
        case wantsNewPartner(name: String)
        case unused
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .tab:
            let picked = pickSingleMatch()
            move(by: 1)
            return picked ? .edited : .moved
        case .backTab:
            move(by: -1)
            return .moved
        default:
            break
        }
        let outcome = edit(key)
        if outcome == .edited { errors[focus] = nil }
        if case .paste = key, focus == .advice ? advice.wasCut : texts[focus]?.wasCut == true {
            errors[focus] = FormMessage.pasteCut
        }
        return outcome
    }

    private mutating func edit(_ key: Key) -> Outcome {
        switch focus {
        case .person, .partner:
            let matches = focus == .person ? personMatches : partnerMatches
            var picker = focus == .person ? person : partner
            let result = picker.handle(key, matches: matches)
            if focus == .person { person = picker } else { partner = picker }
            switch result {
            case .picked(let item) where item.id == PickerField.newItemID:
                return .wantsNewPartner(name: partner.query.text)
            case .picked(let item):
                choose(item)
                move(by: 1)
                return .edited
            case .edited: return .edited
            case .moved: return .moved
            case .unused: return moveOnArrows(key)
            }
        case .channel, .direction, .confirmation, .shared, .exception, .taskKind:
            if choiceHandle(key) { return .edited }
            return moveOnArrows(key)
        case .advice:
            if advice.handle(key) { return .edited }
            return moveOnArrows(key)
        default:
            guard var input = texts[focus] else { return .unused }
            let before = input.text
            guard input.handle(key) else { return moveOnArrows(key) }
            texts[focus] = input
            return input.text == before ? .moved : .edited
        }
    }

    private mutating func choiceHandle(_ key: Key) -> Bool {
        switch focus {
        case .channel: channel.handle(key)
        case .direction: direction.handle(key)
        case .confirmation: confirmation.handle(key)
        case .shared: shared.handle(key)
        case .exception: exception.handle(key)
        case .taskKind: taskKind.handle(key)
        default: false
        }
    }

    /// ↑ ↓ and Enter a field does not use move between fields, as in most forms.
    private mutating func moveOnArrows(_ key: Key) -> Outcome {
        switch key {
        case .down, .enter: move(by: 1)
        case .up: move(by: -1)
        default: return .unused
        }
        return .moved
    }

    mutating func move(by step: Int) {
        let fields = visibleFields
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[(index + step + fields.count) % fields.count]
    }

    /// Tab on a picker with exactly one real match takes it: fewer keys mid-call, and never a guess.
    private mutating func pickSingleMatch() -> Bool {
        guard focus == .person || focus == .partner else { return false }
        let real = (focus == .person ? personMatches : partnerMatches).filter { $0.id != PickerField.newItemID }
        guard real.count == 1 else { return false }
        choose(real[0])
        return true
    }

    /// Takes `item` in the focused picker.
    mutating func choose(_ item: PickerItem) {
        if focus == .person { person.choose(item) } else { partner.choose(item) }
    }

    /// Adds a partner made inside the form and picks it, as if it had always been in the list.
    mutating func adoptNewPartner(_ item: PickerItem) {
        partners.append(item)
        partner.choose(item)
        errors[.partner] = nil
        focus = .partner
        move(by: 1)
    }
}
