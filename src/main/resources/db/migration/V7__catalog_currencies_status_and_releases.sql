-- Catalog 1.3: money in its own currency, retired programs and historical pathways, credit ceilings, whether credit
-- lowers tuition, and the data releases. Additive only: V1-V6 have shipped and stay as they are. The rows themselves
-- are (re)loaded from src/main/resources/catalog/catalog.json by the repeatable migration db.migration.R__Catalog.
--
-- Amounts: price_amount/tuition_amount hold the figure as the source publishes it, in price_currency/tuition_currency
-- (ISO 4217), never converted. The older price_value/tuition_value columns, read as US dollars by the current
-- release, are filled only for figures in USD; as_of, source_id, computed and note describe the figure whatever its
-- currency.

-- The view over these tables goes while they change and comes back unchanged at the end: H2 would otherwise
-- recompile it after every ALTER TABLE (three times the time of this migration at start-up).
DROP VIEW source_citations;

ALTER TABLE programs ADD COLUMN price_amount DECIMAL(12, 2);
ALTER TABLE programs ADD COLUMN price_currency CHAR(3);
ALTER TABLE programs ADD COLUMN retired_on VARCHAR(10);
ALTER TABLE programs ADD COLUMN retired_on_source_id VARCHAR(100);
ALTER TABLE programs ADD COLUMN retired_on_note VARCHAR(1000);
ALTER TABLE programs ADD COLUMN platform VARCHAR(100);
ALTER TABLE programs ADD COLUMN platform_since VARCHAR(10);
ALTER TABLE programs ADD COLUMN platform_source_id VARCHAR(100);
-- Every amount of catalog 1.1 (V4, V5) is in US dollars.
UPDATE programs SET price_amount = price_value, price_currency = 'USD' WHERE price_source_id IS NOT NULL;
ALTER TABLE programs ADD CONSTRAINT fk_programs_retired_on_source FOREIGN KEY (retired_on_source_id) REFERENCES sources (id);
ALTER TABLE programs ADD CONSTRAINT fk_programs_platform_source FOREIGN KEY (platform_source_id) REFERENCES sources (id);
ALTER TABLE programs ADD CONSTRAINT ck_programs_price_currency CHECK (price_currency IS NULL OR REGEXP_LIKE(price_currency, '^[A-Z]{3}$'));
ALTER TABLE programs ADD CONSTRAINT ck_programs_price_amount CHECK ((price_amount IS NULL OR price_amount >= 0)
    AND (price_amount IS NULL OR price_currency IS NOT NULL));
ALTER TABLE programs ADD CONSTRAINT ck_programs_sourced_currency CHECK ((price_currency IS NULL) = (price_source_id IS NULL));
ALTER TABLE programs ADD CONSTRAINT ck_programs_usd_amount CHECK (price_value IS NULL
    OR (price_currency = 'USD' AND price_amount = price_value));
-- A retired program says when it ended, and only a retired program does.
ALTER TABLE programs ADD CONSTRAINT ck_programs_retired_on CHECK ((status = 'retired') = (retired_on IS NOT NULL));
ALTER TABLE programs ADD CONSTRAINT ck_programs_retired_on_sourced CHECK ((retired_on IS NULL) = (retired_on_source_id IS NULL)
    AND (retired_on IS NULL OR REGEXP_LIKE(retired_on, '^[0-9]{4}(-[0-9]{2}){0,2}$')));
ALTER TABLE programs ADD CONSTRAINT ck_programs_platform CHECK ((platform IS NULL) = (platform_source_id IS NULL)
    AND (platform_since IS NULL OR REGEXP_LIKE(platform_since, '^[0-9]{4}(-[0-9]{2}){0,2}$')));

ALTER TABLE degrees ADD COLUMN tuition_amount DECIMAL(12, 2);
ALTER TABLE degrees ADD COLUMN tuition_currency CHAR(3);
ALTER TABLE degrees ADD COLUMN tuition_basis VARCHAR(20);
ALTER TABLE degrees ADD COLUMN credit_reduces_tuition BOOLEAN;
ALTER TABLE degrees ADD COLUMN credit_reduces_tuition_source_id VARCHAR(100);
ALTER TABLE degrees ADD COLUMN credit_reduces_tuition_note VARCHAR(1000);
UPDATE degrees SET tuition_amount = tuition_value, tuition_currency = 'USD' WHERE tuition_source_id IS NOT NULL;
ALTER TABLE degrees ADD CONSTRAINT fk_degrees_credit_reduces_tuition_source FOREIGN KEY (credit_reduces_tuition_source_id) REFERENCES sources (id);
ALTER TABLE degrees ADD CONSTRAINT ck_degrees_tuition_currency CHECK (tuition_currency IS NULL OR REGEXP_LIKE(tuition_currency, '^[A-Z]{3}$'));
ALTER TABLE degrees ADD CONSTRAINT ck_degrees_tuition_amount CHECK ((tuition_amount IS NULL OR tuition_amount >= 0)
    AND (tuition_amount IS NULL OR tuition_currency IS NOT NULL));
