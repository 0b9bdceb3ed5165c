using System.Text.Json;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Reports;

/// <summary>Renders a summary as the JSON object of DESIGN.md: region, year, gwp, run, totals and lines with their factors, plus the breakdowns.</summary>
public static class JsonReport
{

    /// <summary>Writes <paramref name="summary"/> to <paramref name="output"/> as UTF-8 JSON.</summary>
    public static void Write(Stream output, InventorySummary summary, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(names);
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("region", summary.Region.Code.Value);
        w.WriteString("name_zh", summary.Region.NameZh);
        w.WriteString("name_en", summary.Region.NameEn);
        w.WriteNumber("year", summary.Year);
        w.WriteString("gwp", summary.Gwp.Name);
        // Issue 14: final (年报) or provisional (快报, with the compiler's note); a consumer must see which it holds.
        w.WriteString("status", summary.Status.Name());
        if (summary.Status == Core.Domain.RunStatus.Provisional)
        {
            w.WriteString("status_note", summary.StatusNote);
        }
        w.WriteString("run", summary.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Issue 15: the edition of the provincial guideline the run was compiled with (its options text edition=…).
        w.WriteString("edition", summary.Edition.Name());
        w.WritePropertyName("totals");
        Totals(w, summary.Territorial);
        Warnings(w, summary);
        Coverage(w, summary.Coverage);

        w.WriteStartArray("by_region");
        foreach (var r in summary.ByRegion)
        {
            w.WriteStartObject();
            w.WriteString("region", r.Region.Code.Value);
            w.WriteString("name_zh", r.OwnRecordsOnly ? r.Region.NameZh + "(本级)" : r.Region.NameZh);
            w.WriteString("name_en", r.OwnRecordsOnly ? r.Region.NameEn + " (own records)" : r.Region.NameEn);
            w.WriteBoolean("own_records_only", r.OwnRecordsOnly);
            TotalsInline(w, r.Totals);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("by_category");
        foreach (var c in summary.ByCategory)
        {
            w.WriteStartObject();
            w.WriteString("category", c.Category.Code.Value);
            w.WriteString("name_zh", c.Category.NameZh);
            w.WriteString("name_en", c.Category.NameEn);
            w.WriteNumber("depth", c.Depth);
            TotalsInline(w, c.Totals);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // Issue 15: memo items (bunkers, biomass CO2, feedstock carbon) per category, never in "totals".
        w.WriteStartArray("memo");
        foreach (var c in summary.MemoTotals)
        {
            w.WriteStartObject();
            w.WriteString("category", c.Category.Code.Value);
            w.WriteString("name_zh", c.Category.NameZh);
            w.WriteString("name_en", c.Category.NameEn);
            w.WriteNumber("depth", c.Depth);
            TotalsInline(w, c.Totals);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        Bridge(w, summary.Bridge, summary.GridFactors);
        NonEnergyUse(w, summary);
        Control(w, summary.Control);

        w.WriteStartArray("lines");
        foreach (var line in summary.Lines)
        {
            Line(w, line, names);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Line(Utf8JsonWriter w, EmissionLine line, ReportNames names)
    {
        w.WriteStartObject();
        w.WriteString("region", line.Region.Value);
        w.WriteString("category", line.Category.Value);
        w.WriteString("activity", line.Activity);
        w.WriteString("activity_name", names.Activity(line.Activity));
        w.WriteString("gas", line.Gas.Code);
        w.WriteString("scope", Format.Scope(line.Scope));
        JsonOutput.NumberOrNull(w, "mass_t", line.MassTonnes);
        JsonOutput.NumberOrNull(w, "co2e_t", line.Co2eTonnes);
        JsonOutput.NumberOrNull(w, "gwp", line.Gwp);
        if (line.Notation is { } key)
        {
            w.WriteString("notation_key", key.ToString());
        }
        w.WriteString("method", line.Method);
        w.WriteString("arithmetic", line.Arithmetic);
        if (line.Note is not null)
        {
            w.WriteString("note", line.Note);
        }
        if (line.Use != FuelUse.Combustion)
        {
            w.WriteString("use", Format.Use(line.Use));
        }
        w.WriteStartArray("factors");
        foreach (var f in line.Factors)
        {
            w.WriteStartObject();
            w.WriteString("parameter", f.Parameter);
            w.WriteNumber("value", f.Value);
            w.WriteString("unit", f.Unit);
            w.WriteString("source", f.Source);
            w.WriteString("table", f.Table);
            w.WriteString("status", f.Status);
            w.WriteString("factor_set", f.SetKey);
            w.WriteString("resolution", f.Tier.ToString());
            w.WriteNumber("factor_id", f.FactorId);
            if (f.SubstituteYear is { } y)
            {
                w.WriteNumber("factor_year", y);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Stale reasons and open plausibility flags; written only when there are any, so a clean report keeps its shape.</summary>
    private static void Warnings(Utf8JsonWriter w, InventorySummary summary)
    {
        if (summary.StaleBecause.Count > 0)
        {
            w.WriteStartArray("stale_because");
            foreach (var reason in summary.StaleBecause)
            {
                w.WriteStringValue(reason);
            }
            w.WriteEndArray();
        }
        if (summary.Flags.Count > 0)
        {
            w.WriteStartArray("qa_flags");
            foreach (var f in summary.Flags)
            {
                w.WriteStartObject();
                w.WriteNumber("id", f.Id);
                w.WriteString("region", f.Region);
                w.WriteNumber("year", f.Year);
                w.WriteString("kind", f.Kind);
                w.WriteString("file", f.FileName);
                w.WriteNumber("line", f.FileLine);
                WriteSheet(w, f.Sheet);
                w.WriteString("message", f.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
    }

    /// <summary>Fuel used as feedstock, a memo never in the totals; written only when there is any, so a report without feedstock keeps its shape.</summary>
    /// <summary>"sheet": the worksheet of a row read from a workbook ("line" is then its row on that sheet), null for a text file.</summary>
    private static void WriteSheet(Utf8JsonWriter w, string? sheet)
    {
        if (sheet is null)
        {
            w.WriteNull("sheet");
        }
        else
        {
            w.WriteString("sheet", sheet);
        }
    }

    private static void NonEnergyUse(Utf8JsonWriter w, InventorySummary summary)
    {
        if (summary.NonEnergyUse.Count == 0)
        {
            return;
        }
        w.WriteStartObject("memo_non_energy_use");
        w.WriteString("note", "fuel used as feedstock (原料用能): carbon stored in products, reported IE in the energy sector toward IPPU 2.B; not in any total");
        w.WriteNumber("energy_gj", summary.FeedstockEnergyGj);
        JsonOutput.NumberOrNull(w, "energy_tce", summary.FeedstockEnergyTce);
        if (summary.NonEnergyUse.Any(u => u.Notation is not null))
        {
            // energy_gj sums the parts with a number only.
            w.WriteBoolean("energy_incomplete", true);
        }
        w.WriteStartArray("by_activity");
        foreach (var u in summary.NonEnergyUse)
        {
            w.WriteStartObject();
            w.WriteString("activity", u.Activity);
            // Feedstock under a notation key: null figures with the key beside them (never 0); a number with such parts says so.
            JsonOutput.NumberOrNull(w, "carbon_t", u.CarbonTonnes);
            JsonOutput.NumberOrNull(w, "co2_upper_bound_t", u.Co2UpperBoundTonnes);
            JsonOutput.NumberOrNull(w, "energy_gj", u.CarbonTonnes is null ? null : u.EnergyGj);
            JsonOutput.NumberOrNull(w, "energy_tce", u.EnergyTce);
            if (u.Notation is { } key)
            {
                w.WriteString(u.CarbonTonnes is null ? "notation" : "incomplete", key.ToString());
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>"reconciliation"</c>: against the region's control totals by fuel; <c>"checked": false</c> with a note when there are none.</summary>
    private static void Control(Utf8JsonWriter w, ControlReconciliation? control)
    {
        w.WriteStartObject("reconciliation");
        if (control is not { HasControls: true })
        {
            w.WriteBoolean("checked", false);
            w.WriteString("note", "no control totals");
            w.WriteEndObject();
            return;
        }
        w.WriteBoolean("checked", true);
        w.WriteNumber("tolerance_share", control.ToleranceShare);
        w.WriteBoolean("agrees", control.Agrees);
        w.WriteStartArray("by_activity");
        foreach (var c in control.Checks)
        {
            w.WriteStartObject();
            w.WriteString("activity", c.Control.Activity);
            w.WriteString("base_unit", c.Control.BaseUnit);
            w.WriteNumber("control", c.Control.BaseValue);
            if (c.RecordsOnlyKey is { } key)
            {
                // Records made only of notation keys: no number to compare, never 0 (issue 12).
                w.WriteNull("records");
                w.WriteString("records_notation", key.ToString());
                w.WriteNull("difference");
                w.WriteNull("share");
            }
            else
            {
                w.WriteNumber("records", c.RecordsBase);
                if (c.RecordsNotation.Count > 0)
                {
                    w.WriteStartArray("records_incomplete");
                    foreach (var k in c.RecordsNotation)
                    {
                        w.WriteStringValue(k.ToString());
                    }
                    w.WriteEndArray();
                }
                w.WriteNumber("difference", c.DifferenceBase);
                if (c.RecordsNotation.Count > 0)
                {
                    // A difference of records with NE/C parts is known only in part: no share is given for it.
                    w.WriteString("difference_incomplete", string.Join(" + ", c.RecordsNotation));
                    w.WriteNull("share");
                }
                else
                {
                    JsonOutput.NumberOrNull(w, "share", c.Share);
                }
            }
            w.WriteBoolean("agrees", c.Agrees);
            w.WriteString("verdict", c.Verdict switch
            {
                ControlVerdict.Agrees => "agrees",
                ControlVerdict.Incomplete => "incomplete (NE)",
                ControlVerdict.NotComparable => "not comparable (C)",
                _ => "does not agree",
            });
            w.WriteNumber("control_as_written", c.Control.Value);
            w.WriteString("unit_as_written", c.Control.Unit);
            w.WriteString("origin", c.Control.Origin);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>"coverage": {"regions_with_data": [...], "regions_missing": [...], "complete": bool}</c>: which parts the total covers.</summary>
    private static void Coverage(Utf8JsonWriter w, Coverage? coverage)
    {
        if (coverage is null)
        {
            return;
        }
        w.WriteStartObject("coverage");
        w.WriteStartArray("regions_with_data");
        foreach (var r in coverage.WithData)
        {
            w.WriteStringValue(r.Code.Value);
        }
        w.WriteEndArray();
        w.WriteStartArray("regions_missing");
        foreach (var r in coverage.Missing)
        {
            w.WriteStringValue(r.Code.Value);
        }
        w.WriteEndArray();
        w.WriteBoolean("complete", coverage.Complete);
        w.WriteEndObject();
    }

    private static void Bridge(Utf8JsonWriter w, ElectricityBridge b, IReadOnlyList<GridVintage> gridFactors)
    {
        w.WriteStartObject("electricity_bridge");
        Cell(w, "territorial_co2e_t", "territorial_co2e", b.TerritorialCell);
        Cell(w, "electricity_generation_co2e_t", "electricity_generation_co2e", b.ElectricityGenerationCell);
        // Issue 13 finding: a CHP without output rows gave its heat supply as 0; where a split is unknown these carry NE (_notation or _incomplete).
        Cell(w, "heat_supply_co2e_t", "heat_supply_co2e", b.HeatSupplyCell);
        Cell(w, "heat_supply_removed_co2e_t", "heat_supply_removed_co2e", b.HeatSupplyRemovedCell);
        Cell(w, "heat_supply_stayed_co2e_t", "heat_supply_stayed_co2e", b.HeatSupplyStayedCell);
        Cell(w, "purchased_electricity_co2e_t", "purchased_electricity_co2e", b.PurchasedElectricityCell);
        // Where heat stays: 0 when no heat is used, null with purchased_heat_co2e_notation NE when heat used has no factor (never a bare null).
        Cell(w, "purchased_heat_co2e_t", "purchased_heat_co2e", b.PurchasedHeatCell);
        Cell(w, "consumption_based_co2e_t", "consumption_based_co2e", b.ConsumptionCell);
        JsonOutput.NumberOrNull(w, "generation_kwh", b.GenerationUnknown ? null : b.GenerationKwh);
        if (b.GenerationUnknown)
        {
            w.WriteString("generation_notation", "NE");
        }
        w.WriteNumber("consumption_kwh", b.ConsumptionKwh);
        if (b.ConsumptionNotEstimated)
        {
            w.WriteStartArray("consumption_kwh_incomplete");
            w.WriteStringValue("NE");
            w.WriteEndArray();
        }
        JsonOutput.NumberOrNull(w, "net_export_kwh", b.NetExportShownKwh);
        if (b.GenerationUnknown || b.ConsumptionNotEstimated)
        {
            w.WriteString("net_export_notation", "NE");
        }
        JsonOutput.NumberOrNull(w, "net_export_co2e_t", b.NetExportCo2eTonnes);
        if (b.NetExportCo2eTonnes is null && (b.GenerationUnknown || b.PlantFuelNotEstimated || b.PlantSplitUnknown))
        {
            w.WriteString("net_export_co2e_notation", "NE");
        }
        w.WriteNumber("electricity_without_factor_kwh", b.ElectricityNotEstimatedKwh);
        w.WriteNumber("heat_supplied_gj", b.HeatSuppliedGj);
        w.WriteNumber("heat_used_gj", b.HeatUsedGj);
        w.WriteString("chp_split_method", b.Split.Method == Core.Power.ChpSplitMethod.Efficiency ? "efficiency" : "energy");
        w.WriteString("chp_split", b.Split.Label);
        w.WriteStartArray("plants");
        foreach (var p in b.Plants)
        {
            w.WriteStartObject();
            w.WriteString("region", p.Region.Value);
            w.WriteString("category", p.Category.Value);
            w.WriteString("kind", p.Kind == Core.Power.PlantKind.Autoproducer ? "autoproducer" : "public");
            w.WriteNumber("fuel_co2e_t", p.FuelCo2eTonnes);
            JsonOutput.NumberOrNull(w, "generation_kwh", p.GenerationKwh);
            JsonOutput.NumberOrNull(w, "heat_supplied_gj", p.HeatSuppliedGj);
            w.WriteNumber("electricity_share", p.ElectricityShare);
            w.WriteNumber("heat_share", 1 - p.ElectricityShare);
            w.WriteNumber("electricity_co2e_t", p.ElectricityCo2eTonnes);
            w.WriteNumber("heat_co2e_t", p.HeatCo2eTonnes);
            w.WriteString("share_rule", p.ShareArithmetic);
            if (p.Problem is { } problem)
            {
                w.WriteString("problem", problem);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("heat_used");
        foreach (var h in b.HeatUses)
        {
            w.WriteStartObject();
            w.WriteString("region", h.Region.Value);
            w.WriteNumber("heat_used_gj", h.HeatUsedGj);
            JsonOutput.NumberOrNull(w, "co2e_t", h.Co2eTonnes);
            JsonOutput.NumberOrNull(w, "heat_factor_tco2e_per_gj", h.FactorCo2ePerGj);
            w.WriteString("heat_factor_source", h.Source switch
            {
                Core.Reporting.HeatFactorSource.Local => "local",
                Core.Reporting.HeatFactorSource.Derived => "derived",
                Core.Reporting.HeatFactorSource.LocalAndDerived => "local_and_derived",
                _ => "not_estimated",
            });
            w.WriteString("heat_factor_origin", h.Origin);
            w.WriteString("heat_factor_derivation", h.Derivation);
            w.WriteString("heat", h.Moved ? "moved" : "stayed");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var problem in b.Problems)
        {
            w.WriteStringValue(problem);
        }
        w.WriteEndArray();
        GridFactors(w, gridFactors);
        w.WriteEndObject();
    }

    /// <summary><c>grid_factors</c>: the grid factor of each scope the year used, its own year's or borrowed (<c>factor_year</c> then differs from <c>year</c>).</summary>
    private static void GridFactors(Utf8JsonWriter w, IReadOnlyList<GridVintage> factors)
    {
        w.WriteStartArray("grid_factors");
        foreach (var f in factors)
        {
            w.WriteStartObject();
            w.WriteNumber("year", f.Year);
            if (f.Scope is null)
            {
                w.WriteNull("scope");
            }
            else
            {
                w.WriteString("scope", f.Scope);
            }
            w.WriteNumber("value", f.Value);
            w.WriteString("unit", f.Unit);
            w.WriteNumber("factor_year", f.FactorYear);
            w.WriteBoolean("borrowed", f.Borrowed);
            w.WriteString("policy", f.Policy.Name());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Totals(Utf8JsonWriter w, GasTotals t)
    {
        w.WriteStartObject();
        TotalsInline(w, t);
        w.WriteEndObject();
    }

    private static void TotalsInline(Utf8JsonWriter w, GasTotals t)
    {
        Cell(w, "CO2_t", "CO2", t.Co2);
        Cell(w, "CH4_t", "CH4", t.Ch4);
        Cell(w, "N2O_t", "N2O", t.N2o);
        Cell(w, "CO2e_t", "CO2e", t.Co2e);
        // Issue 15: a split total (a region's) carries land use apart and included; CO2e_t above excludes it.
        if (t.Lulucf is { } land && t.IncludingLulucf is { } incl)
        {
            Cell(w, "LULUCF_CO2e_t", "LULUCF_CO2e", land.Co2e);
            Cell(w, "CO2e_incl_LULUCF_t", "CO2e_incl_LULUCF", incl.Co2e);
        }
        // Every other substance of the lines (HFCs, SF6, air pollutants …): mass in t of the substance, CO2e null without a GWP.
        var others = t.Substances.Where(s => s.Gas != Gas.CO2 && s.Gas != Gas.CH4 && s.Gas != Gas.N2O).ToList();
        if (others.Count == 0)
        {
            return;
        }
        w.WriteStartObject("substances");
        foreach (var s in others)
        {
            w.WriteStartObject(s.Gas.Code);
            Cell(w, "mass_t", "mass", s.Mass);
            if (s.Co2e is { } e)
            {
                Cell(w, "co2e_t", "co2e", e);
            }
            else
            {
                w.WriteNull("co2e_t");
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>A gas cell: its number, or null with <c>"{prefix}_notation": "NE"</c> beside it when only notation lines make it; a number with NE or C parts gets <c>"{prefix}_incomplete": ["NE"]</c>.</summary>
    private static void Cell(Utf8JsonWriter w, string field, string prefix, GasCell cell)
    {
        if (cell.OnlyKey is { } key)
        {
            w.WriteNull(field);
            w.WriteString(prefix + "_notation", key.ToString());
            return;
        }
        w.WriteNumber(field, cell.Tonnes);
        var incomplete = cell.IncompleteBecause;
        if (incomplete.Count > 0)
        {
            w.WriteStartArray(prefix + "_incomplete");
            foreach (var k in incomplete)
            {
                w.WriteStringValue(k.ToString());
            }
            w.WriteEndArray();
        }
    }

}
