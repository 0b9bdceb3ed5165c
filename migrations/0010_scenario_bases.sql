-- Issue 16: scenario bases already built (docs/scenarios.md §3, "The base, kept"). Building a base reads the stored run's lines, sources
-- and indicator rows and recomputes its energy accounts (about half a second on the Ordos demo); every input of that is immutable once
-- stored, so the base is kept, as JSON, under the SHA-256 of everything it is built from (ScenarioBaseCache.Key: the run and its content
-- hash, city, base year, the targets and budgets files, the reference data, the engine's build). A row is written only after a scenario
-- run on it is stored (a refused scenario writes nothing); a row that does not read back (damaged) is replaced by the base built again.
CREATE TABLE IF NOT EXISTS scenario_bases (
    key_sha256     TEXT    PRIMARY KEY,
    base_run_id    INTEGER NOT NULL REFERENCES inventory_runs (id),
    region_code    TEXT    NOT NULL,
    base_year      INTEGER NOT NULL,
    engine_version TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,     -- ISO-8601 instant from the workspace clock
    json           TEXT    NOT NULL,     -- ScenarioBaseCache's form: every number round-trips, texts in LineText's stored form
    json_sha256    TEXT    NOT NULL      -- of json's UTF-8 bytes: a row changed since it was written is not read back
);
