/// The demo's people, partners and words: names from many backgrounds and scripts, and the
/// kind of advice partners give, written for this program.
enum DemoText {
    /// The demo service's registered manager, on the staff list like everyone else.
    static let registeredManager = "Ruth Okafor"

    /// The demo's staff list: the registered manager, a deputy, and the care team.
    static var staffList: [StaffMember] {
        [StaffMember(name: registeredManager, role: .registeredManager), StaffMember(name: "Sam Lead", role: .manager)]
            + staff.enumerated().map { StaffMember(name: $1, role: $0 < 2 ? .shiftLead : .carer) }
    }

    /// The demo's staff list with whoever made the demo on it as a manager (unless it names
    /// them already): reviewing a day is a shift lead's and acknowledging an exception a
    /// manager's, and someone trying the demo under their login name should be able to try both.
    static func staffList(madeBy runner: String) -> [StaffMember] {
        let listed = staffList.contains { $0.isNamed(runner) }
        return staffList + (listed || runner.isEmpty ? [] : [StaffMember(name: runner, role: .manager)])
    }

    static let staff = ["Amara Okafor", "Tom Whitfield", "Priya Raman", "Kasia Nowak", "Jamal Haddad", "Lena Fischer"]

    static let people: [(name: String, preferred: String?)] = [
        ("王秀英", "Xiuying"), ("Αλέξανδρος Παπαδόπουλος", "Alex"), ("María Ñúñez", nil), ("Zofia Kowalczyk", nil),
        ("Chukwuemeka Okonkwo", "Emeka"), ("Nguyễn Thị Lan", "Lan"), ("Siobhán Ní Bhriain", nil), ("Øyvind Haugen", nil),
        ("Edith Brown", "Edie"), ("Harold Finch", nil), ("Fatima Al-Sayed", nil), ("Rajesh Kumar", "Raj"),
        ("Ayşe Yılmaz", nil), ("Björn Lindqvist", nil), ("Gráinne O'Sullivan", nil), ("José Luis García", "Pepe"),
        ("Olamide Adeyemi", nil), ("Hiroshi Tanaka", nil), ("Мария Иванова", "Masha"), ("Dorothy Pemberton", "Dot"),
        ("Kwame Mensah", nil), ("Anjali Desai", nil), ("Ewan McAllister", nil), ("Leïla Benali", nil),
        ("Tomasz Wiśniewski", "Tomek"), ("Grace Achieng", nil), ("Dafydd ap Rhys", nil), ("Mehmet Demir", nil),
        ("Sunita Sharma", nil), ("Patrick Byrne", "Paddy"), ("Amélie Lefèvre", nil), ("Samuel Cohen", "Sam"),
        ("김민준", "Min-jun"), ("Abdirahman Hassan", nil), ("Margaret Thornton", "Peggy"), ("Ioana Popescu", nil),
        ("Winston Clarke", nil), ("Aroha Ngata", nil), ("Jürgen Müller", nil), ("Precious Moyo", nil),
    ]

    static let locations = (1...24).map { "Room \($0)" } + ["Flat 1, Elm House", "Flat 2, Elm House", "Flat 3, Elm House", "Cedar Bungalow"]

    static let partners: [(name: String, role: PartnerRole, org: String)] = [
        ("Dr Anil Patel", .gp, "Riverside Surgery"), ("Dr Helen Ward", .gp, "Millbrook Medical Centre"),
        ("Sister Joanne Reilly", .districtNurse, "Community Health Trust"), ("Kofi Asante", .districtNurse, "Community Health Trust"),
        ("Beth Llewellyn", .communityNurse, "Learning Disability Team"), ("Marcus Webb", .socialWorker, "Adult Social Care"),
        ("Ruth Adebayo", .advocate, "Voice Advocacy"), ("Gemma Clarke", .occupationalTherapist, "Community Therapy"),
        ("Dr Sofia Marín", .clinicalPsychiatrist, "Mental Health Trust"), ("Dr Owen Price", .clinicalPsychologist, "Mental Health Trust"),
        ("Liam Doherty", .physiotherapist, "Community Therapy"), ("Mr Farouk Iqbal", .consultant, "General Hospital (Neurology)"),
        ("Hannah Kerr", .dietician, "Nutrition and Dietetics"), ("Niamh Gallagher", .salt, "Speech and Language Therapy"),
        ("Dr Wei Chen", .dentist, "Bridge Street Dental"), ("Friends of St Mark's", .volunteer, "St Mark's Community Hall"),
        ("Colleague: night team", .colleague, "Our service"), ("Pharmacy at Hill Road", .other, "Hill Road Pharmacy"),
    ]

