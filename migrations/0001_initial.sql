-- GhgInventory schema, version 1.
-- Reference data (regions, categories, activities, substances) is loaded from the bundled data files by `ghg init`.
-- Nothing here is ever updated in place: activity data and factor sets are versioned, runs are immutable.

CREATE TABLE regions (
    code        TEXT PRIMARY KEY,            -- GB/T 2260 code, or a local park code such as 150624-01
    parent_code TEXT REFERENCES regions(code),
    level       TEXT NOT NULL,               -- province | prefecture | county | park
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    grid        TEXT,                        -- power grid key; NULL inherits the parent's
    note        TEXT
);

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,         -- small integer stored on every activity record
    code        TEXT NOT NULL UNIQUE,        -- IPCC 2006 code, e.g. 1.A.1.a.i
    parent_code TEXT REFERENCES categories(code),
    name_zh     TEXT NOT NULL,               -- name of the 省级温室气体清单编制指南
    name_en     TEXT NOT NULL
);

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,         -- small integer stored on every activity record
    key         TEXT NOT NULL UNIQUE,        -- vocabulary key, e.g. raw_coal
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    dimension   TEXT NOT NULL,               -- mass | volume | energy | count | money | area
    kind        TEXT NOT NULL                -- fuel | secondary | output | other
);

CREATE TABLE substances (
    gas         TEXT PRIMARY KEY,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    kind        TEXT NOT NULL                -- ghg | air_pollutant
);

-- A factor set is identified by its key and the SHA-256 of its file: a changed value is a new set, the old one stays.
CREATE TABLE factor_sets (
    id           INTEGER PRIMARY KEY,
    set_key      TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    tier         TEXT NOT NULL,              -- local | china_guideline | ipcc_default | gwp
    rank         INTEGER NOT NULL,
    name_en      TEXT NOT NULL,
    name_zh      TEXT NOT NULL,
    edition      TEXT,
    description  TEXT,
    file_name    TEXT NOT NULL,
    loaded_at    TEXT NOT NULL,              -- NodaTime Instant, ISO-8601 UTC
    UNIQUE (set_key, content_hash)
);

CREATE TABLE factors (
    id              INTEGER PRIMARY KEY,
    factor_set_id   INTEGER NOT NULL REFERENCES factor_sets(id),
    activity        TEXT,
    parameter       TEXT NOT NULL,
    gas             TEXT,
    category        TEXT,
    region          TEXT,                    -- region code, grid:<key>, or NULL for everywhere
    valid_from      INTEGER,
    valid_to        INTEGER,
    value           REAL NOT NULL,           -- as published
    unit            TEXT NOT NULL,           -- as published
    uncertainty_pct REAL,
    source          TEXT NOT NULL,
    source_table    TEXT,
    status          TEXT NOT NULL,
    file_line       INTEGER NOT NULL
);
CREATE INDEX factors_by_set ON factors(factor_set_id);

CREATE TABLE gwp_values (
    id            INTEGER PRIMARY KEY,
    factor_set_id INTEGER NOT NULL REFERENCES factor_sets(id),
    gwp_set       TEXT NOT NULL,             -- SAR, AR4, AR5, AR6 …
    gas           TEXT NOT NULL,
    value         REAL NOT NULL,
    source        TEXT NOT NULL,
    source_table  TEXT,
    status        TEXT NOT NULL,
    UNIQUE (factor_set_id, gwp_set, gas)
);

-- One imported file. Identical content is recognised by its hash and not imported twice.
CREATE TABLE activity_batches (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    content_sha256 TEXT NOT NULL UNIQUE,
    encoding       TEXT NOT NULL,
    row_count      INTEGER NOT NULL,
    first_record_id INTEGER,                 -- the batch's records are the id range first..last (rowid order),
    last_record_id  INTEGER,                 -- so reading them needs no index on the bulk table
    imported_at    TEXT NOT NULL             -- NodaTime Instant, ISO-8601 UTC
);

-- Each file makes a new version of the data for exactly the (region, year) pairs it contains; older versions stay.
CREATE TABLE activity_versions (
    id          INTEGER PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES regions(code),
    year        INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    batch_id    INTEGER NOT NULL REFERENCES activity_batches(id),
    UNIQUE (region_code, year, version)
);

-- Units and sources repeat on every row; they are interned, so a million-row file stays small and fast to insert.
CREATE TABLE text_values (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE               -- units as written, sources
);

