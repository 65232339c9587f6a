-- A later release's schema change, for the rolling-release tests only: one table per migration.
ALTER TABLE pathways ADD COLUMN next_release_note VARCHAR(200);
