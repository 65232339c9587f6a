-- Flyway runs this callback on PostgreSQL (the postgres profile adds this location) at the start of every migration,
-- inside the migration's transaction. A migration that needs a lock a running replica's read holds waits at most this
-- long, then fails and is rolled back, and the start-up retries it (data.Migrations): the replica's reads, queued
-- behind the waiting migration, wait no longer than this, and the migration gives up well before PostgreSQL's
-- deadlock_timeout (1 s), so a reader is never the one a deadlock check cancels. README "Data" has the rule.
SET LOCAL lock_timeout = '200ms';
