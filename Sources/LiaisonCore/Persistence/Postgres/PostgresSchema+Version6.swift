import Foundation

extension PostgresSchema {
    /// Version 6: two things only a schema step could put right.
    ///
    /// The wall's views say whether the person a line is about left the service
    /// (`person_left`), so a group's wall marks open work about them as a store file's wall does;
    /// which way they left stays off the wall. A column added at the end of each view, so each is
    /// restated as version 3 left it, with that one column more.
    ///
    /// And a care worker may add their own reading of a handover, as a store file lets them:
    /// version 1 refused every `day_review` row to anyone but a shift lead or a manager, where
    /// only a review of the day's contacts is theirs (R12); changing a mark stays theirs, and a
    /// mark for every home is only for someone who works in every home. The rule is in
    /// `record_write`, whose body can only be replaced whole: it is version 1's, with that one
    /// condition changed and one added before it (`recordWriteVersion6`), so nothing else in it
    /// can drift.
    static let version6 = #"""
        SET LOCAL search_path = liaison, pg_catalog;
        SET LOCAL ROLE liaison_owner;

        CREATE OR REPLACE VIEW wall_contact WITH (security_barrier) AS
          SELECT c.id, c.happened_at, cb ->> 'channel' AS channel, c.confirmation,
                 to_timestamp((cb -> 'confirmation' ->> 'requestedAt')::float8) AS requested_at,
                 coalesce(jsonb_array_length(cb -> 'confirmation' -> 'chases'), 0) AS chases,
                 p.home_id, initials(pb ->> 'name') AS initials, pb ->> 'location' AS location,
                 r.role AS partner_role, p.discharged_at IS NOT NULL AS person_left
          FROM contact c CROSS JOIN LATERAL (SELECT c.body::jsonb AS cb OFFSET 0) parsed_contact
            JOIN person p ON p.id = c.person_id CROSS JOIN LATERAL (SELECT p.body::jsonb AS pb OFFSET 0) parsed_person
            JOIN partner r ON r.id = c.partner_id
          WHERE (c.happened_at >= now() - interval '1 day' OR c.confirmation = 'requested' OR c.confirmation = 'undecided')
            AND ((SELECT all_homes()) OR p.home_id IN (SELECT unnest(my_homes())));

        CREATE OR REPLACE VIEW wall_task WITH (security_barrier) AS
          SELECT k.id, k.due, (kb ->> 'isPromise')::boolean AS is_promise, kb ->> 'owner' AS owner,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location,
                 r.role AS partner_role, p.discharged_at IS NOT NULL AS person_left
          FROM task k CROSS JOIN LATERAL (SELECT k.body::jsonb AS kb OFFSET 0) parsed_task
            LEFT JOIN person p ON p.id = k.person_id LEFT JOIN partner r ON r.id = k.partner_id
          WHERE k.status = 'open' AND (CASE WHEN k.person_id IS NULL THEN (SELECT all_homes())
                                            ELSE (SELECT all_homes()) OR p.home_id IN (SELECT unnest(my_homes())) END);

        CREATE OR REPLACE VIEW wall_escalation WITH (security_barrier) AS
          SELECT e.id, e.body::jsonb ->> 'kind' AS kind, e.stage, coalesce(e.body::jsonb ->> 'urgency', 'routine') AS urgency,
                 to_timestamp((e.body::jsonb ->> 'acknowledgeBy')::float8) AS acknowledge_by,
                 to_timestamp((e.body::jsonb ->> 'resolveBy')::float8) AS resolve_by,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location,
                 p.discharged_at IS NOT NULL AS person_left
          FROM escalation e LEFT JOIN person p ON p.id = e.person_id
          WHERE e.stage <> 'resolved' AND (CASE WHEN e.person_id IS NULL THEN (SELECT all_homes())
                                                ELSE (SELECT all_homes()) OR p.home_id IN (SELECT unnest(my_homes())) END);

        \#(recordWriteVersion6)

        INSERT INTO schema_version (version, description)
          VALUES (6, 'the wall''s views say who left; anyone on the staff list may add their own reading of a handover; a mark for every home only by someone who works in every home');
        """#

    /// Version 1's `record_write`, replaced: a new `day_review` row that acknowledges a handover
    /// (`purpose` "handover") is anyone's on the staff list; a review of a day's contacts, and
    /// any change to a mark already kept, is still a shift lead's or a manager's. And a mark
    /// with no home (every home's) is only for someone who works in every home, whatever their
    /// job: the client never writes one for anyone else, and the server now says so too.
    static let recordWriteVersion6: String = {
        let start = version1Rules.range(of: "CREATE FUNCTION record_write()")!
        let end = version1Rules.range(of: "\n$$;\n", range: start.upperBound..<version1Rules.endIndex)!
        let body = String(version1Rules[start.lowerBound..<end.upperBound])
        let (before, after) = dayReviewRuleVersion6
        precondition(body.components(separatedBy: before).count == 2, "record_write's day review rule is not as version 1 wrote it")
        return "CREATE OR REPLACE FUNCTION record_write()" + body.dropFirst("CREATE FUNCTION record_write()".count)
            .replacingOccurrences(of: before, with: after)
    }()

    /// The line of version 1's `record_write` that version 6 replaces, and what replaces it.
    static let dayReviewRuleVersion6 = (
        before: "IF TG_TABLE_NAME = 'day_review' AND coalesce(job, '') NOT IN ('shift-lead', 'manager') THEN",
        after: """
            IF TG_TABLE_NAME = 'day_review' AND b ->> 'home' IS NULL AND NOT all_homes() THEN
                RAISE EXCEPTION 'a mark for every home is made by someone who works in every home; % works in %', me, array_to_string(my_homes(), ', ')
                  USING ERRCODE = '42501';
              END IF;
              IF TG_TABLE_NAME = 'day_review' AND coalesce(job, '') NOT IN ('shift-lead', 'manager')
                 AND NOT (TG_OP = 'INSERT' AND b ->> 'purpose' IS NOT DISTINCT FROM 'handover') THEN
            """)
}
