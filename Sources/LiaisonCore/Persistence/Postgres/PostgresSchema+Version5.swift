extension PostgresSchema {
    /// Version 5: a day's review or handover acknowledgement may be one home's, as SQLite's
    /// schema version 6 has it. The table was ready for it from version 1 (`day_review.home_id`,
    /// generated from the body, limited by each role's homes); what changes is that a client
    /// now writes it, and one built before would read Elm's review as every home's. A client
    /// needs the version it was built for, so recording the step makes those refuse the store
    /// until they are updated.
    static let version5 = #"""
        SET LOCAL search_path = liaison, pg_catalog;
        SET LOCAL ROLE liaison_owner;

        INSERT INTO schema_version (version, description)
          VALUES (5, 'a day''s review or handover acknowledgement may be one home''s');
        """#
}
