extension PostgresSchema {
    /// Version 1: roles, tables, triggers, row-level security, the wall's views, the view log.
    /// Applied by a superuser in one transaction (it sets the role and search path with `SET
    /// LOCAL`); never edited once released: a change is a new version.
    static let version1 = #"""
        -- Group roles, one per job, the wall's, and the owner of every object, which nobody logs in as
        -- (so no one but a superuser can drop or disable a trigger). Roles belong to the whole server,
        -- not to one database, so each is made only when missing.
        DO $roles$
        DECLARE
          r text;
        BEGIN
          FOREACH r IN ARRAY ARRAY['liaison_owner', 'liaison_care_worker', 'liaison_shift_lead', 'liaison_manager',
                                   'liaison_auditor', 'liaison_wall'] LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
              EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            END IF;
          END LOOP;
        END
        $roles$;

        CREATE SCHEMA liaison AUTHORIZATION liaison_owner;
        REVOKE ALL ON SCHEMA liaison FROM PUBLIC;
        GRANT USAGE ON SCHEMA liaison TO liaison_care_worker, liaison_shift_lead, liaison_manager, liaison_auditor, liaison_wall;

        DO $path$
        BEGIN
          EXECUTE format('ALTER DATABASE %I SET search_path = liaison, pg_catalog', current_database());
        END
        $path$;

        -- Only a superuser may change Liaison's tables, triggers and functions once they exist: the
        -- owner could otherwise drop the trigger that keeps history append-only. An event trigger is
        -- a superuser's to create, so this comes before the owner takes over below.
        CREATE FUNCTION liaison.guard_ddl() RETURNS event_trigger LANGUAGE plpgsql
        SET search_path = pg_catalog AS $guard$
        DECLARE
          touched record;
        BEGIN
          IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN RETURN; END IF;
          IF TG_EVENT = 'sql_drop' THEN
            FOR touched IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE schema_name = 'liaison' LOOP
              RAISE EXCEPTION 'Liaison''s schema is changed only by a superuser: % % refused', TG_TAG, touched.object_identity
                USING ERRCODE = '42501';
            END LOOP;
          ELSE
            FOR touched IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE schema_name = 'liaison' LOOP
              RAISE EXCEPTION 'Liaison''s schema is changed only by a superuser: % % refused', TG_TAG, touched.object_identity
                USING ERRCODE = '42501';
            END LOOP;
          END IF;
        END
        $guard$;
        REVOKE ALL ON FUNCTION liaison.guard_ddl() FROM PUBLIC;
        CREATE EVENT TRIGGER liaison_guard_ddl ON ddl_command_end EXECUTE FUNCTION liaison.guard_ddl();
        CREATE EVENT TRIGGER liaison_guard_drop ON sql_drop EXECUTE FUNCTION liaison.guard_ddl();

        SET LOCAL search_path = liaison, pg_catalog;
        SET LOCAL ROLE liaison_owner;

        CREATE TABLE schema_version (
          version integer PRIMARY KEY,
          applied_at timestamptz NOT NULL DEFAULT now(),
          applied_by name NOT NULL DEFAULT session_user,
          description text NOT NULL
        );

        -- The group's homes (service locations). A person's body names one by id.
        CREATE TABLE home (
          id text PRIMARY KEY CHECK (char_length(id) BETWEEN 1 AND 12 AND id !~ '\s'),
          name text NOT NULL CHECK (btrim(name) <> '')
        );

        -- Who each login role is: the name records carry, the job, and the homes they work in.
        -- Written by an administrator (no Liaison role may change it). A job is also a group role: the
        -- job counts only while the login role is a member of `liaison_<job>`, so revoking the group
        -- role takes the job away at once. `all_homes` is for the few who work across the group (a
        -- quality team, a registered manager over every site): they see every home's people.
        -- `wall` is not a person but an office screen; it sees the wall views of its homes.
        CREATE TABLE staff (
          role_name name PRIMARY KEY,
          display_name text NOT NULL UNIQUE CHECK (btrim(display_name) <> ''),
          job text NOT NULL CHECK (job IN ('care-worker', 'shift-lead', 'manager', 'auditor', 'wall')),
          all_homes boolean NOT NULL DEFAULT false,
          active boolean NOT NULL DEFAULT true
        );

