import Foundation
import GRDB

extension ImportCheck {
    /// A reference one kind of record makes: the column SQLite generates for it, and the field
    /// and kind as the file names them.
    private struct Reference {
        var section: ImportSection
        var column: String
        var field: String
        var names: RecordKind
    }

    private static let references: [Reference] = [
        Reference(section: .contacts, column: "person_id", field: "personID", names: .person),
        Reference(section: .contacts, column: "partner_id", field: "partnerID", names: .partner),
        Reference(section: .tasks, column: "person_id", field: "personID", names: .person),
        Reference(section: .tasks, column: "partner_id", field: "partnerID", names: .partner),
        Reference(section: .escalations, column: "person_id", field: "personID", names: .person),
        Reference(section: .escalations, column: "partner_id", field: "partnerID", names: .partner),
        Reference(section: .agreements, column: "person_id", field: "personID", names: .person),
    ]

    /// The checks that span records, asked of SQLite over the rows an import has written, before
    /// it commits: references to people and partners who are not in the file, and history that
    /// belongs to no record of its kind, is not earlier than that record's version, or repeats a
    /// version. Each record is named by its place in the file (its row's `rowid`, less one).
    static func links(_ db: Database, into problems: inout ImportProblemList) throws {
        for reference in references {
            let table = reference.section.table, column = reference.column
            let named = ImportSection.holding(reference.names).table
            // The names missing are found from the column's index, not by reading every body;
            // then only the records naming them are read.
            try gather(db, """
                SELECT r.rowid - 1, r.id, r.\(column) FROM \(table) AS r
                WHERE r.\(column) IN (SELECT DISTINCT \(column) FROM \(table) WHERE \(column) NOT IN (SELECT id FROM \(named)))
                ORDER BY r.rowid
                """, into: &problems) { row in
                ImportProblem(
                    record: ImportRow.label(reference.section, row[0], id: row[1]), field: reference.field,
                    message: "names \(reference.names.rawValue) \(row[2] as String), who is not in the file")
            }
        }
        // Each entry's record's own version, looked up in the table of the entry's kind.
        let current = RecordKind.allCases.map { kind in
            "WHEN '\(kind.rawValue)' THEN (SELECT json_extract(body, '$.audit.version') FROM \(ImportSection.holding(kind).table) WHERE id = h.record_id)"
        }.joined(separator: " ")
        try gather(db, """
            SELECT position, id, kind, record_id, version, current FROM (
              SELECT h.rowid - 1 AS position, h.id, h.kind, h.record_id, h.version, CASE h.kind \(current) END AS current FROM history AS h)
            WHERE current IS NULL OR version < 1 OR version >= current
            ORDER BY position
            """, into: &problems) { row in
            let label = ImportRow.label(.history, row[0], id: row[1])
            let kind: String = row[2], recordID: String = row[3], version: Int = row[4]
            guard let current = row[5] as Int? else {
                return ImportProblem(record: label, field: "recordID", message: "belongs to \(kind) \(recordID), which is not in the file")
            }
            return ImportProblem(record: label, field: "version", message: "version \(version) is not earlier than the record's own version \(current)")
        }
        try gather(db, """
            SELECT h.rowid - 1, h.id, h.record_id, h.version FROM history AS h
            WHERE (h.record_id, h.version) IN (SELECT record_id, version FROM history GROUP BY record_id, version HAVING count(*) > 1)
              AND EXISTS (SELECT 1 FROM history AS e WHERE e.record_id = h.record_id AND e.version = h.version AND e.rowid < h.rowid)
            ORDER BY h.rowid
            """, into: &problems) { row in
            ImportProblem(
                record: ImportRow.label(.history, row[0], id: row[1]), field: "version",
                message: "version \(row[3] as Int) of \(row[2] as String) appears twice")
        }
    }

    /// Runs `sql`, a problem for each row it finds (`ImportProblemList` keeps the first and
    /// counts the rest, so a file wrong everywhere is refused in the same memory).
    private static func gather(_ db: Database, _ sql: String, into problems: inout ImportProblemList, _ problem: (Row) -> ImportProblem) throws {
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            problems.append(problem(row))
        }
    }
}
