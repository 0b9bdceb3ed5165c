-- Issue 16: peak-carbon scenario runs (docs/scenarios.md §7). A run is identified by what decides its numbers: the scenario file's
-- bytes with the targets and budgets it was checked against (inputs_sha256), the stored inventory run it starts from, the seed, the Monte Carlo iterations and the engine's version; running
-- the same again finds the stored run (the same id). The JSON printed is kept whole; its figures are also stored as rows to query.
-- Tables are created IF NOT EXISTS so that a test which rewinds schema_version to an older schema can migrate forward again.
CREATE TABLE IF NOT EXISTS scenario_runs (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    illustrative   INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    file_name      TEXT    NOT NULL,
    file_sha256    TEXT    NOT NULL,     -- the scenario file's bytes alone (as printed: file_sha256)
    inputs_sha256  TEXT    NOT NULL,     -- the file with every target and budget it was checked against (ScenarioStore.InputsSha256)
    base_run_id    INTEGER NOT NULL REFERENCES inventory_runs (id),
    region_code    TEXT    NOT NULL,
    base_year      INTEGER NOT NULL,
    horizon        INTEGER NOT NULL,
    seed           TEXT    NOT NULL,     -- an unsigned 64-bit integer, as decimal text (SQLite integers are signed)
    iterations     INTEGER NOT NULL CHECK (iterations >= 0),
    engine_version TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,     -- ISO-8601 instant from the workspace clock
    json           TEXT    NOT NULL,     -- the JSON `ghg scenario run --format json` printed (language of that call)
    UNIQUE (inputs_sha256, base_run_id, seed, iterations, engine_version)
);

-- The path of the city (area_code = region, city_rest = 0 for the city itself) and of each part; quantiles NULL without runs.
CREATE TABLE IF NOT EXISTS scenario_paths (
    scenario_run_id INTEGER NOT NULL REFERENCES scenario_runs (id),
    area            INTEGER NOT NULL,    -- 0 the city, k the k-th part (ScenarioBase.Parts order)
    region_code     TEXT    NOT NULL,
    city_rest       INTEGER NOT NULL CHECK (city_rest IN (0, 1)),
    year            INTEGER NOT NULL,
    central_co2e_t  REAL    NOT NULL,
    mean_co2e_t     REAL,
    p05_co2e_t      REAL,
    p25_co2e_t      REAL,
    p50_co2e_t      REAL,
    p75_co2e_t      REAL,
    p95_co2e_t      REAL,
    PRIMARY KEY (scenario_run_id, area, year)
);

-- Share of runs by peak year for each area; peak_year NULL for runs not peaked by the horizon.
CREATE TABLE IF NOT EXISTS scenario_peak_years (
    scenario_run_id INTEGER NOT NULL REFERENCES scenario_runs (id),
    area            INTEGER NOT NULL,
    peak_year       INTEGER,
    share           REAL    NOT NULL
);

CREATE TABLE IF NOT EXISTS scenario_targets (
    scenario_run_id INTEGER NOT NULL REFERENCES scenario_runs (id),
    ordinal         INTEGER NOT NULL,
    region_code     TEXT    NOT NULL,
    indicator       TEXT    NOT NULL,
    rule            TEXT    NOT NULL,
    base_year       INTEGER NOT NULL,
    target_year     INTEGER NOT NULL,
    base_value      REAL,
    target_value    REAL,
    central_value   REAL,
    central_met     INTEGER,
    probability_met REAL,
    not_checked     TEXT,                -- LineText, encoded (rendered in the reader's language)
    location        TEXT    NOT NULL,
    PRIMARY KEY (scenario_run_id, ordinal)
);

CREATE TABLE IF NOT EXISTS scenario_budgets (
    scenario_run_id      INTEGER NOT NULL REFERENCES scenario_runs (id),
    ordinal              INTEGER NOT NULL,
    region_code          TEXT    NOT NULL,
    start_year           INTEGER NOT NULL,
    end_year             INTEGER NOT NULL,
    allowed_t            REAL    NOT NULL,
    basis                TEXT    NOT NULL,
    history_used_t       REAL,
    central_used_t       REAL,
    central_within       INTEGER,
    probability_within   REAL,
    central_run_out_year INTEGER,
    not_checked          TEXT,
    location             TEXT    NOT NULL,
    PRIMARY KEY (scenario_run_id, ordinal)
);

CREATE TABLE IF NOT EXISTS scenario_sensitivity (
    scenario_run_id         INTEGER NOT NULL REFERENCES scenario_runs (id),
    ordinal                 INTEGER NOT NULL,
    lever                   TEXT    NOT NULL,
    region_code             TEXT,
    peak_co2e_low_t         REAL    NOT NULL,
    peak_co2e_high_t        REAL    NOT NULL,
    peak_year_low           INTEGER,
    peak_year_high          INTEGER,
    first_order_peak_co2e   REAL,
    first_order_peak_year   REAL,
    PRIMARY KEY (scenario_run_id, ordinal)
);