        CREATE TABLE staff_home (
          role_name name NOT NULL REFERENCES staff (role_name),
          home_id text NOT NULL REFERENCES home (id),
          PRIMARY KEY (role_name, home_id)
        );

        -- The signed-in role's staff row: active, and still a member of its job's group role.
        -- Identity is `session_user`, the role the server authenticated; a SET ROLE changes nothing.
        CREATE FUNCTION my_staff() RETURNS SETOF staff LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
          SELECT s.* FROM staff s
          WHERE s.role_name = session_user AND s.active
            AND pg_has_role(session_user, 'liaison_' || replace(s.job, '-', '_'), 'MEMBER')
        $$;

        CREATE FUNCTION my_name() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$ SELECT display_name FROM my_staff() $$;

        CREATE FUNCTION my_job() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$ SELECT job FROM my_staff() $$;

        CREATE FUNCTION all_homes() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$ SELECT coalesce((SELECT all_homes FROM my_staff()), false) $$;

        CREATE FUNCTION my_homes() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
          SELECT coalesce(array_agg(h.home_id ORDER BY h.home_id), '{}')
          FROM staff_home h JOIN my_staff() s ON s.role_name = h.role_name
        $$;

        -- Whether the signed-in role works in `home` (nil: a person with no home, the group's).
        CREATE FUNCTION in_scope(home text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$ SELECT all_homes() OR home = ANY (my_homes()) $$;

        -- A superuser (setting up, moving a SQLite store over) writes records as they were recorded.
        CREATE FUNCTION is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$ SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) $$;

        -- A staff row is for an existing role that holds its job's group role, when it is written.
        CREATE FUNCTION staff_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.role_name) THEN
            RAISE EXCEPTION 'there is no role %', NEW.role_name USING ERRCODE = '23503';
          END IF;
          IF NOT pg_has_role(NEW.role_name, 'liaison_' || replace(NEW.job, '-', '_'), 'MEMBER') THEN
            RAISE EXCEPTION 'role % is listed as %, but is not a member of liaison_%', NEW.role_name, NEW.job, replace(NEW.job, '-', '_')
              USING ERRCODE = '23514', HINT = format('GRANT liaison_%s TO %I', replace(NEW.job, '-', '_'), NEW.role_name);
          END IF;
          RETURN NEW;
        END
        $$;
        CREATE TRIGGER staff_check BEFORE INSERT OR UPDATE ON staff FOR EACH ROW EXECUTE FUNCTION staff_check();

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

        -- A refusal with Liaison's own SQLSTATE (class LS), so the store can word it for the screen.
        --   LS001 the recorder is not the signed-in role    LS002 records are never deleted or rewritten
        --   LS003 history and amendment do not match        LS004 a stamp or id that may not change
        -- Refusals by job use 42501 (insufficient_privilege), as the server's own refusals do.

