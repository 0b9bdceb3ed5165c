-- Issue 13: a record (and a plausibility flag) read from a workbook is located by its sheet and the row on that sheet,
-- file.xlsx!能源工业!3, not by its place among all the workbook's rows. file_line holds the sheet row for such a record;
-- file_sheet is NULL for a text file (CSV), whose file_line stays the line of the file.
ALTER TABLE activity_records ADD COLUMN file_sheet TEXT;
ALTER TABLE qa_flags ADD COLUMN file_sheet TEXT;

DROP VIEW activity_records_readable;
CREATE VIEW activity_records_readable AS
SELECT r.id, v.region_code, v.year, v.version, c.code AS category, a.key AS activity, r.facility, fu.key AS use, r.value,
       r.notation_key, u.text AS unit, r.base_value, s.text AS source, r.note, r.uncertainty_pct, b.file_name, r.file_line,
       b.id AS batch_id, r.file_sheet
FROM activity_records r
JOIN activity_versions v ON v.id = r.version_id
JOIN activity_batches b ON b.id = v.batch_id
JOIN categories c ON c.id = r.category_id
JOIN activities a ON a.id = r.activity_id
JOIN fuel_uses fu ON fu.id = r.use_id
LEFT JOIN text_values u ON u.id = r.unit_id
LEFT JOIN text_values s ON s.id = r.source_id;
