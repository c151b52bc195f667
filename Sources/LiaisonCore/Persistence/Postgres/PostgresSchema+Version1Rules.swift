extension PostgresSchema {
    /// Version 1's rules, kept by trigger: who records, the stamps, jobs, append-only history,
    /// nothing deleted, every change announced.
    static let version1Rules = #"""
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
        """#
}