        -- Every write of a record: who is recording, the stamps, the rules by job (R11, R12, R3, R10).
        CREATE FUNCTION record_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
        DECLARE
          b jsonb := NEW.body::jsonb;
          old_body jsonb;
          admin boolean := is_admin();
          me text;
          job text;
          version integer := (b -> 'audit' ->> 'version')::integer;
        BEGIN
          IF NOT admin THEN
            SELECT s.display_name, s.job INTO me, job FROM my_staff() s;
          END IF;
          NEW.changed_by := session_user;
          IF TG_OP = 'INSERT' THEN
            NEW.recorded_by := session_user;
            IF admin THEN RETURN NEW; END IF;
            IF me IS NULL THEN
              RAISE EXCEPTION '% is not on Liaison''s staff list, so cannot record', session_user USING ERRCODE = '42501';
            END IF;
            IF b -> 'audit' ->> 'createdBy' IS DISTINCT FROM me OR b -> 'audit' ->> 'changedBy' IS DISTINCT FROM me THEN
              RAISE EXCEPTION 'a new % is recorded by the signed-in staff member "%", not "%"',
                record_kind(TG_TABLE_NAME), me, coalesce(b -> 'audit' ->> 'createdBy', '(nobody)')
                USING ERRCODE = 'LS001';
            END IF;
            IF version IS DISTINCT FROM 1 THEN
              RAISE EXCEPTION 'a new % starts at version 1, not %', record_kind(TG_TABLE_NAME), version USING ERRCODE = 'LS004';
            END IF;
          ELSE
            old_body := OLD.body::jsonb;
            NEW.recorded_by := OLD.recorded_by;
            IF NEW.id <> OLD.id THEN
              RAISE EXCEPTION 'a record''s id never changes' USING ERRCODE = 'LS004';
            END IF;
            -- Whoever amends, the version replaced is in history first, exactly as it was (R11).
            IF NOT EXISTS (
              SELECT 1 FROM history h
              WHERE h.record_id = OLD.id AND h.kind = record_kind(TG_TABLE_NAME)
                AND h.version = (old_body -> 'audit' ->> 'version')::integer
                AND (h.body::jsonb ->> 'record')::jsonb = old_body
            ) THEN
              RAISE EXCEPTION 'version % of % % is not in history; an amendment keeps the version it replaces',
                old_body -> 'audit' ->> 'version', record_kind(TG_TABLE_NAME), OLD.id USING ERRCODE = 'LS003';
            END IF;
            IF admin THEN RETURN NEW; END IF;
            IF me IS NULL THEN
              RAISE EXCEPTION '% is not on Liaison''s staff list, so cannot amend', session_user USING ERRCODE = '42501';
            END IF;
            IF b -> 'audit' ->> 'changedBy' IS DISTINCT FROM me THEN
              RAISE EXCEPTION 'an amendment is recorded by the signed-in staff member "%", not "%"',
                me, coalesce(b -> 'audit' ->> 'changedBy', '(nobody)') USING ERRCODE = 'LS001';
            END IF;
            IF b -> 'audit' -> 'createdBy' IS DISTINCT FROM old_body -> 'audit' -> 'createdBy'
               OR b -> 'audit' -> 'createdAt' IS DISTINCT FROM old_body -> 'audit' -> 'createdAt' THEN
              RAISE EXCEPTION 'who first recorded a % and when never changes', record_kind(TG_TABLE_NAME) USING ERRCODE = 'LS004';
            END IF;
            IF version IS DISTINCT FROM (old_body -> 'audit' ->> 'version')::integer + 1 THEN
              RAISE EXCEPTION 'this % was changed since it was read (version % now, % given); read it again',
                record_kind(TG_TABLE_NAME), old_body -> 'audit' ->> 'version', version USING ERRCODE = '40001';
            END IF;
          END IF;

          -- Marking a day reviewed, or acknowledging its handover (R12).
          IF TG_TABLE_NAME = 'day_review' AND coalesce(job, '') NOT IN ('shift-lead', 'manager') THEN
            RAISE EXCEPTION 'marking a day reviewed is for a shift lead or a manager; % is a %', me, replace(job, '-', ' ')
              USING ERRCODE = '42501', HINT = 'Ask the shift lead on duty to mark the day reviewed.';
          END IF;

