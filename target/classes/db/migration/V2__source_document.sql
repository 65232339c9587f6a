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
