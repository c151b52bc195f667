extension PostgresSchema {
    /// Version 2: what the Swift store reads by, beyond version 1's columns. The order records
    /// were entered in (SQLite's rowid: closed tasks and resolved escalations list the most
    /// recently entered first), and word search over contacts' text, now and in every earlier
    /// version (SQLite's FTS5 index: each word matched as the start of a word, ignoring case),
    /// and the group's settings (a service's settings file, kept in the database).
    static let version2 = #"""
        SET LOCAL search_path = liaison, pg_catalog;
        SET LOCAL ROLE liaison_owner;

        -- Entered in this order; rows already there are numbered as they lie, which for a store
        -- moved over (`liaison migrate` copies in the file's own order) is the order they were entered.
        ALTER TABLE task ADD COLUMN entered bigint GENERATED ALWAYS AS IDENTITY;
        ALTER TABLE escalation ADD COLUMN entered bigint GENERATED ALWAYS AS IDENTITY;
        CREATE INDEX task_closed ON task (entered) WHERE status <> 'open';
        CREATE INDEX escalation_resolved ON escalation (entered) WHERE stage = 'resolved';

        -- A contact's words, as the store searches them: the 'simple' configuration lowercases and
        -- keeps every word (no language's stemming or stop words, as SQLite's index). The store's
        -- queries use these expressions exactly, so the server answers from the indexes.
        CREATE FUNCTION contact_words(body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        SET search_path = pg_catalog AS $$
          SELECT to_tsvector('simple'::regconfig,
            coalesce(body::jsonb ->> 'summary', '') || ' ' || coalesce(body::jsonb ->> 'advice', ''))
        $$;
        -- An earlier version of a contact, kept in history as JSON text inside the entry's JSON.
        CREATE FUNCTION earlier_contact_words(body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        SET search_path = pg_catalog AS $$
          SELECT liaison.contact_words(body::jsonb ->> 'record')
        $$;
        GRANT EXECUTE ON FUNCTION contact_words(text), earlier_contact_words(text)
          TO liaison_care_worker, liaison_shift_lead, liaison_manager, liaison_auditor;
        CREATE INDEX contact_search ON contact USING gin (contact_words(body));
        CREATE INDEX history_contact_search ON history USING gin (earlier_contact_words(body)) WHERE kind = 'contact';

        -- The newest `lim` contacts whose words, now or in an earlier version, match. Row-level
        -- security would keep the planner from the word indexes (the match operator is not
        -- leakproof, so a policy's filter would have to run first, on every row), so this runs as
        -- the owner and applies the same need to know as the policies itself: only contacts about
        -- the people of the caller's homes (`in_scope`), the person a contact is about now deciding.
        -- First the newest 2,000 contacts are looked through, newest first: a common word is found
        -- there at once, and what is found there is newer than anything outside it. Only when
        -- that finds fewer than `lim` is the word index asked for every match, sorted by time
        -- (its order kept from the time index on purpose: walking back through a million contacts
        -- for a word that is nowhere takes seconds).
        CREATE FUNCTION search_contacts(words tsquery, lim integer) RETURNS SETOF text LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
        DECLARE
          recent text[];
        BEGIN
          recent := ARRAY(
            SELECT c.id FROM (SELECT id, happened_at, body, person_id FROM contact
                              ORDER BY happened_at DESC, id COLLATE "C" DESC LIMIT 2000) c
            JOIN person p ON p.id = c.person_id
            WHERE in_scope(p.home_id) AND (contact_words(c.body) @@ words OR EXISTS (
              SELECT 1 FROM history h WHERE h.record_id = c.id AND h.kind = 'contact' AND earlier_contact_words(h.body) @@ words))
            ORDER BY c.happened_at DESC, c.id COLLATE "C" DESC LIMIT greatest(lim, 0));
          IF cardinality(recent) >= lim THEN
            RETURN QUERY SELECT unnest(recent);
            RETURN;
          END IF;
          RETURN QUERY
            SELECT id FROM (
              SELECT c.id, c.happened_at FROM contact c JOIN person p ON p.id = c.person_id
              WHERE contact_words(c.body) @@ words AND in_scope(p.home_id)
              UNION
              SELECT c.id, c.happened_at FROM history h JOIN contact c ON c.id = h.record_id JOIN person p ON p.id = c.person_id
              WHERE h.kind = 'contact' AND earlier_contact_words(h.body) @@ words AND in_scope(p.home_id)
            ) matched
            ORDER BY happened_at + interval '0' DESC, id COLLATE "C" DESC LIMIT greatest(lim, 0);
        END
        $$;
        REVOKE ALL ON FUNCTION search_contacts(tsquery, integer) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION search_contacts(tsquery, integer) TO liaison_care_worker, liaison_shift_lead, liaison_manager, liaison_auditor;

        -- The group's settings as a service's settings file holds them (JSON: escalation timescales,
        -- the date order staff write, the wall's names), one row, written by the administrator.
        -- The homes and the staff list are not taken from it: they are the `home` and `staff` tables.
        CREATE TABLE settings (
          id boolean PRIMARY KEY DEFAULT true CHECK (id),
          body text NOT NULL CHECK (jsonb_typeof(body::jsonb) = 'object')
        );
        GRANT SELECT ON settings TO liaison_care_worker, liaison_shift_lead, liaison_manager, liaison_auditor, liaison_wall;

        INSERT INTO schema_version (version, description)
          VALUES (2, 'order of entry for closed tasks and resolved escalations; word search over contacts; settings');
        """#
}
