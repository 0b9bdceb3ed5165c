using System.Globalization;
using System.Text.Json;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using Strings = GhgInventory.Reports.Resources.CompareText;

namespace GhgInventory.Reports;

/// <summary>Renders a <see cref="ComparisonView"/> as a text table (the reader's language) or JSON (English keys).</summary>
/// <remarks>Renders only: every figure is the one computed in Core; CO2e in the report unit (万吨 by default), energy in 10^4 tce.</remarks>
public static class CompareReport
{

    /// <summary>The name of an LMDI factor (人口效应 …) in the reader's language.</summary>
    public static string EffectName(string factor) =>
        Strings.ResourceManager.GetString("Effect_" + factor, CultureInfo.CurrentUICulture) ?? factor;

    /// <summary>The name of a sector in the reader's language.</summary>
    public static string SectorName(EconomicSector sector) => sector switch
    {
        EconomicSector.Primary => Strings.SectorPrimary,
        EconomicSector.Secondary => Strings.SectorSecondary,
        EconomicSector.Tertiary => Strings.SectorTertiary,
        _ => Strings.SectorHouseholds,
    };

    /// <summary>The name of a use of fuel (燃烧, 原料用能 …) in the reader's language, from its <see cref="FuelUse"/> name.</summary>
    public static string UseName(string use)
    {
        ArgumentNullException.ThrowIfNull(use);
        return Strings.ResourceManager.GetString("Use_" + use.ToLowerInvariant(), CultureInfo.CurrentUICulture) ?? use;
    }

    /// <summary>Why a decomposition was not computed, in the reader's language.</summary>
    public static string GapText(KayaGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        string sector = gap.Sector is { } s ? SectorName(s) : "";
        return gap.Kind switch
        {
            KayaGapKind.Population => Text.Format(Strings.GapPopulation, gap.Year),
            KayaGapKind.Gdp => Text.Format(Strings.GapGdp, gap.Year),
            KayaGapKind.ValueAdded => Text.Format(Strings.GapValueAdded, gap.Year, sector),
            KayaGapKind.NoEnergy => Strings.GapNoEnergy,
            KayaGapKind.Co2WithoutEnergy => Text.Format(Strings.GapCo2WithoutEnergy, gap.Year, sector),
            _ => Text.Format(Strings.GapNetEnergy, gap.Year, sector),
        };
    }

    /// <summary>All gaps of an outcome, joined for a reader.</summary>
    public static string GapsText(KayaOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return string.Join(UiCulture.IsChinese ? "；" : "; ", outcome.Gaps.Select(GapText));
    }

    private static string RegionName(RegionTree regions, ReportNames n, string code) =>
        RegionCode.TryParse(code, out var c) && regions.Contains(c) ? $"{code} {n.Of(regions[c])}" : code;

    /// <summary>Writes the comparison as text tables.</summary>
    public static void WriteTable(TextWriter output, ComparisonView view, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(n);
        var c = view.Changes;
        string regionName = RegionName(view.Regions, n, c.Region.Value);
        output.WriteLine(Text.Format(Strings.Title, regionName, c.FromYear, c.ToYear, view.RunId));
        output.WriteLine();
        string unit = n.Co2eUnit();
        string[] headers = [Strings.ColItem, Text.Format(Strings.ColFrom, c.FromYear, unit), Text.Format(Strings.ColFrom, c.ToYear, unit),
            Text.Format(Strings.ColChange, unit), Strings.ColChangePct];
        Table(output, Strings.Total, headers, [Row(Strings.Total, c.Total, n)]);
        Table(output, Strings.ByCategory, headers, [.. c.ByCategory.Select(r => Row(r.Key, r, n))]);
        Table(output, Strings.ByGas, headers, [.. c.ByGas.Select(r => Row(r.Key, r, n))]);
        Table(output, Strings.ByFuel, headers, [.. c.ByFuel.Select(r => Row(n.Activity(r.Key), r, n))]);
        Table(output, Strings.ByUse, headers, [.. c.ByUse.Select(r => Row(UseName(r.Key), r, n))]);
        Table(output, Strings.ByRegion, headers, [.. c.ByRegion.Select(r => Row(r.Key == c.Region.Value
            ? Text.Format(Strings.ThisRegionItself, RegionName(view.Regions, n, r.Key)) : RegionName(view.Regions, n, r.Key), r, n))]);
        foreach (string change in BoundaryChanges(view, n))
        {
            output.WriteLine(change);
            output.WriteLine();
        }
        var all = c.ByCategory.Concat(c.ByGas).Append(c.Total);
        if (all.Any(r => r.FromLowerBound || r.ToLowerBound))
        {
            output.WriteLine(Strings.LowerBoundNote);
            output.WriteLine();
        }
        if (view.Decompositions is null)
        {
            return;
        }
        foreach (var d in view.Decompositions)
        {
            string name = RegionName(view.Regions, n, d.Region.Value);
            Decomposition(output, Text.Format(Strings.DecompositionTitle, name, c.FromYear, c.ToYear), Strings.UnitCo2, d.Emissions, d.EmissionsChained);
            Decomposition(output, Text.Format(Strings.EnergyDecompositionTitle, name, c.FromYear, c.ToYear), Strings.UnitTce, d.Energy, d.EnergyChained);
            if (d.WithoutNumber.Count > 0)
            {
                output.WriteLine(Text.Format(Strings.LeftOut, d.WithoutNumber.Count));
                output.WriteLine();
            }
        }
        output.WriteLine(Text.Format(Strings.Method, c.FromYear));
    }

