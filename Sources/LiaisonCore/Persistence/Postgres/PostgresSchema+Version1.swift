extension PostgresSchema {
    /// Version 1: roles, tables, triggers, row-level security, the wall's views, the view log.
    /// Applied by a superuser in one transaction (it sets the role and search path with `SET
    /// LOCAL`); never edited once released: a change is a new version. Kept in four parts, each
    /// one concern, in the order the script runs them: the roles and staff (here), the records
    /// (`+Version1Records`), the rules by trigger (`+Version1Rules`), who may see what
    /// (`+Version1Access`).
    static let version1 = [version1Staff, version1Records, version1Rules, version1Access].joined(separator: "\n\n")

    /// The roles and the schema's guard, the schema version, homes, staff, and who is signed in.
    static let version1Staff = #"""
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
        """#
}
