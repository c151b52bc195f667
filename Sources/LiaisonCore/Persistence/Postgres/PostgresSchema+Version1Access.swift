extension PostgresSchema {
    /// Version 1's need to know: row-level security by home, the wall's views, the grants, and
    /// the version row.
    static let version1Access = #"""
        -- Need to know, row by row. Staff see the people of the homes they work in, and everything
        -- about those people: their contacts, tasks, escalations, agreements and history. A record
        -- about no one (a task for the whole group) is the group's and every member of staff sees it;
        -- a person with no home, or one whose home nobody lists, is seen only by those who work across
        -- the group. The partner directory and the day reviews of no home are the group's too.
        --
        -- Why managers and auditors are scoped too: the policy asks that a manager or the registered
        -- person be alerted to a partner's concern and acknowledge sharing exceptions: that is the work
        -- of the manager of the home the person lives in, so a manager sees the homes they manage
        -- (one over two sites is listed in both). Auditors only read, and read what they are asked to
        -- audit: a home's, or the whole group's for a quality team (`all_homes`). Nobody sees another
        -- home's residents merely because of their job; breadth is granted per person, in the staff
        -- table, where it can be seen and audited.
        DO $policies$
        DECLARE
          t text;
        BEGIN
          FOREACH t IN ARRAY ARRAY['person', 'contact', 'task', 'escalation', 'agreement', 'day_review', 'history', 'view_log'] LOOP
            EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
          END LOOP;
        END
        $policies$;

        CREATE POLICY home_people ON person
          USING ((SELECT all_homes()) OR home_id IN (SELECT unnest(my_homes())))
          WITH CHECK ((SELECT all_homes()) OR home_id IN (SELECT unnest(my_homes())));
        CREATE POLICY their_people ON contact
          USING (person_id IN (SELECT p.id FROM person p)) WITH CHECK (person_id IN (SELECT p.id FROM person p));
        CREATE POLICY their_people ON agreement
          USING (person_id IN (SELECT p.id FROM person p)) WITH CHECK (person_id IN (SELECT p.id FROM person p));
        CREATE POLICY their_people ON task
          USING (person_id IS NULL OR person_id IN (SELECT p.id FROM person p))
          WITH CHECK (person_id IS NULL OR person_id IN (SELECT p.id FROM person p));
        CREATE POLICY their_people ON escalation
          USING (person_id IS NULL OR person_id IN (SELECT p.id FROM person p))
          WITH CHECK (person_id IS NULL OR person_id IN (SELECT p.id FROM person p));
        CREATE POLICY their_homes ON day_review
          USING (home_id IS NULL OR (SELECT all_homes()) OR home_id IN (SELECT unnest(my_homes())))
          WITH CHECK (home_id IS NULL OR (SELECT all_homes()) OR home_id IN (SELECT unnest(my_homes())));
        CREATE POLICY their_records ON history
          USING (CASE kind
            WHEN 'person' THEN record_id IN (SELECT p.id FROM person p)
            WHEN 'contact' THEN record_id IN (SELECT c.id FROM contact c)
            WHEN 'task' THEN record_id IN (SELECT k.id FROM task k)
            WHEN 'escalation' THEN record_id IN (SELECT e.id FROM escalation e)
            WHEN 'agreement' THEN record_id IN (SELECT a.id FROM agreement a)
            WHEN 'day-review' THEN record_id IN (SELECT d.id FROM day_review d)
            WHEN 'partner' THEN true
            ELSE false END);
        CREATE POLICY their_people ON view_log USING (person_id IN (SELECT p.id FROM person p));

        -- What the wall shows, and nothing else (Dashboard/Wall/WallSnapshotBuilder): no summary,
        -- advice, note, title or full name; people as initials and room; sharing as counts per home.
        -- The views read the tables as their owner, so each limits itself to the wall's homes, and
        -- `security_barrier` keeps a caller's own conditions from running before that limit. A
        -- record about no one is the group's, so only on a wall of every home (`all_homes`).
        CREATE FUNCTION initials(name text) RETURNS text LANGUAGE sql IMMUTABLE
        SET search_path = liaison, pg_catalog AS $$
          SELECT coalesce(string_agg(left(w, 1), '' ORDER BY n), '')
          FROM regexp_split_to_table(name, ' ') WITH ORDINALITY AS t (w, n) WHERE w <> ''
        $$;

        CREATE VIEW wall_contact WITH (security_barrier) AS
          SELECT c.id, c.happened_at, c.body::jsonb ->> 'channel' AS channel, c.confirmation,
                 to_timestamp((c.body::jsonb -> 'confirmation' ->> 'requestedAt')::float8) AS requested_at,
                 coalesce(jsonb_array_length(c.body::jsonb -> 'confirmation' -> 'chases'), 0) AS chases,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location,
                 r.role AS partner_role
          FROM contact c JOIN person p ON p.id = c.person_id JOIN partner r ON r.id = c.partner_id
          WHERE (c.happened_at >= now() - interval '1 day' OR c.confirmation IN ('requested', 'undecided'))
            AND in_scope(p.home_id);

        CREATE VIEW wall_task WITH (security_barrier) AS
          SELECT k.id, k.due, (k.body::jsonb ->> 'isPromise')::boolean AS is_promise, k.body::jsonb ->> 'owner' AS owner,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location,
                 r.role AS partner_role
          FROM task k LEFT JOIN person p ON p.id = k.person_id LEFT JOIN partner r ON r.id = k.partner_id
          WHERE k.status = 'open' AND (CASE WHEN k.person_id IS NULL THEN all_homes() ELSE in_scope(p.home_id) END);

        CREATE VIEW wall_escalation WITH (security_barrier) AS
          SELECT e.id, e.body::jsonb ->> 'kind' AS kind, e.stage, coalesce(e.body::jsonb ->> 'urgency', 'routine') AS urgency,
                 to_timestamp((e.body::jsonb ->> 'acknowledgeBy')::float8) AS acknowledge_by,
                 to_timestamp((e.body::jsonb ->> 'resolveBy')::float8) AS resolve_by,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location
          FROM escalation e LEFT JOIN person p ON p.id = e.person_id
          WHERE e.stage <> 'resolved' AND (CASE WHEN e.person_id IS NULL THEN all_homes() ELSE in_scope(p.home_id) END);

        -- Counts only: whose basis is missing is for the dashboard, never for the wall.
        CREATE VIEW wall_sharing WITH (security_barrier) AS
          SELECT p.home_id,
                 count(*) FILTER (WHERE p.body::jsonb -> 'basis' ->> 'kind' IN ('none', 'withdrawn')) AS no_basis,
                 count(*) FILTER (WHERE p.body::jsonb -> 'basis' ->> 'kind' NOT IN ('none', 'withdrawn')
                                    AND to_timestamp((p.body::jsonb -> 'basis' ->> 'reviewDue')::float8) < now()) AS review_overdue
          FROM person p
          WHERE p.discharged_at IS NULL AND in_scope(p.home_id)
          GROUP BY p.home_id;

        -- Grants: no DELETE, TRUNCATE or schema change to any Liaison role. Staff write only `id` and
        -- `body`; the server fills every other column.
        RESET ROLE;
        REVOKE ALL ON ALL TABLES IN SCHEMA liaison FROM PUBLIC;
        REVOKE ALL ON ALL FUNCTIONS IN SCHEMA liaison FROM PUBLIC;
        GRANT SELECT ON schema_version, home, staff, staff_home TO
          liaison_care_worker, liaison_shift_lead, liaison_manager, liaison_auditor;
        GRANT SELECT ON schema_version, home TO liaison_wall;
        GRANT SELECT, INSERT (id, body), UPDATE (body) ON person, partner, contact, task, escalation, agreement, day_review
          TO liaison_care_worker, liaison_shift_lead, liaison_manager;
        GRANT SELECT, INSERT (id, body) ON history TO liaison_care_worker, liaison_shift_lead, liaison_manager;
        GRANT SELECT ON person, partner, contact, task, escalation, agreement, day_review, history, view_log TO liaison_auditor;
        GRANT SELECT ON view_log TO liaison_manager;
        GRANT SELECT ON wall_contact, wall_task, wall_escalation, wall_sharing TO liaison_wall;
        GRANT EXECUTE ON FUNCTION my_name(), my_job(), all_homes(), my_homes(), in_scope(text), initials(text)
          TO liaison_care_worker, liaison_shift_lead, liaison_manager, liaison_auditor, liaison_wall;
        GRANT EXECUTE ON FUNCTION log_view(text, text) TO liaison_care_worker, liaison_shift_lead, liaison_manager, liaison_auditor;

        INSERT INTO schema_version (version, description) VALUES (1, 'records as JSON, roles, row-level security, wall views, view log');
        """#
}