    /// <summary>The regions at or below the compared one created or ended within the span (康巴什区, 2016): a change across it compares
    /// different areas, which the reader must be told (issue 14, after the adversarial trial).</summary>
    private static IEnumerable<string> BoundaryChanges(ComparisonView view, ReportNames n)
    {
        var c = view.Changes;
        foreach (var region in view.Regions.All.Where(r => view.Regions.IsWithin(r.Code, c.Region)))
        {
            string name = RegionName(view.Regions, n, region.Code.Value);
            if (region.ValidFrom is { } from && from > c.FromYear && from <= c.ToYear)
            {
                yield return Text.Format(Strings.BoundaryCreated, name, from, c.FromYear, c.ToYear);
            }
            if (region.ValidTo is { } to && to >= c.FromYear && to < c.ToYear)
            {
                yield return Text.Format(Strings.BoundaryEnded, name, to);
            }
        }
    }

    private static string[] Row(string label, ChangeRow r, ReportNames n) =>
    [
        label,
        Side(r.FromTonnes, r.FromNotation, r.FromLowerBound, n),
        Side(r.ToTonnes, r.ToNotation, r.ToLowerBound, n),
        r.DifferenceTonnes is { } d ? (d > 0 ? "+" : "") + n.Co2e(d) : Strings.NoNumber,
        r.Share is { } s ? Format.SignedPercent(s) : Strings.NoNumber,
    ];

    private static string Side(double? tonnes, NotationKey? key, bool lowerBound, ReportNames n) =>
        tonnes is { } t ? (lowerBound ? "≥" : "") + n.Co2e(t) : key is { } k ? k.ToString() : Strings.NoNumber;

    private static void Decomposition(TextWriter output, string title, string unit, KayaOutcome twoPoint, KayaOutcome? chained)
    {
        output.WriteLine(title);
        if (twoPoint.Result is not { } r)
        {
            output.WriteLine("  " + Text.Format(Strings.NotComputed, GapsText(twoPoint)));
            output.WriteLine();
            return;
        }
        var columns = new List<string> { Strings.ColEffect, Strings.TwoPoint + " " + Text.Format(Strings.ColAdditive, unit), Strings.TwoPoint + " " + Strings.ColMultiplicative };
        LmdiResult? ch = chained?.Result;
        if (chained is not null)
        {
            columns.Add(Strings.Chained + " " + Text.Format(Strings.ColAdditive, unit));
            columns.Add(Strings.Chained + " " + Strings.ColMultiplicative);
        }
        var rows = new List<string[]>();
        for (int k = 0; k < r.Factors.Count; k++)
        {
            var row = new List<string> { EffectName(r.Factors[k]), Signed(r.Additive[k] / 1e4), Ratio(r.Multiplicative?[k]) };
            if (chained is not null)
            {
                row.Add(ch is null ? Strings.NoNumber : Signed(ch.Additive[k] / 1e4));
                row.Add(Ratio(ch?.Multiplicative?[k]));
            }
            rows.Add([.. row]);
        }
        var total = new List<string> { Strings.TotalChange, Signed(r.Change / 1e4), Ratio(r.Ratio) };
        if (chained is not null)
        {
            total.Add(ch is null ? Strings.NoNumber : Signed(ch.Change / 1e4));
            total.Add(Ratio(ch?.Ratio));
        }
        rows.Add([.. total]);
        Table(output, null, columns, rows);
        if (chained is { Result: null })
        {
            output.WriteLine("  " + Strings.Chained + ": " + Text.Format(Strings.NotComputed, GapsText(chained)));
            output.WriteLine();
        }
    }

    private static string Signed(double value) => (value > 0 ? "+" : "") + value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : Strings.NoNumber;