ALTER TABLE degrees ADD CONSTRAINT ck_degrees_sourced_currency CHECK ((tuition_currency IS NULL) = (tuition_source_id IS NULL));
ALTER TABLE degrees ADD CONSTRAINT ck_degrees_usd_amount CHECK (tuition_value IS NULL
    OR (tuition_currency = 'USD' AND tuition_amount = tuition_value));
ALTER TABLE degrees ADD CONSTRAINT ck_degrees_tuition_basis CHECK (tuition_basis IS NULL OR tuition_basis IN ('whole-degree', 'per-year'));
ALTER TABLE degrees ADD CONSTRAINT ck_degrees_credit_reduces_tuition CHECK ((credit_reduces_tuition IS NULL) = (credit_reduces_tuition_source_id IS NULL));

-- A historical pathway starts from a retired program; it is kept for credential holders and for the record.
ALTER TABLE pathways DROP CONSTRAINT ck_pathways_status;
ALTER TABLE pathways ADD CONSTRAINT ck_pathways_status CHECK (status IN ('published', 'unverified', 'historical'));
-- A ceiling ("at most 9 of 30 credits") is never the amount granted.
ALTER TABLE pathways ADD COLUMN credit_max_value DECIMAL(8, 2);
ALTER TABLE pathways ADD COLUMN credit_max_unit VARCHAR(30);
ALTER TABLE pathways ADD COLUMN credit_max_share_percent DECIMAL(4, 1);
ALTER TABLE pathways ADD COLUMN credit_max_source_id VARCHAR(100);
ALTER TABLE pathways ADD COLUMN credit_max_note VARCHAR(1000);
ALTER TABLE pathways ADD CONSTRAINT fk_pathways_credit_max_source FOREIGN KEY (credit_max_source_id) REFERENCES sources (id);
ALTER TABLE pathways ADD CONSTRAINT ck_pathways_credit_max CHECK ((credit_max_source_id IS NULL AND credit_max_value IS NULL
        AND credit_max_unit IS NULL AND credit_max_share_percent IS NULL AND credit_max_note IS NULL)
    OR (credit_max_source_id IS NOT NULL AND (credit_max_value IS NOT NULL OR credit_max_share_percent IS NOT NULL)));
ALTER TABLE pathways ADD CONSTRAINT ck_pathways_credit_max_value CHECK (credit_max_value IS NULL OR (credit_max_value >= 0
    AND credit_max_unit IN ('US-semester-credits', 'MIT-units', 'ECTS', 'course-credits', 'courses')));
ALTER TABLE pathways ADD CONSTRAINT ck_pathways_credit_max_share CHECK (credit_max_share_percent IS NULL
    OR credit_max_share_percent BETWEEN 0 AND 100);

-- Catalog 1.3 records two disagreements on one field (MIT SCM's degree title: an older name, then the two official
-- degree options), each with its own sources; the second gets the id suffix -2.
ALTER TABLE conflicts DROP CONSTRAINT uq_conflicts;

-- The catalog's edition (its version and what it is), one row.
CREATE TABLE catalog_edition (
    id              INTEGER       NOT NULL,
    catalog_version VARCHAR(20)   NOT NULL,
    about           VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_catalog_edition PRIMARY KEY (id),
    CONSTRAINT ck_catalog_edition_single CHECK (id = 1),
    CONSTRAINT ck_catalog_edition_version CHECK (REGEXP_LIKE(catalog_version, '^[0-9]+\.[0-9]+$'))
);

-- Data releases, newest first by position, and what each changed.
CREATE TABLE releases (
    version     VARCHAR(20)   NOT NULL,
    position    INTEGER       NOT NULL,
    released_on DATE          NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_releases PRIMARY KEY (version),
    CONSTRAINT uq_releases_position UNIQUE (position),
    CONSTRAINT ck_releases_version CHECK (REGEXP_LIKE(version, '^[0-9]+\.[0-9]+$')),
    CONSTRAINT ck_releases_position CHECK (position >= 1)
);

