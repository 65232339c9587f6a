-- Stepping Stone's schema as V1-V9 leave it, with the source document of V2, in one script: a Flyway baseline
-- migration. B7 with V9 (reference exchange rates) appended; see B7 for the rest. Flyway runs the newest baseline
-- instead of the versioned migrations below it on an empty database only; a database that already has migrations goes
-- on with the versioned ones and never runs it. BaselineMigrationTests checks that both ways end alike.


-- The source document (../shared/source): the guide shown on / and /compare.

CREATE TABLE guide_passages (
    id          VARCHAR(40)   NOT NULL,
    heading     VARCHAR(200),
    body        VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_guide_passages PRIMARY KEY (id)
);

CREATE TABLE key_characteristics (
    position    INTEGER       NOT NULL,
    title       VARCHAR(100)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_key_characteristics PRIMARY KEY (position),
    CONSTRAINT ck_key_characteristics_position CHECK (position >= 1)
);

CREATE TABLE reasons (
    position    INTEGER       NOT NULL,
    title       VARCHAR(100)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_reasons PRIMARY KEY (position),
    CONSTRAINT ck_reasons_position CHECK (position >= 1)
);

CREATE TABLE comparison_aspects (
    position     INTEGER      NOT NULL,
    aspect       VARCHAR(50)  NOT NULL,
    micromasters VARCHAR(300) NOT NULL,
    masters      VARCHAR(300) NOT NULL,
    CONSTRAINT pk_comparison_aspects PRIMARY KEY (position),
    CONSTRAINT uq_comparison_aspects_aspect UNIQUE (aspect),
    CONSTRAINT ck_comparison_aspects_position CHECK (position >= 1)
);

-- The catalog (../shared/data/catalog.json).

