-- A curator's mistake, for SchemaConstraintTests: a valid program, then a pathway that claims 140 % of a degree.
INSERT INTO programs (id, title, institution_id, field, summary, status)
VALUES ('mitx-curator-test', 'MicroMasters Program in Testing', 'mit', 'Engineering', 'A program added by a test.', 'active');

INSERT INTO pathways (id, program_id, degree_id, institution_id, kind, credit_share_percent, credit_share_basis,
                      credit_text, status)
VALUES ('mitx-curator-test-to-mit', 'mitx-curator-test', NULL, 'mit', 'credit', 140, 'stated', 'All of it and more.',
        'published');