          IF TG_TABLE_NAME = 'contact' THEN
            -- One contact read at handover (R12).
            IF nullif(b -> 'reviewed', 'null') IS DISTINCT FROM nullif(old_body -> 'reviewed', 'null') THEN
              IF coalesce(job, '') NOT IN ('shift-lead', 'manager') THEN
                RAISE EXCEPTION 'marking a contact reviewed is for a shift lead or a manager; % is a %', me, replace(job, '-', ' ')
                  USING ERRCODE = '42501';
              END IF;
              IF nullif(b -> 'reviewed', 'null') IS NOT NULL AND b -> 'reviewed' ->> 'by' IS DISTINCT FROM me THEN
                RAISE EXCEPTION 'a review mark is signed by the signed-in staff member "%"', me USING ERRCODE = 'LS001';
              END IF;
            END IF;
            -- A sharing exception acknowledged (R3): kept on the contact, so compared old with new.
            IF nullif(b -> 'exceptionAcknowledged', 'null') IS DISTINCT FROM nullif(old_body -> 'exceptionAcknowledged', 'null') THEN
              IF job IS DISTINCT FROM 'manager' THEN
                RAISE EXCEPTION 'sharing exceptions are acknowledged by a manager; % is a %', me, replace(job, '-', ' ')
                  USING ERRCODE = '42501';
              END IF;
              IF nullif(b -> 'exceptionAcknowledged', 'null') IS NOT NULL AND b -> 'exceptionAcknowledged' ->> 'by' IS DISTINCT FROM me THEN
                RAISE EXCEPTION 'an acknowledgement is signed by the signed-in manager "%"', me USING ERRCODE = 'LS001';
              END IF;
            END IF;
          END IF;

          -- Closing an escalation, or reopening a closed one, and acknowledging a partner's concern
          -- about our care, are a manager's (R10).
          IF TG_TABLE_NAME = 'escalation' AND job IS DISTINCT FROM 'manager' THEN
            IF (b ->> 'stage' = 'resolved' AND (TG_OP = 'INSERT' OR old_body ->> 'stage' <> 'resolved'))
               OR (TG_OP = 'UPDATE' AND old_body ->> 'stage' = 'resolved' AND b ->> 'stage' <> 'resolved') THEN
              RAISE EXCEPTION 'escalations are closed by a manager; % is a %', me, replace(job, '-', ' ')
                USING ERRCODE = '42501';
            END IF;
            IF b ->> 'kind' = 'partner-concern' AND b ->> 'stage' <> 'raised'
               AND (TG_OP = 'INSERT' OR old_body ->> 'stage' = 'raised') THEN
              RAISE EXCEPTION 'a partner''s concern about our care is acknowledged by a manager; % is a %', me, replace(job, '-', ' ')
                USING ERRCODE = '42501';
            END IF;
          END IF;
          RETURN NEW;
        END
        $$;