CREATE TABLE sources (
    id           VARCHAR(100) NOT NULL,
    url          VARCHAR(500) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    publisher    VARCHAR(200) NOT NULL,
    published_on VARCHAR(10),
    kind         VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_sources PRIMARY KEY (id),
    CONSTRAINT ck_sources_slug CHECK (REGEXP_LIKE(id, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    CONSTRAINT ck_sources_kind CHECK (kind IN ('official', 'press', 'third-party', 'learner')),
    CONSTRAINT ck_sources_published_on CHECK (published_on IS NULL OR REGEXP_LIKE(published_on, '^[0-9]{4}(-[0-9]{2}){0,2}$'))
);

CREATE TABLE institutions (
    id         VARCHAR(100) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    short_name VARCHAR(50),
    country    VARCHAR(2)   NOT NULL,
    website    VARCHAR(300),
    CONSTRAINT pk_institutions PRIMARY KEY (id),
    CONSTRAINT ck_institutions_slug CHECK (REGEXP_LIKE(id, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    CONSTRAINT ck_institutions_country CHECK (REGEXP_LIKE(country, '^[A-Z]{2}$'))
);

CREATE TABLE programs (
    id                    VARCHAR(100)  NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    institution_id        VARCHAR(100)  NOT NULL,
    field                 VARCHAR(50)   NOT NULL,
    summary               VARCHAR(1000) NOT NULL,
    course_count          INTEGER,
    required_course_count INTEGER,
    final_assessment      VARCHAR(1000),
    price_value           DECIMAL(12, 2),
    price_as_of           VARCHAR(10),
    price_source_id       VARCHAR(100),
    price_computed        BOOLEAN,
    price_note            VARCHAR(1000),
    length_min            INTEGER,
    length_max            INTEGER,
    length_as_of          VARCHAR(10),
    length_source_id      VARCHAR(100),
    effort_min            INTEGER,
    effort_max            INTEGER,
    effort_source_id      VARCHAR(100),
    audit_free            BOOLEAN,
    audit_free_source_id  VARCHAR(100),
    status                VARCHAR(20)   NOT NULL,
    program_url           VARCHAR(500),
    price_amount          DECIMAL(12, 2),
    price_currency        CHAR(3),
    retired_on            VARCHAR(10),
    retired_on_source_id  VARCHAR(100),
    retired_on_note       VARCHAR(1000),
    platform              VARCHAR(100),
    platform_since        VARCHAR(10),
    platform_source_id    VARCHAR(100),
    CONSTRAINT pk_programs PRIMARY KEY (id),
    CONSTRAINT fk_programs_institution FOREIGN KEY (institution_id) REFERENCES institutions (id),
    CONSTRAINT fk_programs_price_source FOREIGN KEY (price_source_id) REFERENCES sources (id),
    CONSTRAINT fk_programs_length_source FOREIGN KEY (length_source_id) REFERENCES sources (id),
    CONSTRAINT fk_programs_effort_source FOREIGN KEY (effort_source_id) REFERENCES sources (id),
    CONSTRAINT fk_programs_audit_free_source FOREIGN KEY (audit_free_source_id) REFERENCES sources (id),
    CONSTRAINT ck_programs_slug CHECK (REGEXP_LIKE(id, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    CONSTRAINT ck_programs_field CHECK (field IN ('Business & Management', 'Data Science & Analytics', 'Computer Science',
        'Engineering', 'Economics & Finance', 'Social Sciences', 'Environment & Sustainability', 'Design', 'Interdisciplinary')),
    CONSTRAINT ck_programs_status CHECK (status IN ('active', 'renamed', 'retired', 'unknown')),
    CONSTRAINT ck_programs_course_count CHECK (course_count IS NULL OR course_count >= 1),
    CONSTRAINT ck_programs_required_course_count CHECK (required_course_count IS NULL OR
        (required_course_count >= 1 AND (course_count IS NULL OR required_course_count <= course_count))),
    -- A price, length, effort or audit fact exists exactly when its source does.
    CONSTRAINT ck_programs_price_sourced CHECK (price_source_id IS NOT NULL OR
        (price_value IS NULL AND price_as_of IS NULL AND price_computed IS NULL AND price_note IS NULL)),
    CONSTRAINT ck_programs_price_value CHECK (price_value IS NULL OR price_value >= 0),
    CONSTRAINT ck_programs_price_as_of CHECK (price_as_of IS NULL OR REGEXP_LIKE(price_as_of, '^[0-9]{4}(-[0-9]{2}){0,2}$')),
    CONSTRAINT ck_programs_length CHECK ((length_source_id IS NULL AND length_min IS NULL AND length_max IS NULL AND length_as_of IS NULL)
        OR (length_source_id IS NOT NULL AND length_min >= 0 AND length_max >= length_min)),
    CONSTRAINT ck_programs_length_as_of CHECK (length_as_of IS NULL OR REGEXP_LIKE(length_as_of, '^[0-9]{4}(-[0-9]{2}){0,2}$')),
    CONSTRAINT ck_programs_effort CHECK ((effort_source_id IS NULL AND effort_min IS NULL AND effort_max IS NULL)
        OR (effort_source_id IS NOT NULL AND effort_min >= 0 AND effort_max >= effort_min)),
    CONSTRAINT ck_programs_audit_free CHECK ((audit_free IS NULL) = (audit_free_source_id IS NULL)),
    CONSTRAINT fk_programs_retired_on_source FOREIGN KEY (retired_on_source_id) REFERENCES sources (id),
    CONSTRAINT fk_programs_platform_source FOREIGN KEY (platform_source_id) REFERENCES sources (id),
    CONSTRAINT ck_programs_price_currency CHECK (price_currency IS NULL OR REGEXP_LIKE(price_currency, '^[A-Z]{3}$')),
    CONSTRAINT ck_programs_price_amount CHECK ((price_amount IS NULL OR price_amount >= 0)
        AND (price_amount IS NULL OR price_currency IS NOT NULL)),
    CONSTRAINT ck_programs_sourced_currency CHECK ((price_currency IS NULL) = (price_source_id IS NULL)),
    CONSTRAINT ck_programs_usd_amount CHECK (price_value IS NULL
        OR (price_currency = 'USD' AND price_amount = price_value)),
    CONSTRAINT ck_programs_retired_on CHECK ((status = 'retired') = (retired_on IS NOT NULL)),
    CONSTRAINT ck_programs_retired_on_sourced CHECK ((retired_on IS NULL) = (retired_on_source_id IS NULL)
        AND (retired_on IS NULL OR REGEXP_LIKE(retired_on, '^[0-9]{4}(-[0-9]{2}){0,2}$'))),
    CONSTRAINT ck_programs_platform CHECK ((platform IS NULL) = (platform_source_id IS NULL)
        AND (platform_since IS NULL OR REGEXP_LIKE(platform_since, '^[0-9]{4}(-[0-9]{2}){0,2}$')))
);
CREATE INDEX ix_programs_institution ON programs (institution_id);
CREATE INDEX ix_programs_field ON programs (field);

CREATE TABLE program_sources (
    program_id VARCHAR(100) NOT NULL,
    position   INTEGER      NOT NULL,
    source_id  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_program_sources PRIMARY KEY (program_id, position),
    CONSTRAINT uq_program_sources UNIQUE (program_id, source_id),
    CONSTRAINT fk_program_sources_program FOREIGN KEY (program_id) REFERENCES programs (id),
    CONSTRAINT fk_program_sources_source FOREIGN KEY (source_id) REFERENCES sources (id),
    CONSTRAINT ck_program_sources_position CHECK (position >= 1)
);
CREATE INDEX ix_program_sources_source ON program_sources (source_id);

CREATE TABLE courses (
    id           VARCHAR(120) NOT NULL,
    program_id   VARCHAR(100) NOT NULL,
    position     INTEGER      NOT NULL,
    code         VARCHAR(50),
    title        VARCHAR(200),
    weeks        INTEGER,
    effort_min   INTEGER,
    effort_max   INTEGER,
    elective     BOOLEAN      NOT NULL,
    source_id    VARCHAR(100) NOT NULL,
    as_of        VARCHAR(10),
    CONSTRAINT pk_courses PRIMARY KEY (id),
    CONSTRAINT uq_courses_position UNIQUE (program_id, position),
    CONSTRAINT fk_courses_program FOREIGN KEY (program_id) REFERENCES programs (id),
    CONSTRAINT fk_courses_source FOREIGN KEY (source_id) REFERENCES sources (id),
    CONSTRAINT ck_courses_slug CHECK (REGEXP_LIKE(id, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    CONSTRAINT ck_courses_position CHECK (position >= 1),
    CONSTRAINT ck_courses_named CHECK (code IS NOT NULL OR title IS NOT NULL),
    CONSTRAINT ck_courses_weeks CHECK (weeks IS NULL OR weeks >= 1),
    CONSTRAINT ck_courses_effort CHECK ((effort_min IS NULL AND effort_max IS NULL)
        OR (effort_min >= 0 AND effort_max >= effort_min)),
    CONSTRAINT ck_courses_as_of CHECK (as_of IS NULL OR REGEXP_LIKE(as_of, '^[0-9]{4}(-[0-9]{2}){0,2}$'))
);

CREATE TABLE course_sources (
    course_id VARCHAR(120) NOT NULL,
    position  INTEGER      NOT NULL,
    source_id VARCHAR(100) NOT NULL,
    CONSTRAINT pk_course_sources PRIMARY KEY (course_id, position),
    CONSTRAINT uq_course_sources UNIQUE (course_id, source_id),
    CONSTRAINT fk_course_sources_course FOREIGN KEY (course_id) REFERENCES courses (id),
    CONSTRAINT fk_course_sources_source FOREIGN KEY (source_id) REFERENCES sources (id),
    CONSTRAINT ck_course_sources_position CHECK (position >= 1)
);
CREATE INDEX ix_course_sources_source ON course_sources (source_id);

CREATE TABLE degrees (
    id                VARCHAR(100)  NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    institution_id    VARCHAR(100)  NOT NULL,
    field             VARCHAR(50)   NOT NULL,
    delivery          VARCHAR(20),
    credits_value     DECIMAL(8, 2),
    credits_unit      VARCHAR(30),
    credits_source_id VARCHAR(100),
    credits_computed  BOOLEAN,
    credits_note      VARCHAR(1000),
    length_min        INTEGER,
    length_max        INTEGER,
    length_source_id  VARCHAR(100),
    tuition_value     DECIMAL(12, 2),
    tuition_as_of     VARCHAR(10),
    tuition_source_id VARCHAR(100),
    tuition_computed  BOOLEAN,
    tuition_note      VARCHAR(1000),
    url               VARCHAR(500),
    tuition_amount                   DECIMAL(12, 2),
    tuition_currency                 CHAR(3),
    tuition_basis                    VARCHAR(20),
    credit_reduces_tuition           BOOLEAN,
    credit_reduces_tuition_source_id VARCHAR(100),
    credit_reduces_tuition_note      VARCHAR(1000),
    CONSTRAINT pk_degrees PRIMARY KEY (id),
    -- Lets pathways check that a pathway's institution is its degree's institution.
    CONSTRAINT uq_degrees_institution UNIQUE (id, institution_id),
    CONSTRAINT fk_degrees_institution FOREIGN KEY (institution_id) REFERENCES institutions (id),
    CONSTRAINT fk_degrees_credits_source FOREIGN KEY (credits_source_id) REFERENCES sources (id),
    CONSTRAINT fk_degrees_length_source FOREIGN KEY (length_source_id) REFERENCES sources (id),
    CONSTRAINT fk_degrees_tuition_source FOREIGN KEY (tuition_source_id) REFERENCES sources (id),
    CONSTRAINT ck_degrees_slug CHECK (REGEXP_LIKE(id, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    CONSTRAINT ck_degrees_field CHECK (field IN ('Business & Management', 'Data Science & Analytics', 'Computer Science',
        'Engineering', 'Economics & Finance', 'Social Sciences', 'Environment & Sustainability', 'Design', 'Interdisciplinary')),
    CONSTRAINT ck_degrees_delivery CHECK (delivery IS NULL OR delivery IN ('on-campus', 'online', 'blended')),
    CONSTRAINT ck_degrees_credits CHECK ((credits_source_id IS NULL AND credits_value IS NULL AND credits_unit IS NULL
            AND credits_computed IS NULL AND credits_note IS NULL)
        OR (credits_source_id IS NOT NULL AND credits_value > 0 AND credits_computed IS NOT NULL AND credits_unit IN
            ('US-semester-credits', 'MIT-units', 'ECTS', 'course-credits', 'courses'))),
    CONSTRAINT ck_degrees_length CHECK ((length_source_id IS NULL AND length_min IS NULL AND length_max IS NULL)
        OR (length_source_id IS NOT NULL AND length_min >= 0 AND length_max >= length_min)),
    CONSTRAINT ck_degrees_tuition CHECK ((tuition_source_id IS NULL AND tuition_value IS NULL AND tuition_as_of IS NULL
            AND tuition_computed IS NULL AND tuition_note IS NULL)
        OR (tuition_source_id IS NOT NULL AND tuition_value >= 0)),
    CONSTRAINT ck_degrees_tuition_as_of CHECK (tuition_as_of IS NULL OR REGEXP_LIKE(tuition_as_of, '^[0-9]{4}(-[0-9]{2}){0,2}$')),
    CONSTRAINT fk_degrees_credit_reduces_tuition_source FOREIGN KEY (credit_reduces_tuition_source_id) REFERENCES sources (id),
    CONSTRAINT ck_degrees_tuition_currency CHECK (tuition_currency IS NULL OR REGEXP_LIKE(tuition_currency, '^[A-Z]{3}$')),
    CONSTRAINT ck_degrees_tuition_amount CHECK ((tuition_amount IS NULL OR tuition_amount >= 0)
        AND (tuition_amount IS NULL OR tuition_currency IS NOT NULL)),
    CONSTRAINT ck_degrees_sourced_currency CHECK ((tuition_currency IS NULL) = (tuition_source_id IS NULL)),
    CONSTRAINT ck_degrees_usd_amount CHECK (tuition_value IS NULL
        OR (tuition_currency = 'USD' AND tuition_amount = tuition_value)),
    CONSTRAINT ck_degrees_tuition_basis CHECK (tuition_basis IS NULL OR tuition_basis IN ('whole-degree', 'per-year')),
    CONSTRAINT ck_degrees_credit_reduces_tuition CHECK ((credit_reduces_tuition IS NULL) = (credit_reduces_tuition_source_id IS NULL))
);
CREATE INDEX ix_degrees_institution ON degrees (institution_id);

CREATE TABLE degree_sources (
    degree_id VARCHAR(100) NOT NULL,
    position  INTEGER      NOT NULL,
    source_id VARCHAR(100) NOT NULL,
    CONSTRAINT pk_degree_sources PRIMARY KEY (degree_id, position),
    CONSTRAINT uq_degree_sources UNIQUE (degree_id, source_id),
    CONSTRAINT fk_degree_sources_degree FOREIGN KEY (degree_id) REFERENCES degrees (id),
    CONSTRAINT fk_degree_sources_source FOREIGN KEY (source_id) REFERENCES sources (id),
    CONSTRAINT ck_degree_sources_position CHECK (position >= 1)
);
CREATE INDEX ix_degree_sources_source ON degree_sources (source_id);

CREATE TABLE pathways (
    id                   VARCHAR(160)  NOT NULL,
    program_id           VARCHAR(100)  NOT NULL,
    degree_id            VARCHAR(100),
    institution_id       VARCHAR(100)  NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    credit_value         DECIMAL(8, 2),
    credit_unit          VARCHAR(30),
    credit_share_percent DECIMAL(4, 1),
    credit_share_basis   VARCHAR(10),
    credit_text          VARCHAR(1000) NOT NULL,
    admission_required   BOOLEAN,
    on_campus_required   BOOLEAN,
    status               VARCHAR(20)   NOT NULL,
    as_of                VARCHAR(10),
    credit_max_value         DECIMAL(8, 2),
    credit_max_unit          VARCHAR(30),
    credit_max_share_percent DECIMAL(4, 1),
    credit_max_source_id     VARCHAR(100),
    credit_max_note          VARCHAR(1000),
    CONSTRAINT pk_pathways PRIMARY KEY (id),
    CONSTRAINT uq_pathways_program_degree UNIQUE (program_id, degree_id),
    CONSTRAINT fk_pathways_program FOREIGN KEY (program_id) REFERENCES programs (id),
    CONSTRAINT fk_pathways_institution FOREIGN KEY (institution_id) REFERENCES institutions (id),
    CONSTRAINT fk_pathways_degree FOREIGN KEY (degree_id, institution_id) REFERENCES degrees (id, institution_id),
    CONSTRAINT ck_pathways_slug CHECK (REGEXP_LIKE(id, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    CONSTRAINT ck_pathways_kind CHECK (kind IN ('credit', 'admission', 'non-degree')),
    CONSTRAINT ck_pathways_credit_value CHECK (credit_value IS NULL OR (credit_value >= 0 AND credit_unit IN
        ('US-semester-credits', 'MIT-units', 'ECTS', 'course-credits', 'courses'))),
    CONSTRAINT ck_pathways_share CHECK (credit_share_percent IS NULL OR
        (credit_share_percent BETWEEN 0 AND 100 AND credit_share_basis IN ('computed', 'stated'))),
    CONSTRAINT ck_pathways_share_basis CHECK ((credit_share_basis IS NULL) = (credit_share_percent IS NULL)),
    CONSTRAINT ck_pathways_as_of CHECK (as_of IS NULL OR REGEXP_LIKE(as_of, '^[0-9]{4}(-[0-9]{2}){0,2}$')),
    CONSTRAINT ck_pathways_status CHECK (status IN ('published', 'unverified', 'historical')),
    CONSTRAINT fk_pathways_credit_max_source FOREIGN KEY (credit_max_source_id) REFERENCES sources (id),
    CONSTRAINT ck_pathways_credit_max CHECK ((credit_max_source_id IS NULL AND credit_max_value IS NULL
        AND credit_max_unit IS NULL AND credit_max_share_percent IS NULL AND credit_max_note IS NULL)
        OR (credit_max_source_id IS NOT NULL AND (credit_max_value IS NOT NULL OR credit_max_share_percent IS NOT NULL))),
    CONSTRAINT ck_pathways_credit_max_value CHECK (credit_max_value IS NULL OR (credit_max_value >= 0
        AND credit_max_unit IN ('US-semester-credits', 'MIT-units', 'ECTS', 'course-credits', 'courses'))),
    CONSTRAINT ck_pathways_credit_max_share CHECK (credit_max_share_percent IS NULL
        OR credit_max_share_percent BETWEEN 0 AND 100)
);
CREATE INDEX ix_pathways_program ON pathways (program_id);
CREATE INDEX ix_pathways_degree ON pathways (degree_id);
CREATE INDEX ix_pathways_institution ON pathways (institution_id);
CREATE INDEX ix_pathways_kind ON pathways (kind);

CREATE TABLE pathway_conditions (
    pathway_id VARCHAR(160)  NOT NULL,
    position   INTEGER       NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_pathway_conditions PRIMARY KEY (pathway_id, position),
    CONSTRAINT fk_pathway_conditions_pathway FOREIGN KEY (pathway_id) REFERENCES pathways (id),
    CONSTRAINT ck_pathway_conditions_position CHECK (position >= 1)
);

CREATE TABLE pathway_sources (
    pathway_id VARCHAR(160) NOT NULL,
    position   INTEGER      NOT NULL,
    source_id  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_pathway_sources PRIMARY KEY (pathway_id, position),
    CONSTRAINT uq_pathway_sources UNIQUE (pathway_id, source_id),
    CONSTRAINT fk_pathway_sources_pathway FOREIGN KEY (pathway_id) REFERENCES pathways (id),
    CONSTRAINT fk_pathway_sources_source FOREIGN KEY (source_id) REFERENCES sources (id),
    CONSTRAINT ck_pathway_sources_position CHECK (position >= 1)
);
CREATE INDEX ix_pathway_sources_source ON pathway_sources (source_id);

-- Values that sources disagree on. entity_id is polymorphic (a program, course, degree, pathway or institution id),
-- so it has no foreign key; a test checks that every one resolves.
CREATE TABLE conflicts (
    id        VARCHAR(200) NOT NULL,
    entity    VARCHAR(20)  NOT NULL,
    entity_id VARCHAR(160) NOT NULL,
    field     VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_conflicts PRIMARY KEY (id),
    CONSTRAINT ck_conflicts_entity CHECK (entity IN ('program', 'course', 'degree', 'pathway', 'institution'))
);
CREATE INDEX ix_conflicts_entity_id ON conflicts (entity_id);

CREATE TABLE conflict_values (
    conflict_id VARCHAR(200) NOT NULL,
    position    INTEGER      NOT NULL,
    value_text  VARCHAR(300) NOT NULL,
    source_id   VARCHAR(100) NOT NULL,
    note        VARCHAR(500),
    kept        BOOLEAN      NOT NULL,
    CONSTRAINT pk_conflict_values PRIMARY KEY (conflict_id, position),
    CONSTRAINT fk_conflict_values_conflict FOREIGN KEY (conflict_id) REFERENCES conflicts (id),
    CONSTRAINT fk_conflict_values_source FOREIGN KEY (source_id) REFERENCES sources (id),
    CONSTRAINT ck_conflict_values_position CHECK (position >= 1)
);
CREATE INDEX ix_conflict_values_source ON conflict_values (source_id);

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

-- Which facts on which page cite each source: the /sources page's "cited for" lists.
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

-- The source document (../shared/source/micromasters-vs-masters.md), copied verbatim: passages, key
-- characteristics, reasons and the comparison table. Each list item's text before its first ': ' is its title.

INSERT INTO guide_passages (id, heading, body) VALUES
    ('answer', NULL, 'No, a MicroMasters is not a full academic degree in the traditional sense, such as a Bachelor''s, Master''s, or Ph.D. Instead, it is a professional graduate-level credential that signifies advanced learning in a specific field.'),
    ('definition', 'What Exactly Is a MicroMasters?', 'A MicroMasters program is a series of graduate-level courses developed by top universities worldwide. These programs are meticulously designed to provide deep learning in a specific career field, equipping learners with specialized skills and knowledge highly relevant to today''s job market. They are recognized by employers for their real-world applicability and ability to advance careers.'),
    ('characteristics', 'Key Characteristics of a MicroMasters Program', 'MicroMasters programs offer a unique blend of academic rigor and practical application:'),
    ('comparison', 'MicroMasters vs. Traditional Master''s Degree', 'Understanding the distinction between a MicroMasters and a traditional Master''s degree is crucial:'),
    ('comparison-column-aspect', NULL, 'Feature'),
    ('comparison-column-micromasters', NULL, 'MicroMasters Program'),
    ('comparison-column-masters', NULL, 'Traditional Master''s Degree'),
    ('reasons', 'Why Pursue a MicroMasters?', 'Individuals opt for MicroMasters programs for several compelling reasons:'),
    ('summary', NULL, 'In summary, while a MicroMasters is not a "degree" in the conventional sense, it is a highly valuable, legitimate, and recognized graduate-level credential that provides advanced skills, enhances career prospects, and can serve as an accelerated pathway to a full Master''s degree.');

INSERT INTO key_characteristics (position, title, description) VALUES
    (1, 'Graduate-Level Content', 'The coursework is equivalent to graduate-level university studies, ensuring a high standard of academic challenge.'),
    (2, 'Career Advancement', 'Programs are specifically designed to enhance career prospects, providing skills that are in demand across various industries.'),
    (3, 'Employer Recognition', 'Many employers value MicroMasters credentials for their practical relevance and the deep expertise they represent.'),
    (4, 'Flexible Learning', 'Typically offered online, these programs provide flexibility for working professionals or individuals seeking to upskill without committing to a full-time, traditional degree program.'),
    (5, 'Pathway to a Master''s Degree', 'A significant feature of many MicroMasters programs is their potential to serve as a stepping stone. Successfully completing a MicroMasters can often count for a substantial portion (e.g., 25-50% or more) of a full Master''s degree at the same or a partner university, upon successful admission to the degree program.');

INSERT INTO comparison_aspects (position, aspect, micromasters, masters) VALUES
    (1, 'Nature', 'Professional graduate-level credential/program', 'Full academic degree'),
    (2, 'Duration', 'Shorter (typically 6 months to 1.5 years)', 'Longer (typically 1.5 to 3 years)'),
    (3, 'Cost', 'Significantly lower', 'Higher (full tuition for the entire degree)'),
    (4, 'Focus', 'Deep specialization in a narrow, in-demand field', 'Broader, more comprehensive curriculum'),
    (5, 'Admissions', 'Often more accessible, course-by-course enrollment', 'Rigorous application process, holistic review'),
    (6, 'Outcome', 'Credential; pathway to a full Master''s degree', 'Formal academic degree (e.g., M.A., M.S., MBA)'),
    (7, 'Recognition', 'Recognized by employers for skills; potential credit', 'Universally recognized academic qualification');

INSERT INTO reasons (position, title, description) VALUES
    (1, 'Skill Enhancement', 'Acquire specialized knowledge and skills quickly to meet specific career goals or industry demands.'),
    (2, 'Career Change', 'Gain foundational knowledge in a new field without the full-time commitment and cost of a traditional degree.'),
    (3, 'Master''s Degree Exploration', 'Test the waters of graduate-level study before committing to a full Master''s program. It can demonstrate readiness and potentially shorten the duration of a subsequent full degree.'),
    (4, 'Cost-Effective Learning', 'Access top-tier university education at a fraction of the cost of a full Master''s.'),
    (5, 'Flexibility', 'Balance learning with existing work and life commitments due to the online and self-paced nature of many programs.');

CREATE TABLE exchange_rates (
    currency    CHAR(3)        NOT NULL,
    per_usd     DECIMAL(18, 6) NOT NULL,
    period      VARCHAR(7)     NOT NULL,
    kind        VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_exchange_rates PRIMARY KEY (currency),
    CONSTRAINT ck_exchange_rates_currency CHECK (REGEXP_LIKE(currency, '^[A-Z]{3}$') AND currency <> 'USD'),
    CONSTRAINT ck_exchange_rates_per_usd CHECK (per_usd > 0),
    CONSTRAINT ck_exchange_rates_period CHECK (REGEXP_LIKE(period, '^[0-9]{4}-(0[1-9]|1[0-2])$'))
);

-- One row: who publishes the rates, who republished them, when they were taken (the date /changes gives them).
CREATE TABLE exchange_rate_sources (
    id              INTEGER        NOT NULL,
    title           VARCHAR(500)   NOT NULL,
    publisher       VARCHAR(200)   NOT NULL,
    url             VARCHAR(500)   NOT NULL,
    via             VARCHAR(500),
    republished_by  VARCHAR(500),
    republished_url VARCHAR(500),
    retrieved       DATE           NOT NULL,
    summary         VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_exchange_rate_sources PRIMARY KEY (id),
    CONSTRAINT ck_exchange_rate_sources_one CHECK (id = 1)
);
