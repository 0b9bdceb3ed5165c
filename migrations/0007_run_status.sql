-- Issue 14: a run is provisional (快报: built on partial or estimated data) or final (年报: the annual inventory), as
-- 《完善碳排放统计核算体系工作方案》(发改环资〔2024〕1479号) asks of national and provincial accounts (一、主要目标; 二(一)1).
-- Runs made before this schema were compiled without the choice, as compile's default makes them: final.
-- The status is not part of inputs_sha256: it says how the inventory is published, not what decides its lines.
ALTER TABLE inventory_runs ADD COLUMN status TEXT NOT NULL DEFAULT 'final' CHECK (status IN ('final', 'provisional'));
ALTER TABLE inventory_runs ADD COLUMN status_note TEXT;
