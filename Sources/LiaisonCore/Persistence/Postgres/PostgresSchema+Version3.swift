extension PostgresSchema {
    /// Version 3: the wall's own role draws the wall from the wall views alone
    /// (`PostgresWallViews`), so the initials they carry follow the rule the wall writes them by
    /// (`Initials.letters(of:)`): each space- or tab-separated part's first letter, combining
    /// accents kept with it, as written; the wall upper-cases them and adds the dots. Null for a
    /// record about no one (it was '' before), so a task about nobody is told from a person whose
    /// name has no letter. Views that use the function keep using it: only its body changes.
    /// And `wall_contact` reads through the contact indexes (below).
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
          FROM regexp_split_to_table(name, '[ \t]+') WITH ORDINALITY AS t (w, n) WHERE w <> ''
        $$;

        -- Read on every save the group makes, so read through the indexes: version 1's
        -- `confirmation IN (…)` could use none of them, and every look scanned every contact
        -- (54 ms at 100,000). Each arm of this OR has its own index (the time, and the partial
        -- indexes of what is owed), so the server ORs three index scans. Columns unchanged.
        CREATE OR REPLACE VIEW wall_contact WITH (security_barrier) AS
          SELECT c.id, c.happened_at, c.body::jsonb ->> 'channel' AS channel, c.confirmation,
                 to_timestamp((c.body::jsonb -> 'confirmation' ->> 'requestedAt')::float8) AS requested_at,
                 coalesce(jsonb_array_length(c.body::jsonb -> 'confirmation' -> 'chases'), 0) AS chases,
                 p.home_id, initials(p.body::jsonb ->> 'name') AS initials, p.body::jsonb ->> 'location' AS location,
                 r.role AS partner_role
          FROM contact c JOIN person p ON p.id = c.person_id JOIN partner r ON r.id = c.partner_id
          WHERE (c.happened_at >= now() - interval '1 day' OR c.confirmation = 'requested' OR c.confirmation = 'undecided')
            AND in_scope(p.home_id);

        INSERT INTO schema_version (version, description)
          VALUES (3, 'wall initials as the wall writes them, null for a record about no one; the wall''s contacts through their indexes');
        """#
}
