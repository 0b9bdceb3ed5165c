-- GhgInventory schema, version 5 (issue 12): the sums compile needs, stored when a version is composed.
-- One row per (version, category, activity, use) of a version whose rows are all its own (a first import, or a
-- --replace): the sum of its records' base values added in record-id order, as compile adds them, so a run built from
-- these sums has the same doubles as one built from the records. A version with a base (a correction merged over an
-- older version), a revert of such a version, or a version with a notation row has no rows here: compile reads its
-- records instead. The rows describe a version that never changes, so they are never updated.
CREATE TABLE version_source_sums (
    version_id      INTEGER NOT NULL REFERENCES activity_versions(id),
    category_id     INTEGER NOT NULL,        -- categories.id
    activity_id     INTEGER NOT NULL,        -- activities.id
    use_id          INTEGER NOT NULL,        -- fuel_uses.id
    sum_base        REAL NOT NULL,           -- sum of base_value in the activity's base unit, in record-id order
    record_count    INTEGER NOT NULL,
    first_record_id INTEGER NOT NULL,
    last_record_id  INTEGER NOT NULL,
    PRIMARY KEY (version_id, category_id, activity_id, use_id)
) WITHOUT ROWID;

-- The sums describe records that the engine never changes. Should a record be changed or deleted all the same (by hand,
-- or by a tool other than ghg), its version's sums are dropped with it, so compile reads that version's records again
-- and never reports a stale sum. UPDATE and DELETE only: a trigger on INSERT would run on every row of every import.
CREATE TRIGGER activity_records_update_drops_sums AFTER UPDATE ON activity_records
BEGIN
    DELETE FROM version_source_sums WHERE version_id IN (OLD.version_id, NEW.version_id);
END;

CREATE TRIGGER activity_records_delete_drops_sums AFTER DELETE ON activity_records
BEGIN
    DELETE FROM version_source_sums WHERE version_id = OLD.version_id;
END;
