extension PostgresSchema {
    /// Version 3: the wall's own role draws the wall from the wall views alone
    /// (`PostgresWallViews`), so the initials they carry follow the rule the wall writes them by
    /// (`Initials.letters(of:)`): each space- or tab-separated part's first letter, combining
    /// accents kept with it, as written; the wall upper-cases them and adds the dots. Null for a
    /// record about no one (it was '' before), so a task about nobody is told from a person whose
    /// name has no letter. Views that use the function keep using it: only its body changes.
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

        INSERT INTO schema_version (version, description)
          VALUES (3, 'wall initials as the wall writes them, null for a record about no one');
        """#
}