-- The bulk table of the tool. Category and activity are stored as the small integer ids of their tables (PERFORMANCE.md:
-- strings are the cost at a million rows); activity_records_readable below shows them as codes. Only version_id is a
-- declared foreign key: the ingester checks category, activity, unit and source against the same tables inside the same
-- transaction, and a per-row foreign-key lookup on each would cost more than the rest of the insert (tools/Benchmarks).
-- No secondary index either: a batch's rows are an id range recorded on activity_batches.
CREATE TABLE activity_records (
    id              INTEGER PRIMARY KEY,
    version_id      INTEGER NOT NULL REFERENCES activity_versions(id),
    category_id     INTEGER NOT NULL,        -- categories.id
    activity_id     INTEGER NOT NULL,        -- activities.id
    facility        TEXT,                    -- enterprise or plant id; facility rows add up to the region's total
    value           REAL NOT NULL,           -- as written in the file
    unit_id         INTEGER NOT NULL,        -- text_values.id of the unit as written
    base_value      REAL NOT NULL,           -- in t, m3 or GJ
    source_id       INTEGER,                 -- text_values.id of the source column
    note            TEXT,
    uncertainty_pct REAL,
    file_line       INTEGER NOT NULL
);

-- The activity records as a person reads them: codes, units and sources as written, file and line.
CREATE VIEW activity_records_readable AS
SELECT r.id, v.region_code, v.year, v.version, c.code AS category, a.key AS activity, r.facility, r.value, u.text AS unit,
       r.base_value, s.text AS source, r.note, r.uncertainty_pct, b.file_name, r.file_line, b.id AS batch_id
FROM activity_records r
JOIN activity_versions v ON v.id = r.version_id
JOIN activity_batches b ON b.id = v.batch_id
JOIN categories c ON c.id = r.category_id
JOIN activities a ON a.id = r.activity_id
JOIN text_values u ON u.id = r.unit_id
LEFT JOIN text_values s ON s.id = r.source_id;

CREATE TABLE inventory_runs (
    id             INTEGER PRIMARY KEY,
    created_at     TEXT NOT NULL,            -- NodaTime Instant, ISO-8601 UTC
    engine_version TEXT NOT NULL,
    gwp_set        TEXT NOT NULL,
    year_from      INTEGER NOT NULL,
    year_to        INTEGER NOT NULL,
    region_code    TEXT NOT NULL REFERENCES regions(code),
    options        TEXT NOT NULL,            -- e.g. grid=Regional
    inputs_sha256  TEXT NOT NULL             -- hash of data versions, factor sets, GWP set and options
);

CREATE TABLE run_activity_versions (
    run_id     INTEGER NOT NULL REFERENCES inventory_runs(id),
    version_id INTEGER NOT NULL REFERENCES activity_versions(id),
    PRIMARY KEY (run_id, version_id)
) WITHOUT ROWID;

CREATE TABLE run_factor_sets (
    run_id        INTEGER NOT NULL REFERENCES inventory_runs(id),
    factor_set_id INTEGER NOT NULL REFERENCES factor_sets(id),
    PRIMARY KEY (run_id, factor_set_id)
) WITHOUT ROWID;

-- A source is all records of one data version (region, year) with one category and activity, summed. Versions never
-- change, so (version_id, category, activity) names exactly the records a source summed: that is its provenance.
CREATE TABLE emission_sources (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES inventory_runs(id),
    version_id    INTEGER NOT NULL REFERENCES activity_versions(id),
    region_code   TEXT NOT NULL,
    year          INTEGER NOT NULL,
    category      TEXT NOT NULL,
    activity      TEXT NOT NULL,
    activity_base REAL NOT NULL,             -- sum of the records in base_unit
    base_unit     TEXT NOT NULL,
    record_count  INTEGER NOT NULL,
    first_record_id INTEGER NOT NULL,
    last_record_id  INTEGER NOT NULL
);
CREATE INDEX emission_sources_by_run ON emission_sources(run_id, year);

CREATE TABLE emission_lines (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES inventory_runs(id),
    source_id    INTEGER NOT NULL REFERENCES emission_sources(id),
    gas          TEXT NOT NULL,
    scope        TEXT NOT NULL,              -- territorial | indirect
    mass_t       REAL,                       -- NULL when a notation key stands
    co2e_t       REAL,
    gwp          REAL,
    notation_key TEXT,                       -- NO, NE, NA, IE, C
    method       TEXT NOT NULL,
    arithmetic   TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX emission_lines_by_run ON emission_lines(run_id);

CREATE TABLE emission_line_factors (
    line_id         INTEGER NOT NULL REFERENCES emission_lines(id),
    position        INTEGER NOT NULL,        -- order in the formula
    factor_id       INTEGER NOT NULL REFERENCES factors(id),
    tier            TEXT NOT NULL,           -- RegionMeasured | CityValue | ChinaGuidelineDefault | IpccDefault
    substitute_year INTEGER,                 -- factor year when it is not the inventory year
    PRIMARY KEY (line_id, position)
) WITHOUT ROWID;