    /// One kind of exchange with a partner: what the contact was, the advice given, the ways it
    /// can plausibly happen (a home visit is never a letter), and who began it when the words say.
    struct Exchange {
        let summary: String
        let advice: String?
        let channels: [Contact.Channel]
        let direction: Contact.Direction?

        init(_ summary: String, _ advice: String?, _ channels: [Contact.Channel], _ direction: Contact.Direction? = nil) {
            self.summary = summary
            self.advice = advice
            self.channels = channels
            self.direction = direction
        }
    }

    /// What a partner in each role typically gets in touch about, and what they advise.
    static func exchanges(for role: PartnerRole) -> [Exchange] {
        switch role {
        case .gp: [
            Exchange("GP reviewed chest infection by phone", "Finish the course of amoxicillin; call back if temperature goes over 38 or breathing worsens.", [.phone]),
            Exchange("GP called about blood test results", "Potassium slightly low; encourage bananas and orange juice and repeat the bloods in two weeks.", [.phone], .incoming),
            Exchange("Medication review with GP", "Stop the evening dose of amlodipine; check blood pressure every morning for a week and send the readings.", [.phone, .video]),
            Exchange("GP home visit for swollen ankles", "Keep legs raised when sitting and weigh every morning; report a gain of 2 kg in three days.", [.visit], .incoming),
        ]
        case .districtNurse: [
            Exchange("District nurse dressed heel wound", "Keep the heel off the mattress with the boot; check the skin every two hours and note any redness.", [.visit], .incoming),
            Exchange("Insulin visit and sugar check", "Give supper before 7pm so the evening insulin matches; record sugars before each meal.", [.visit], .incoming),
            Exchange("Pressure area check", "Use the air mattress on setting 3 and turn every three hours overnight.", [.visit], .incoming),
        ]
        case .communityNurse: [
            Exchange("Community nurse reviewed anxiety plan", "Offer the picture timetable each morning and give ten minutes' warning before any change.", [.visit, .video]),
        ]
        case .socialWorker: [
            Exchange("Social worker arranged care review", "Invite the family to the review and send the updated support plan a week before.", [.phone, .email]),
            Exchange("Safeguarding enquiry update", nil, [.phone, .meeting]),
        ]
        case .advocate: [Exchange("Advocate visited to discuss move", "Give information in easy-read form and allow a second visit before any decision.", [.visit], .incoming)]
        case .occupationalTherapist: [Exchange("OT assessed for new chair", "Use the riser chair only with the footplate down; stop using the old recliner.", [.visit], .incoming)]
        case .clinicalPsychiatrist: [Exchange("Psychiatrist outpatient review", "Reduce quetiapine to 25 mg at night; watch for poor sleep or agitation and log it.", [.meeting, .video], .outgoing)]
        case .clinicalPsychologist: [Exchange("Psychologist shared behaviour plan", "When distressed, reduce noise and offer the sensory box before talking through what happened.", [.email, .meeting], .incoming)]
        case .physiotherapist: [Exchange("Physio after fall", "Walk with the frame and one staff member alongside; do the sit-to-stand exercises twice a day.", [.visit], .incoming)]
        case .consultant: [Exchange("Neurology clinic letter received", "Give Parkinson's medicines exactly on time; a delay of 30 minutes can cause stiffness.", [.letter], .incoming)]
        case .dietician: [Exchange("Dietician reviewed weight loss and the weight chart", "Fortify porridge and soups with milk powder and offer a snack mid-morning and mid-afternoon.", [.visit, .video])]
        case .salt: [
            Exchange("SALT swallow assessment", "Move to level 2 mildly thick fluids; sit fully upright for meals and 30 minutes after.", [.visit], .incoming),
            Exchange("SALT follow-up on communication", "Use short sentences and the yes/no cards; wait at least ten seconds for an answer.", [.visit, .video]),
        ]
        case .dentist: [Exchange("Dentist check-up", "Brush twice daily with high-fluoride toothpaste; do not rinse after brushing.", [.visit], .outgoing)]
        case .volunteer: [Exchange("Community group offered a place", nil, [.phone, .email], .incoming)]
        case .colleague: [Exchange("Night team handover about unsettled night", nil, [.meeting], .incoming)]
        case .other: [Exchange("Pharmacy called about a delayed prescription", "Give the remaining tablets from the old box until the new supply arrives on Friday.", [.phone], .incoming)]
        }
    }
}
