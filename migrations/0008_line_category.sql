-- Issue 15: an emission line's own category. A registry method may write lines at a category below its source's: a herd
-- entered at 3.A gives lines at 3.A.1 (enteric fermentation), 3.A.2 (manure management) and 3.C.6 (indirect N2O of manure);
-- coal output at 1.B.1.a gives lines at 1.B.1.a.i.1 / .2 and 1.B.1.a.ii.1 / .2. The line stores that category; the source
-- keeps the category of its records, so every source is stored once with its own amount.
-- A line stored before schema 8 has NULL here: it was at its source's category (emission_sources.category) and is read so,
-- so an old run loads, reports and explains exactly as it did. Nothing else changes: runs are immutable and no row is rewritten.
ALTER TABLE emission_lines ADD COLUMN category TEXT;
