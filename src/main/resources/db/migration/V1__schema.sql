-- Stepping Stone schema. Portable SQL for H2 2.x and PostgreSQL 15+ (REGEXP_LIKE exists in both).
-- Every constraint is named so that a curator's failed migration names the rule it broke.
-- Slugs are the primary keys: they are the URL names and the ids used in data/catalog.json.

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
    CONSTRAINT ck_programs_audit_free CHECK ((audit_free IS NULL) = (audit_free_source_id IS NULL))
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
    CONSTRAINT ck_degrees_tuition_as_of CHECK (tuition_as_of IS NULL OR REGEXP_LIKE(tuition_as_of, '^[0-9]{4}(-[0-9]{2}){0,2}$'))
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
    CONSTRAINT pk_pathways PRIMARY KEY (id),
    CONSTRAINT uq_pathways_program_degree UNIQUE (program_id, degree_id),
    CONSTRAINT fk_pathways_program FOREIGN KEY (program_id) REFERENCES programs (id),
    CONSTRAINT fk_pathways_institution FOREIGN KEY (institution_id) REFERENCES institutions (id),
    CONSTRAINT fk_pathways_degree FOREIGN KEY (degree_id, institution_id) REFERENCES degrees (id, institution_id),
    CONSTRAINT ck_pathways_slug CHECK (REGEXP_LIKE(id, '^[a-z0-9]+(-[a-z0-9]+)*$')),
    CONSTRAINT ck_pathways_kind CHECK (kind IN ('credit', 'admission', 'non-degree')),
    CONSTRAINT ck_pathways_status CHECK (status IN ('published', 'unverified')),
    CONSTRAINT ck_pathways_credit_value CHECK (credit_value IS NULL OR (credit_value >= 0 AND credit_unit IN
        ('US-semester-credits', 'MIT-units', 'ECTS', 'course-credits', 'courses'))),
    CONSTRAINT ck_pathways_share CHECK (credit_share_percent IS NULL OR
        (credit_share_percent BETWEEN 0 AND 100 AND credit_share_basis IN ('computed', 'stated'))),
    CONSTRAINT ck_pathways_share_basis CHECK ((credit_share_basis IS NULL) = (credit_share_percent IS NULL)),
    CONSTRAINT ck_pathways_as_of CHECK (as_of IS NULL OR REGEXP_LIKE(as_of, '^[0-9]{4}(-[0-9]{2}){0,2}$'))
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
    CONSTRAINT uq_conflicts UNIQUE (entity, entity_id, field),
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
