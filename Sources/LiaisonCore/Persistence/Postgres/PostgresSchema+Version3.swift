extension PostgresSchema {
    /// Version 3: the wall's own role draws the wall from the wall views alone
    /// (`PostgresWallViews`), so the initials they carry follow the rule the wall writes them by
    /// (`Initials.letters(of:)`): each space- or tab-separated part's first letter, combining
    /// accents kept with it, as written; the wall upper-cases them and adds the dots. Null for a
    /// record about no one (it was '' before), so a task about nobody is told from a person whose
    /// name has no letter. Views that use the function keep using it: only its body changes.
    /// And the wall views are read cheaply (below): through the contact indexes, and asking the
    /// role's homes once a look.
    ///
    /// "Letter" is what the database's locale says is not punctuation, a digit, a space or a
    /// control character; in a database made with the C locale every character beyond ASCII counts,
    /// so a name part opening with typographic punctuation gives that character, which the wall
    /// then leaves out.
    static let version3 = #"""
        SET LOCAL search_path = liaison, pg_catalog;
        SET LOCAL ROLE liaison_owner;

        CREATE OR REPLACE FUNCTION initials(name text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
        SET search_path = liaison, pg_catalog AS $$
          SELECT coalesce(string_agg(substring(w FROM '[^[:punct:][:digit:][:space:][:cntrl:]][\u0300-\u036F]*'), '' ORDER BY n), '')
          FROM unnest(string_to_array(translate(name, E'\t', ' '), ' ')) WITH ORDINALITY AS t (w, n) WHERE w <> ''
        $$;

        -- Read on every save the group makes, by every wall, so read as cheaply as the rows
        -- allow. Version 1's `confirmation IN (…)` could use no index, and every look scanned
        -- every contact; each arm of this OR has its own index (the time, and the partial
        -- indexes of what is owed), so the server ORs three index scans. And the role's homes
        -- are asked once a look (`(SELECT …)`, an init plan), not once a person through
        -- `in_scope`: at 400 people that alone was 20 ms a view. Same rows, same columns.
        -- Each body is parsed once a row (`OFFSET 0` keeps the planner from copying the cast
        -- into every column that reads it).
        CREATE OR REPLACE VIEW wall_contact WITH (security_barrier) AS
          SELECT c.id, c.happened_at, cb ->> 'channel' AS channel, c.confirmation,
                 to_timestamp((cb -> 'confirmation' ->> 'requestedAt')::float8) AS requested_at,
                 coalesce(jsonb_array_length(cb -> 'confirmation' -> 'chases'), 0) AS chases,
                 p.home_id, initials(pb ->> 'name') AS initials, pb ->> 'location' AS location,
                 r.role AS partner_role
          FROM contact c CROSS JOIN LATERAL (SELECT c.body::jsonb AS cb OFFSET 0) parsed_contact
            JOIN person p ON p.id = c.person_id CROSS JOIN LATERAL (SELECT p.body::jsonb AS pb OFFSET 0) parsed_person
            JOIN partner r ON r.id = c.partner_id
          WHERE (c.happened_at >= now() - interval '1 day' OR c.confirmation = 'requested' OR c.confirmation = 'undecided')
            AND ((SELECT all_homes()) OR p.home_id IN (SELECT unnest(my_homes())));

        CREATE OR REPLACE VIEW wall_task WITH (security_barrier) AS
          SELECT k.id, k.due, (kb ->> 'isPromise')::boolean AS is_promise, kb ->> 'owner' AS owner,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location,
                 r.role AS partner_role
          FROM task k CROSS JOIN LATERAL (SELECT k.body::jsonb AS kb OFFSET 0) parsed_task
            LEFT JOIN person p ON p.id = k.person_id LEFT JOIN partner r ON r.id = k.partner_id
          WHERE k.status = 'open' AND (CASE WHEN k.person_id IS NULL THEN (SELECT all_homes())
                                            ELSE (SELECT all_homes()) OR p.home_id IN (SELECT unnest(my_homes())) END);

        CREATE OR REPLACE VIEW wall_escalation WITH (security_barrier) AS
          SELECT e.id, e.body::jsonb ->> 'kind' AS kind, e.stage, coalesce(e.body::jsonb ->> 'urgency', 'routine') AS urgency,
                 to_timestamp((e.body::jsonb ->> 'acknowledgeBy')::float8) AS acknowledge_by,
                 to_timestamp((e.body::jsonb ->> 'resolveBy')::float8) AS resolve_by,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location
          FROM escalation e LEFT JOIN person p ON p.id = e.person_id
          WHERE e.stage <> 'resolved' AND (CASE WHEN e.person_id IS NULL THEN (SELECT all_homes())
                                                ELSE (SELECT all_homes()) OR p.home_id IN (SELECT unnest(my_homes())) END);

        CREATE OR REPLACE VIEW wall_sharing WITH (security_barrier) AS
          SELECT p.home_id,
                 count(*) FILTER (WHERE p.body::jsonb -> 'basis' ->> 'kind' IN ('none', 'withdrawn')) AS no_basis,
                 count(*) FILTER (WHERE p.body::jsonb -> 'basis' ->> 'kind' NOT IN ('none', 'withdrawn')
                                    AND to_timestamp((p.body::jsonb -> 'basis' ->> 'reviewDue')::float8) < now()) AS review_overdue
          FROM person p
          WHERE p.discharged_at IS NULL AND ((SELECT all_homes()) OR p.home_id IN (SELECT unnest(my_homes())))
          GROUP BY p.home_id;

        INSERT INTO schema_version (version, description)
          VALUES (3, 'wall initials as the wall writes them, null for a record about no one; the wall''s views through indexes, the role''s homes asked once');
        """#
}
