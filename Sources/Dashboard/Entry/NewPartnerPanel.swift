import LiaisonCore
import TerminalUI

/// Adds a partner from inside the partner picker, so a professional who is new to the service
/// can be recorded without leaving the half-typed contact.
struct NewPartnerPanel {
    var form: Form

    init(name: String, values: [String: String] = [:]) {
        form = Form(title: "New partner", fields: [
            FormField("Name", value: values["Name"] ?? name),
            FormField("Role", value: values["Role"] ?? ""),
            FormField("Organisation", value: values["Organisation"] ?? ""),
            FormField("Phone", value: values["Phone"] ?? ""),
            FormField("Email", value: values["Email"] ?? ""),
        ])
        form.focus(values.isEmpty && !name.isEmpty ? 1 : 0)
    }

    /// The fields' texts, for the draft.
    var values: [String: String] {
        Dictionary(form.fields.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// The role typed, matched like the pickers: `gp`, `nurse`, `speech` all find one.
    var role: PartnerRole? {
        let typed = form["Role"]?.value ?? ""
        guard !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return NameMatcher.rank(typed, in: PartnerRole.allCases, texts: { [$0.title, $0.rawValue] }).first
    }

    /// The partner to save, or the field to complain about.
    func draft() -> Result<PartnerDraft, FieldError> {
        guard let role else {
            return .failure(FieldError("Role", "type the role, e.g. GP, district nurse, social worker, or other"))
        }
        func value(_ label: String) -> String? { form[label]?.value }
        return .success(PartnerDraft(name: value("Name") ?? "", role: role, organisation: value("Organisation"),
                                     phone: value("Phone"), email: value("Email")))
    }

    mutating func show(_ error: FieldError) {
        let label = ["name": "Name", "email": "Email", "role": "Role"][error.field] ?? error.field
        if let index = form.fields.firstIndex(where: { $0.label == label }) {
            form.fields[index].error = error.message
            form.focus(index)
        } else {
            form.fields[0].error = error.message
        }
    }

    func draw(in area: Rect, grid: inout CellGrid, theme: Theme) {
        let box = area.centered(width: min(area.width, 70), height: min(area.height, form.height + 5))
        grid.fill(box, style: theme[.overlay])
        grid.drawBox(box, style: theme[.overlayBorder], title: form.title, titleStyle: theme[.overlayBorder])
        let inner = box.inset(by: 1)
        form.draw(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 2), grid: &grid, theme: theme)
        let hint = role.map { "Role: \($0.title)" } ?? "Role: type part of it"
        grid.write(hint + "   Enter add   Esc back", x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, style: theme[.muted])
    }
}
