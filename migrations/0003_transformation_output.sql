-- GhgInventory schema, version 3: the products of a transformation (issue 12).
-- A row with use 'output' (产出) is a product of coke ovens, gasification or another transformation at its category: coke,
-- coke-oven gas, tar …. The compiler sets its carbon (AD × NCV × CC) against the carbon of the transformation inputs of the
-- same region, year and category, and emits the difference as CO2; an output row has no emissions of its own.
-- Emission lines gain a third view, 'memo' (e.g. the carbon of fuel used as feedstock), beside 'territorial' and 'indirect';
-- emission_lines.scope is free text, so no table changes for it.
INSERT INTO fuel_uses (id, key, name_zh, name_en) VALUES
    (4, 'output', '产出', 'output of a transformation (coke, coke-oven gas, tar …)');
