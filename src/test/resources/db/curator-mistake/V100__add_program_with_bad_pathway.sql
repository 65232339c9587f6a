-- A curator's mistake, for CuratorMigrationTests: a valid university and program, then a pathway that claims 140 % of a
-- degree. On an empty database it runs after the baseline script, before the catalog file is loaded: it brings its own
-- university.
INSERT INTO institutions (id, name, country)
VALUES ('curator-test-university', 'Curator Test University', 'US');

INSERT INTO programs (id, title, institution_id, field, summary, status)
VALUES ('mitx-curator-test', 'MicroMasters Program in Testing', 'curator-test-university', 'Engineering',
        'A program added by a test.', 'active');

INSERT INTO pathways (id, program_id, degree_id, institution_id, kind, credit_share_percent, credit_share_basis,
                      credit_text, status)
VALUES ('mitx-curator-test-to-curator-test-university', 'mitx-curator-test', NULL, 'curator-test-university', 'credit',
        140, 'stated', 'All of it and more.', 'published');