        -- History is written once, by the signed-in role, and holds exactly the version of the
        -- record that the same transaction then replaces: the record's current body (equal as
        -- JSON) and version, when it is inserted; a later version of the record, at commit. So
        -- history holds superseded versions and nothing else. A superuser moving a store over
        -- copies older entries as they are. (A BEFORE trigger reads the body: generated columns
        -- are computed after it.)
        CREATE FUNCTION history_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
        DECLARE
          b jsonb := NEW.body::jsonb;
          kind text := b ->> 'kind';
          me text;
          current_body jsonb;
        BEGIN
          NEW.recorded_by := session_user;
          IF kind IS NULL OR kind NOT IN ('person', 'partner', 'contact', 'task', 'escalation', 'agreement', 'day-review') THEN
            RAISE EXCEPTION 'history of an unknown kind of record: %', kind USING ERRCODE = '23514';
          END IF;
          EXECUTE format('SELECT body::jsonb FROM liaison.%I WHERE id = $1', replace(kind, '-', '_'))
            INTO current_body USING b ->> 'recordID';
          IF current_body IS NULL THEN
            RAISE EXCEPTION 'history of a % that is not in the store: %', kind, b ->> 'recordID' USING ERRCODE = '23503';
          END IF;
          IF is_admin() THEN RETURN NEW; END IF;
          me := my_name();
          IF me IS NULL THEN
            RAISE EXCEPTION '% is not on Liaison''s staff list, so cannot amend', session_user USING ERRCODE = '42501';
          END IF;
          IF b ->> 'amendedBy' IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'an amendment is recorded by the signed-in staff member "%", not "%"',
              me, coalesce(b ->> 'amendedBy', '(nobody)') USING ERRCODE = 'LS001';
          END IF;
          IF (b ->> 'version')::integer IS DISTINCT FROM (current_body -> 'audit' ->> 'version')::integer
             OR (b ->> 'record')::jsonb IS DISTINCT FROM current_body THEN
            RAISE EXCEPTION 'a history entry holds the current version of the % exactly, as stored (version %)',
              kind, current_body -> 'audit' ->> 'version' USING ERRCODE = 'LS003';
          END IF;
          RETURN NEW;
        END
        $$;

        CREATE FUNCTION history_followed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = liaison, pg_catalog AS $$
        DECLARE
          now_version integer;
        BEGIN
          IF is_admin() THEN RETURN NULL; END IF;
          EXECUTE format('SELECT (body::jsonb -> ''audit'' ->> ''version'')::integer FROM liaison.%I WHERE id = $1',
                         replace(NEW.kind, '-', '_'))
            INTO now_version USING NEW.record_id;
          IF now_version IS NULL OR now_version <= NEW.version THEN
            RAISE EXCEPTION 'history of % % version % was written, but the record was not amended', NEW.kind, NEW.record_id, NEW.version
              USING ERRCODE = 'LS003', HINT = 'Write the history entry and the amendment in one transaction.';
          END IF;
          RETURN NULL;
        END
        $$;

        -- Nothing is deleted (R11), and history is never rewritten: refused for every role, the
        -- owner and superusers too, unless a superuser first disables the trigger.
        CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql
        SET search_path = liaison, pg_catalog AS $$
        BEGIN
          IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
            RAISE EXCEPTION 'records are never deleted: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'LS002',
              HINT = 'Correct a record with an amendment; the old version stays in history.';
          END IF;
          RAISE EXCEPTION 'history is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'LS002';
        END
        $$;

        -- Every insert and amendment is announced on `liaison_change`, naming the table and the id:
        -- listeners read what changed through their own policies, so no personal data is in the air.
        CREATE FUNCTION announce() RETURNS trigger LANGUAGE plpgsql
        SET search_path = liaison, pg_catalog AS $$
        BEGIN
          IF TG_TABLE_NAME IN ('home', 'staff', 'staff_home') THEN
            PERFORM pg_notify('liaison_change', json_build_object('table', TG_TABLE_NAME)::text);
          ELSE
            PERFORM pg_notify('liaison_change', json_build_object('table', TG_TABLE_NAME, 'id', NEW.id)::text);
          END IF;
          RETURN NULL;
        END
        $$;

        DO $triggers$
        DECLARE
          t text;
        BEGIN
          FOREACH t IN ARRAY ARRAY['person', 'partner', 'contact', 'task', 'escalation', 'agreement', 'day_review'] LOOP
            EXECUTE format('CREATE TRIGGER record_write BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION record_write()', t);
          END LOOP;
          FOREACH t IN ARRAY ARRAY['person', 'partner', 'contact', 'task', 'escalation', 'agreement', 'day_review', 'history', 'view_log', 'schema_version'] LOOP
            EXECUTE format('CREATE TRIGGER never_deleted BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()', t);
            EXECUTE format('CREATE TRIGGER never_truncated BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()', t);
          END LOOP;
          FOREACH t IN ARRAY ARRAY['person', 'partner', 'contact', 'task', 'escalation', 'agreement', 'day_review', 'home', 'staff', 'staff_home'] LOOP
            EXECUTE format('CREATE TRIGGER announce AFTER INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION announce()', t);
          END LOOP;
        END
        $triggers$;
        CREATE TRIGGER history_write BEFORE INSERT ON history FOR EACH ROW EXECUTE FUNCTION history_write();
        CREATE CONSTRAINT TRIGGER history_followed AFTER INSERT ON history DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION history_followed();
        CREATE TRIGGER append_only BEFORE UPDATE ON history FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
        CREATE TRIGGER append_only BEFORE UPDATE ON view_log FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();

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