CREATE TABLE release_changes (
    release_version VARCHAR(20)   NOT NULL,
    position        INTEGER       NOT NULL,
    entity          VARCHAR(20)   NOT NULL,
    entity_id       VARCHAR(160)  NOT NULL,
    field           VARCHAR(60),
    kind            VARCHAR(20)   NOT NULL,
    from_value      VARCHAR(1000),
    to_value        VARCHAR(1000),
    source_id       VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_release_changes PRIMARY KEY (release_version, position),
    CONSTRAINT fk_release_changes_release FOREIGN KEY (release_version) REFERENCES releases (version),
    CONSTRAINT fk_release_changes_source FOREIGN KEY (source_id) REFERENCES sources (id),
    CONSTRAINT ck_release_changes_position CHECK (position >= 1),
    CONSTRAINT ck_release_changes_entity CHECK (entity IN ('sources', 'institutions', 'programs', 'courses', 'degrees',
        'pathways', 'conflicts')),
    CONSTRAINT ck_release_changes_kind CHECK (kind IN ('added', 'corrected', 'retired', 'source-added'))
);
CREATE INDEX ix_release_changes_source ON release_changes (source_id);

-- As V1 defined it.
CREATE VIEW source_citations (source_id, page, page_id, page_title, fact) AS
          SELECT price_source_id, 'program', id, title, 'price' FROM programs WHERE price_source_id IS NOT NULL
    UNION SELECT length_source_id, 'program', id, title, 'length' FROM programs WHERE length_source_id IS NOT NULL
    UNION SELECT effort_source_id, 'program', id, title, 'effort' FROM programs WHERE effort_source_id IS NOT NULL
    UNION SELECT audit_free_source_id, 'program', id, title, 'audit' FROM programs WHERE audit_free_source_id IS NOT NULL
    UNION SELECT s.source_id, 'program', p.id, p.title, 'program'
          FROM program_sources s JOIN programs p ON p.id = s.program_id
    UNION SELECT c.source_id, 'program', p.id, p.title, 'course'
          FROM courses c JOIN programs p ON p.id = c.program_id
    UNION SELECT s.source_id, 'program', p.id, p.title, 'course'
          FROM course_sources s JOIN courses c ON c.id = s.course_id JOIN programs p ON p.id = c.program_id
    UNION SELECT credits_source_id, 'degree', id, title, 'credits' FROM degrees WHERE credits_source_id IS NOT NULL
    UNION SELECT length_source_id, 'degree', id, title, 'length' FROM degrees WHERE length_source_id IS NOT NULL
    UNION SELECT tuition_source_id, 'degree', id, title, 'tuition' FROM degrees WHERE tuition_source_id IS NOT NULL
    UNION SELECT s.source_id, 'degree', d.id, d.title, 'degree'
          FROM degree_sources s JOIN degrees d ON d.id = s.degree_id
    UNION SELECT s.source_id, 'pathway', w.id, p.title || ' → ' || COALESCE(d.title, i.name), 'pathway'
          FROM pathway_sources s JOIN pathways w ON w.id = s.pathway_id JOIN programs p ON p.id = w.program_id
          JOIN institutions i ON i.id = w.institution_id LEFT JOIN degrees d ON d.id = w.degree_id
    UNION SELECT v.source_id, 'program', p.id, p.title, 'disagreement'
          FROM conflict_values v JOIN conflicts k ON k.id = v.conflict_id JOIN programs p ON p.id = k.entity_id
    UNION SELECT v.source_id, 'program', p.id, p.title, 'disagreement'
          FROM conflict_values v JOIN conflicts k ON k.id = v.conflict_id JOIN courses c ON c.id = k.entity_id
          JOIN programs p ON p.id = c.program_id
    UNION SELECT v.source_id, 'degree', d.id, d.title, 'disagreement'
          FROM conflict_values v JOIN conflicts k ON k.id = v.conflict_id JOIN degrees d ON d.id = k.entity_id
    UNION SELECT v.source_id, 'pathway', w.id, p.title || ' → ' || COALESCE(d.title, i.name), 'disagreement'
          FROM conflict_values v JOIN conflicts k ON k.id = v.conflict_id JOIN pathways w ON w.id = k.entity_id
          JOIN programs p ON p.id = w.program_id JOIN institutions i ON i.id = w.institution_id
          LEFT JOIN degrees d ON d.id = w.degree_id;