    private static void Table(TextWriter output, string? title, IReadOnlyList<string> headers, List<string[]> rows)
    {
        if (title is not null)
        {
            output.WriteLine(title);
        }
        var widths = headers.Select((h, i) => Math.Max(TextWidth.Of(h), rows.Count == 0 ? 0 : rows.Max(r => TextWidth.Of(r[i])))).ToArray();
        void Line(IReadOnlyList<string> cells) => output.WriteLine("  " + string.Join("  ", cells.Select((cell, i) =>
            i == 0 ? cell + new string(' ', widths[i] - TextWidth.Of(cell)) : new string(' ', widths[i] - TextWidth.Of(cell)) + cell)).TrimEnd());
        Line(headers);
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Line(row);
        }
        output.WriteLine();
    }

    /// <summary>Writes the comparison as one JSON object with English keys: masses in t, energy in tce, shares as fractions.</summary>
    public static void WriteJson(Stream output, ComparisonView view, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(n);
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        var c = view.Changes;
        w.WriteStartObject();
        w.WriteString("region", c.Region.Value);
        w.WriteNumber("from", c.FromYear);
        w.WriteNumber("to", c.ToYear);
        w.WriteString("run", view.RunId.ToString(CultureInfo.InvariantCulture));
        w.WritePropertyName("total");
        ChangeJson(w, c.Total);
        foreach (var (name, rows) in new[] { ("by_category", c.ByCategory), ("by_gas", c.ByGas), ("by_fuel", c.ByFuel), ("by_use", c.ByUse), ("by_region", c.ByRegion) })
        {
            w.WriteStartArray(name);
            foreach (var r in rows)
            {
                ChangeJson(w, r with { Key = name == "by_use" ? r.Key.ToLowerInvariant() : r.Key });
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("boundary_changes");
        foreach (string change in BoundaryChanges(view, n))
        {
            w.WriteStringValue(change);
        }
        w.WriteEndArray();
        if (view.Decompositions is { } decompositions)
        {
            w.WriteString("method", "LMDI-I");
            w.WriteNumber("price_base_year", c.FromYear);
            w.WriteStartArray("decomposition");
            foreach (var d in decompositions)
            {
                w.WriteStartObject();
                w.WriteString("region", d.Region.Value);
                if (view.Regions.Contains(d.Region))
                {
                    w.WriteString("name_zh", view.Regions[d.Region].NameZh);
                    w.WriteString("name_en", view.Regions[d.Region].NameEn);
                }
                OutcomeJson(w, "emissions", d.Emissions, "_t");
                OutcomeJson(w, "emissions_chained", d.EmissionsChained, "_t");
                OutcomeJson(w, "energy", d.Energy, "_tce");
                OutcomeJson(w, "energy_chained", d.EnergyChained, "_tce");
                w.WriteNumber("sources_without_number", d.WithoutNumber.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void ChangeJson(Utf8JsonWriter w, ChangeRow r)
    {
        w.WriteStartObject();
        w.WriteString("key", r.Key);
        JsonOutput.NumberOrNull(w, "from_co2e_t", r.FromTonnes);
        JsonOutput.NumberOrNull(w, "to_co2e_t", r.ToTonnes);
        JsonOutput.NumberOrNull(w, "change_co2e_t", r.DifferenceTonnes);
        JsonOutput.NumberOrNull(w, "change_share", r.Share);
        if (r.FromNotation is { } a)
        {
            w.WriteString("from_notation", a.ToString());
        }
        if (r.ToNotation is { } b)
        {
            w.WriteString("to_notation", b.ToString());
        }
        if (r.FromLowerBound)
        {
            w.WriteBoolean("from_lower_bound", true);
        }
        if (r.ToLowerBound)
        {
            w.WriteBoolean("to_lower_bound", true);
        }
        w.WriteEndObject();
    }

    private static void OutcomeJson(Utf8JsonWriter w, string name, KayaOutcome? outcome, string suffix)
    {
        if (outcome is null)
        {
            return;
        }
        w.WriteStartObject(name);
        if (outcome.Result is { } r)
        {
            w.WriteNumber("start" + suffix, r.StartTotal);
            w.WriteNumber("end" + suffix, r.EndTotal);
            w.WriteNumber("change" + suffix, r.Change);
            JsonOutput.NumberOrNull(w, "ratio", r.Ratio);
            w.WriteStartObject("additive" + suffix);
            for (int k = 0; k < r.Factors.Count; k++)
            {
                w.WriteNumber(r.Factors[k], r.Additive[k]);
            }
            w.WriteEndObject();
            if (r.Multiplicative is { } m)
            {
                w.WriteStartObject("multiplicative");
                for (int k = 0; k < r.Factors.Count; k++)
                {
                    w.WriteNumber(r.Factors[k], m[k]);
                }
                w.WriteEndObject();
            }
        }
        else
        {
            w.WriteStartArray("not_computed");
            foreach (var gap in outcome.Gaps)
            {
                w.WriteStartObject();
                w.WriteString("missing", gap.Kind switch
                {
                    KayaGapKind.Population => "population",
                    KayaGapKind.Gdp => "gdp_constant_prices",
                    KayaGapKind.ValueAdded => "value_added",
                    KayaGapKind.NoEnergy => "energy",
                    KayaGapKind.Co2WithoutEnergy => "energy_of_co2_source",
                    _ => "positive_net_energy",
                });
                w.WriteNumber("year", gap.Year);
                if (gap.Sector is { } s)
                {
                    w.WriteString("sector", s.ToString().ToLowerInvariant());
                }
                w.WriteString("reason", GapText(gap));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

}
