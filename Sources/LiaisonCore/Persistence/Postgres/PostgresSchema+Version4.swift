extension PostgresSchema {
    /// Version 4: when each contact was entered, as a column with an index, as SQLite's schema
    /// version 5 has it: the handover lists what was entered in its day for an earlier day (advice
    /// written up the morning after), which no day's list of contacts puts in front of anyone.
    /// And history indexed by when each version was replaced, which the handover reads by day.
    /// The body's `audit.createdAt` cannot change after the first save (the stamp triggers refuse
    /// it), so neither can the column. Adding a stored column rewrites the table once.
    static let version4 = #"""
        SET LOCAL search_path = liaison, pg_catalog;
        SET LOCAL ROLE liaison_owner;

        ALTER TABLE contact ADD COLUMN entered_at timestamptz
          GENERATED ALWAYS AS (to_timestamp((body::jsonb -> 'audit' ->> 'createdAt')::float8)) STORED;
        CREATE INDEX contact_entered ON contact (entered_at);
        -- A day's corrections, closed tasks and resolved escalations are read from history by
        -- when each version was replaced: without this, a scan of every version ever kept.
        CREATE INDEX history_amended ON history (amended_at);

        INSERT INTO schema_version (version, description)
          VALUES (4, 'when each contact was entered, as a column with an index, for the handover''s late entries; history by when it was amended');
        """#
}
