-- Issue 12: coverage, control totals and runs identified by content.

-- The inventory years a region exists in (GB/T 2260 changes): a region is not "missing" from a year before it was created.
-- NULL valid_from: existed before any inventory year; NULL valid_to: still exists.
ALTER TABLE regions ADD COLUMN valid_from INTEGER;
ALTER TABLE regions ADD COLUMN valid_to INTEGER;

-- Reference data (regions with parent, grid and validity; categories; activity vocabulary; substances) as canonical text,
-- stored once per content, so a run is summarized with the reference data it was compiled with even after 'ghg init'
-- upserts edited bundled files in place.
CREATE TABLE reference_versions (
    id             INTEGER PRIMARY KEY,
    content_sha256 TEXT NOT NULL UNIQUE,
    canonical_text TEXT NOT NULL,
    created_at     TEXT NOT NULL             -- NodaTime Instant, ISO-8601 UTC
);
ALTER TABLE inventory_runs ADD COLUMN reference_version_id INTEGER REFERENCES reference_versions(id);  -- NULL for runs made before schema 4

-- Control totals the compiler supplies (e.g. the city energy balance 能源平衡表), versioned by file content.
CREATE TABLE control_batches (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    content_sha256 TEXT NOT NULL UNIQUE,
    encoding       TEXT NOT NULL,
    row_count      INTEGER NOT NULL,
    imported_at    TEXT NOT NULL             -- NodaTime Instant, ISO-8601 UTC
);

CREATE TABLE control_totals (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES control_batches(id),
    region_code TEXT NOT NULL REFERENCES regions(code),
    year        INTEGER NOT NULL,
    activity    TEXT NOT NULL,               -- activity key of the vocabulary (a fuel or secondary energy)
    value       REAL NOT NULL,               -- as written
    unit        TEXT NOT NULL,               -- as written
    base_value  REAL NOT NULL,               -- in the activity's base unit
    source      TEXT,
    note        TEXT,
    file_line   INTEGER NOT NULL
);
CREATE INDEX control_totals_by_key ON control_totals (region_code, year, activity, batch_id);
