extension PostgresSchema {
    /// Version 1's records: one table a kind, history, the view log.
    static let version1Records = #"""
        -- Records: each kept whole as the JSON Liaison wrote (`body`, byte for byte, so a moved store
        -- can be compared by content hash and read by the same decoder), with the columns queries and
        -- policies select on generated from it by the server, and references as foreign keys.
        -- `recorded_by` and `changed_by` are the roles the server authenticated, set by trigger.
        CREATE TABLE person (
          id text PRIMARY KEY,
          body text NOT NULL,
          home_id text GENERATED ALWAYS AS (body::jsonb ->> 'home') STORED REFERENCES home (id),
          discharged_at timestamptz GENERATED ALWAYS AS (to_timestamp((body::jsonb ->> 'discharged')::float8)) STORED,
          recorded_by name NOT NULL DEFAULT session_user,
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id)
        );
        CREATE INDEX person_home ON person (home_id);

        CREATE TABLE partner (
          id text PRIMARY KEY,
          body text NOT NULL,
          role text GENERATED ALWAYS AS (body::jsonb ->> 'role') STORED,
          recorded_by name NOT NULL DEFAULT session_user,
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id)
        );

        CREATE TABLE contact (
          id text PRIMARY KEY,
          body text NOT NULL,
          person_id text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'personID') STORED REFERENCES person (id),
          partner_id text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'partnerID') STORED REFERENCES partner (id),
          happened_at timestamptz NOT NULL GENERATED ALWAYS AS (to_timestamp((body::jsonb ->> 'happenedAt')::float8)) STORED,
          -- Asked for, received, not needed, not possible; "undecided" for advice with no decision yet
          -- (R6); null when the contact gave no advice. As SQLite's column.
          confirmation text GENERATED ALWAYS AS (coalesce(body::jsonb -> 'confirmation' ->> 'state',
            CASE WHEN body::jsonb ->> 'advice' IS NOT NULL THEN 'undecided' END)) STORED,
          exception boolean NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'sharingException' IS NOT NULL) STORED,
          recorded_by name NOT NULL DEFAULT session_user,
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id)
        );
        CREATE INDEX contact_happened ON contact (happened_at);
        CREATE INDEX contact_person ON contact (person_id, happened_at);
        CREATE INDEX contact_partner ON contact (partner_id);
        CREATE INDEX contact_chase ON contact (happened_at) WHERE confirmation = 'requested';
        CREATE INDEX contact_undecided ON contact (happened_at) WHERE confirmation = 'undecided';
        CREATE INDEX contact_exception ON contact (happened_at) WHERE exception;

        CREATE TABLE task (
          id text PRIMARY KEY,
          body text NOT NULL,
          person_id text GENERATED ALWAYS AS (body::jsonb ->> 'personID') STORED REFERENCES person (id),
          partner_id text GENERATED ALWAYS AS (body::jsonb ->> 'partnerID') STORED REFERENCES partner (id),
          status text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'status') STORED,
          due timestamptz NOT NULL GENERATED ALWAYS AS (to_timestamp((body::jsonb ->> 'due')::float8)) STORED,
          recorded_by name NOT NULL DEFAULT session_user,
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id)
        );
        CREATE INDEX task_open ON task (due) WHERE status = 'open';
        CREATE INDEX task_person ON task (person_id);
        CREATE INDEX task_partner ON task (partner_id);

        CREATE TABLE escalation (
          id text PRIMARY KEY,
          body text NOT NULL,
          person_id text GENERATED ALWAYS AS (body::jsonb ->> 'personID') STORED REFERENCES person (id),
          partner_id text GENERATED ALWAYS AS (body::jsonb ->> 'partnerID') STORED REFERENCES partner (id),
          stage text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'stage') STORED,
          recorded_by name NOT NULL DEFAULT session_user,
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id)
        );
        CREATE INDEX escalation_open ON escalation (stage) WHERE stage <> 'resolved';
        CREATE INDEX escalation_person ON escalation (person_id);
        CREATE INDEX escalation_partner ON escalation (partner_id);

        CREATE TABLE agreement (
          id text PRIMARY KEY,
          body text NOT NULL,
          person_id text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'personID') STORED REFERENCES person (id),
          recorded_by name NOT NULL DEFAULT session_user,
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id)
        );
        CREATE INDEX agreement_person ON agreement (person_id);

        -- `home_id` is for a day reviewed in one home; today's records carry none (the whole group's).
        CREATE TABLE day_review (
          id text PRIMARY KEY,
          body text NOT NULL,
          day text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'day') STORED,
          home_id text GENERATED ALWAYS AS (body::jsonb ->> 'home') STORED REFERENCES home (id),
          recorded_by name NOT NULL DEFAULT session_user,
          changed_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id)
        );
        CREATE INDEX day_review_day ON day_review (day);

        -- Superseded versions (R11). A history entry may belong to any kind of record, so its
        -- record_id is no foreign key; the insert trigger sees that the record exists.
        CREATE TABLE history (
          id text PRIMARY KEY,
          body text NOT NULL,
          record_id text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'recordID') STORED,
          kind text NOT NULL GENERATED ALWAYS AS (body::jsonb ->> 'kind') STORED,
          version integer NOT NULL GENERATED ALWAYS AS ((body::jsonb ->> 'version')::integer) STORED,
          amended_at timestamptz NOT NULL GENERATED ALWAYS AS (to_timestamp((body::jsonb ->> 'amendedAt')::float8)) STORED,
          recorded_by name NOT NULL DEFAULT session_user,
          CHECK (jsonb_typeof(body::jsonb) = 'object' AND body::jsonb ->> 'id' = id),
          UNIQUE (record_id, version)
        );

        -- Who looked at whose record, and what they opened. Written only by `log_view` (the
        -- signed-in role, the server's clock); read by managers and auditors, never by care workers.
        CREATE TABLE view_log (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          viewed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
          viewed_by name NOT NULL,
          person_id text NOT NULL REFERENCES person (id),
          what text NOT NULL CHECK (btrim(what) <> '' AND char_length(what) <= 200)
        );
        CREATE INDEX view_log_person ON view_log (person_id, viewed_at);

        CREATE FUNCTION log_view(person text, what text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
        DECLARE
          home text;
        BEGIN
          IF my_name() IS NULL THEN
            RAISE EXCEPTION '% is not on Liaison''s staff list', session_user USING ERRCODE = '42501';
          END IF;
          SELECT p.home_id INTO home FROM liaison.person p WHERE p.id = person;
          IF NOT FOUND OR NOT in_scope(home) THEN
            RAISE EXCEPTION 'no person % among the people of your homes', person USING ERRCODE = '42501';
          END IF;
          INSERT INTO view_log (viewed_by, person_id, what) VALUES (session_user, person, what);
        END
        $$;

        -- The kind a history entry gives each table's records (`RecordKind`).
        CREATE FUNCTION record_kind(record_table text) RETURNS text LANGUAGE sql IMMUTABLE
        SET search_path = liaison, pg_catalog AS $$
          SELECT CASE record_table WHEN 'day_review' THEN 'day-review' ELSE record_table END
        $$;
        """#
}
