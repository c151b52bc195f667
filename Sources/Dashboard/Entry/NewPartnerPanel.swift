import LiaisonCore
import TerminalUI

/// Adds a partner from inside the partner picker, so a professional who is new to the service
/// can be recorded without leaving the half-typed contact. A small form on the same engine:
/// Tab between fields, Enter adds, Esc goes back to the contact.
struct NewPartnerPanel {
    static let labels = ["Name", "Role", "Organisation", "Phone", "Email"]
    var model: FormModel
    private var scrollTop = 0

    init(name: String, values: [String: String] = [:]) {
        model = FormModel(inputs: Self.labels.map { FormInput.text($0, $0) })
        var start = values
        if start["Name"] == nil { start["Name"] = name }
        model.restore(start)
        if values.isEmpty && !name.isEmpty { model.focus = "Role" }
    }

    /// The fields' texts, for the draft.
    var values: [String: String] { Dictionary(uniqueKeysWithValues: Self.labels.map { ($0, model[$0]) }) }

    enum Outcome { case editing, submitted, cancelled }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .submitted
        case .escape: return .cancelled
        default:
            _ = model.handle(key)
            return .editing
        }
    }

    /// The role typed, read as `PartnerRole.read` reads it: `gp` and `speech` find one; `nurse`,
    /// which fits two, is refused with both.
    var role: Result<PartnerRole, FieldError> {
        Result { try PartnerRole.read(model["Role"], field: "Role") }.mapError { $0 as? FieldError ?? FieldError("Role", "\($0)") }
    }

    /// The partner to save, or the field to complain about.
    func draft() -> Result<PartnerDraft, FieldError> {
        let role: PartnerRole
        switch self.role {
        case .success(let read): role = read
        case .failure(let error): return .failure(error)
        }
        return .success(PartnerDraft(name: model["Name"], role: role, organisation: model["Organisation"],
                                     phone: model["Phone"], email: model["Email"]))
    }

    mutating func show(_ error: FieldError) {
        let label = ["name": "Name", "email": "Email", "phone": "Phone", "role": "Role", "org": "Organisation"][error.field] ?? error.field
        let field = Self.labels.contains(label) ? label : "Name"
        model.errors[field] = error.message
        model.focus = field
    }

    mutating func draw(in area: Rect, grid: inout CellGrid, theme: Theme) {
        let rows = Self.labels.count + model.errors.count * 2
        let box = area.centered(width: min(area.width, 70), height: min(area.height, rows + 5))
        grid.fill(box, style: theme[.overlay])
        grid.drawBox(box, style: theme[.overlayBorder], title: "New partner", titleStyle: theme[.overlayBorder])
        let inner = box.inset(by: 1)
        grid.cursor = nil
        FormView().draw(model, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(1, inner.height - 2)),
                        scrollTop: &scrollTop, grid: &grid, theme: theme)
        let hint = model["Role"].trimmingCharacters(in: .whitespaces).isEmpty ? "Role: type part of it"
            : (try? role.get()).map { "Role: \($0.title)" } ?? "Role: fits none or several; type more"
        grid.write(hint + "   Enter add   Esc back", x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, style: theme[.muted])
    }
}
