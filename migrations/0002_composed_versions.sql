-- GhgInventory schema, version 2: versions that compose, uses of fuel, notation keys as activity values, QA flags,
-- local factor sets that can be withdrawn, and marks on the workspace itself.
-- Tables referenced by others are rebuilt (new table, copy, drop, rename); the migrator runs this with foreign keys
-- off and checks them before it commits (https://www.sqlite.org/lang_altertable.html, "other kinds of table schema changes").

-- The readable view names both rebuilt tables; it is dropped first and made again below.
DROP VIEW activity_records_readable;

-- The uses of a fuel row (DESIGN.md, activity contract): how the next steps account it. A closed vocabulary, so it is
-- data of the schema, stored on every record as its small integer id.
CREATE TABLE fuel_uses (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL
);
INSERT INTO fuel_uses (id, key, name_zh, name_en) VALUES
    (0, 'combustion',     '燃烧',       'combustion'),
    (1, 'autoproducer',   '自备电厂',   'autoproducer (captive power or CHP plant)'),
    (2, 'feedstock',      '原料用能',   'feedstock (non-energy use)'),
    (3, 'transformation', '加工转换',   'transformation input (coke ovens, gasification)');

-- A version of one (region, year) is its own rows applied by key over its base version's rows:
--   import  — base = the version current before the file; the file's rows add or replace keys;
--   replace — no base: the file's rows are the whole region-year (ghg ingest --replace);
--   revert  — no rows of its own, base = the version made current again (ghg data revert).
-- The records of a version are found by walking base_version_id; a record's own version_id says which file it came from.
CREATE TABLE activity_versions_v2 (
    id              INTEGER PRIMARY KEY,
    region_code     TEXT NOT NULL REFERENCES regions(code),
    year            INTEGER NOT NULL,
    version         INTEGER NOT NULL,
    batch_id        INTEGER REFERENCES activity_batches(id),   -- NULL for a revert
    base_version_id INTEGER REFERENCES activity_versions(id),
    change          TEXT NOT NULL CHECK (change IN ('import', 'replace', 'revert')),
    created_at      TEXT,                                     -- NodaTime Instant; NULL for versions made before schema 2
    rows_added      INTEGER,                                  -- keys new in this version
    rows_replaced   INTEGER,                                  -- keys whose row this version replaced
    rows_kept       INTEGER,                                  -- keys carried over from the base unchanged
    UNIQUE (region_code, year, version)
);
-- Before schema 2 every version was the whole region-year, which is what 'replace' means now.
INSERT INTO activity_versions_v2 (id, region_code, year, version, batch_id, base_version_id, change)
SELECT id, region_code, year, version, batch_id, NULL, 'replace' FROM activity_versions;
DROP TABLE activity_versions;
ALTER TABLE activity_versions_v2 RENAME TO activity_versions;

-- The bulk table gains the row's use and a notation key; a notation row has no value, never a 0.
CREATE TABLE activity_records_v2 (
    id              INTEGER PRIMARY KEY,
    version_id      INTEGER NOT NULL REFERENCES activity_versions(id),
    category_id     INTEGER NOT NULL,        -- categories.id
    activity_id     INTEGER NOT NULL,        -- activities.id
    facility        TEXT,                    -- enterprise or plant id; facility rows add up to the region's total
    use_id          INTEGER NOT NULL DEFAULT 0, -- fuel_uses.id
    value           REAL,                    -- as written in the file; NULL when notation_key stands
    unit_id         INTEGER,                 -- text_values.id of the unit as written; NULL for a notation row without unit
    base_value      REAL,                    -- in t, m3 or GJ; NULL when notation_key stands
    notation_key    TEXT,                    -- NO, NE, NA, IE or C
    source_id       INTEGER,                 -- text_values.id of the source column
    note            TEXT,                    -- for a notation row, its reason
    uncertainty_pct REAL,
    file_line       INTEGER NOT NULL
    -- A row holds a number (value and base value) or a notation key, never both or neither. The rule is kept by the one
    -- writer of this table, RecordInserter, not by a CHECK: any CHECK here cost 0.07 s a million rows (5 % of the import,
    -- tools/Benchmarks, 2026-11-29), and a list of the five keys, IN (…), 1.1 s (SQLite builds a temporary b-tree per row).
);
INSERT INTO activity_records_v2 (id, version_id, category_id, activity_id, facility, use_id, value, unit_id, base_value, notation_key,
                                 source_id, note, uncertainty_pct, file_line)
SELECT id, version_id, category_id, activity_id, facility, 0, value, unit_id, base_value, NULL, source_id, note, uncertainty_pct, file_line
FROM activity_records;
DROP TABLE activity_records;
ALTER TABLE activity_records_v2 RENAME TO activity_records;

CREATE VIEW activity_records_readable AS
SELECT r.id, v.region_code, v.year, v.version, c.code AS category, a.key AS activity, r.facility, fu.key AS use, r.value,
       r.notation_key, u.text AS unit, r.base_value, s.text AS source, r.note, r.uncertainty_pct, b.file_name, r.file_line,
       b.id AS batch_id
FROM activity_records r
JOIN activity_versions v ON v.id = r.version_id
JOIN activity_batches b ON b.id = v.batch_id
JOIN categories c ON c.id = r.category_id
JOIN activities a ON a.id = r.activity_id
JOIN fuel_uses fu ON fu.id = r.use_id
LEFT JOIN text_values u ON u.id = r.unit_id
LEFT JOIN text_values s ON s.id = r.source_id;

-- A batch records how it was imported.
ALTER TABLE activity_batches ADD COLUMN mode TEXT NOT NULL DEFAULT 'merge';   -- merge | replace
ALTER TABLE activity_batches ADD COLUMN blank_rows INTEGER NOT NULL DEFAULT 0; -- all-empty rows skipped

-- Plausibility findings on activity rows: shown by ingest, compile and report until a person accepts them with a reason.
-- A flag is never edited; its acceptance is a row of its own.
CREATE TABLE qa_flags (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES activity_batches(id),
    record_id   INTEGER NOT NULL REFERENCES activity_records(id),
    region_code TEXT NOT NULL,
    year        INTEGER NOT NULL,
    kind        TEXT NOT NULL,               -- e.g. year_jump, county_bound
    message     TEXT NOT NULL,               -- what was found and against what bound, in the words printed at ingest
    file_name   TEXT NOT NULL,
    file_line   INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX qa_flags_by_region_year ON qa_flags(region_code, year);

CREATE TABLE qa_flag_acceptances (
    flag_id     INTEGER PRIMARY KEY REFERENCES qa_flags(id),
    reason      TEXT NOT NULL,
    accepted_at TEXT NOT NULL
);

-- Local factor sets: a value outside its plausible range may be accepted with a reason, stored with the set;
-- a set can be withdrawn (no new compile uses it), recorded, never deleted.
ALTER TABLE factor_sets ADD COLUMN outlier_reason TEXT;
CREATE TABLE factor_set_withdrawals (
    factor_set_id INTEGER PRIMARY KEY REFERENCES factor_sets(id),
    reason        TEXT,
    withdrawn_at  TEXT NOT NULL
);

-- Facts about the database file itself, e.g. created_by = ghg demo (the demo rewrites only a file it made).
CREATE TABLE workspace_properties (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A source is one use of a fuel: its key (and so its provenance) includes the use of its records.
ALTER TABLE emission_sources ADD COLUMN use_id INTEGER NOT NULL DEFAULT 0;   -- fuel_uses.id
