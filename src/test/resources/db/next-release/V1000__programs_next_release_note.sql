-- A later release's schema change, for the rolling-release tests only (RollingReleaseTests, MigrationLockTests): it
-- alters one of the busiest tables, and only that one, as README "Data" asks of every migration.
ALTER TABLE programs ADD COLUMN next_release_note VARCHAR(200);
