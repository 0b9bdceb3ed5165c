using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Reports.Resources;

namespace GhgInventory.Reports;

/// <summary>Renders line traces as plain text: the records with file and line, the factors with sources, the method and the arithmetic, and the total.</summary>
public static class ExplainReport
{
    /// <summary>Writes every trace and then the total of <paramref name="selection"/> (e.g. <c>150600 2020 1.A.1.a</c>) per scope.</summary>
    /// <remarks>
    /// Lines with numbers are shown one by one. Lines under a notation key are grouped by key and reason, the reason
    /// printed once. The totals are <paramref name="totals"/> (<see cref="ExplainTotal.Of"/>): per gas and CO2e, with
    /// the keys of lines without numbers named beside them (<c>+ NE</c>), never as 0.
    /// </remarks>
    public static void Write(TextWriter writer, string selection, IReadOnlyList<LineTrace> traces, IReadOnlyList<ExplainTotal> totals, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(traces);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        foreach (var t in traces.Where(t => t.Line.MassTonnes is not null || t.Line.Notation is null))
        {
            WriteLine(writer, t, n);
            foreach (var f in t.Line.Factors)
            {
                string published = $"{Format.Exact(f.Value)} {f.Unit}";
                string engine = FactorText.Engine(f);
                // The engine's value only where it reads differently from the published one (20908 kJ/kg = 20.908 GJ/t).
                bool same = engine == published || engine == $"{FactorText.Number(f.Value)} {f.Unit}";
                string converted = same ? "" : $" (= {engine})";
                string year = f.SubstituteYear is { } y ? $", {ReportText.ExplainValueOf} {y}" : "";
                writer.WriteLine($"   {ReportText.ExplainFactor} {ParameterWord(f.Parameter, n)} = {published}{converted} [{n.Tier(f.Tier)}; {f.SetKey}{year}]");
                writer.WriteLine($"       {ReportText.ExplainSource}: {string.Join("; ", new[] { f.Source, f.Table, Core.Factors.FactorStatusText.Render(f.Status) }.Where(s => !string.IsNullOrEmpty(s)))}");
            }
            writer.WriteLine($"   {ReportText.ExplainArithmetic}: {FactorText.Arithmetic(t.Line)}");
            if (t.Line.Note is not null)
            {
                writer.WriteLine($"   {ReportText.ExplainNote}: {t.Line.Note}");
            }
            writer.WriteLine();
        }

        // Lines under a notation key: each key and reason once, then the lines it stands for.
        foreach (var group in traces.Where(t => t.Line.MassTonnes is null && t.Line.Notation is not null)
                     .GroupBy(t => (Key: t.Line.Notation!.Value, Reason: t.Line.Note ?? t.Line.Arithmetic)))
        {
            writer.WriteLine($"-- {group.Key.Key}: {group.Key.Reason} ({Lines(group.Count())})");
            foreach (var t in group)
            {
                WriteLine(writer, t, n);
            }
            writer.WriteLine();
        }

        foreach (var total in totals)
        {
            string scope = ScopeName(total.Scope, n);
            writer.WriteLine(Text.Format(ReportText.ExplainTotal, selection, scope, Lines(total.LineCount), traces[0].RunId));
            // The total's cells already say whether a gas has lines and whether any of them has a number.
            foreach (var (gas, cell) in new[] { ("CO2", total.Totals.Co2), ("CH4", total.Totals.Ch4), ("N2O", total.Totals.N2o) })
            {
                if (cell.HasNumber || cell.Keys.Count > 0)
                {
                    var keys = total.NotationsByGas.TryGetValue(gas, out var k) ? k : [];
                    writer.WriteLine($"   {gas}: {WithKeys(cell.HasNumber ? $"{Format.Tonnes(cell.Tonnes, 3)} t" : null, keys)}");
                }
            }
            writer.WriteLine($"   CO2e: {WithKeys(total.Totals.Co2e.HasNumber ? $"{Format.Tonnes(total.Totals.Co2eTonnes, 3)} t" : null, total.Notations)}");
        }
    }

    /// <summary>A number followed by the keys of the parts without one (<c>28,174.1 t + NE</c>), or the keys alone.</summary>
    private static string WithKeys(string? number, IReadOnlyList<NotationKey> keys) =>
        number is null ? string.Join(" + ", keys) : string.Concat(number, string.Concat(keys.Select(k => " + " + k)));

    private static void WriteLine(TextWriter writer, LineTrace t, ReportNames n)
    {
        var l = t.Line;
        string value = l.MassTonnes is { } m ? $"{Format.Tonnes(m, 3)} t {l.Gas}, {Format.Tonnes(l.Co2eTonnes ?? 0, 3)} t CO2e (GWP {Format.Exact(l.Gwp ?? 0)})" : l.Notation?.ToString() ?? "";
        writer.WriteLine($"== {l.Region} {l.Year} {l.Category} {l.Activity} ({n.Activity(l.Activity)}) {l.Gas} [{ScopeName(l.Scope, n)}{(l.Use == Core.Domain.FuelUse.Combustion ? "" : ", " + ReportText.ExplainUse + " " + Format.Use(l.Use))}] = {value}");
        writer.WriteLine($"   {ReportText.ExplainMethod}: {Core.Localization.MethodNames.Of(l.Method)}");
        // A source whose records are all notation keys has no activity amount: its key is shown, never a 0.
        string amount = l.Method == InventoryCompiler.NotationMethod && l.Notation is { } noted
            ? noted.ToString()
            : $"{Format.Tonnes(t.Source.ActivityBase, 6)} {t.Source.BaseUnit}";
        writer.WriteLine(Text.Format(ReportText.ExplainActivity, amount, t.RecordCount));
        foreach (var r in t.Records)
        {
            string facility = r.Facility is null ? "" : $" {ReportText.ExplainFacility} {r.Facility}";
            writer.WriteLine($"     {r.Location} ({ReportText.ExplainBatch} {r.BatchId}, {r.Region} v{r.Version}){facility}: {(r.Notation is { } key ? key : $"{Format.Exact(r.Value ?? 0)} {r.Unit} = {Format.Tonnes(r.BaseValue ?? 0, 6)} {t.Source.BaseUnit}")}");
        }
        if (t.RecordCount > t.Records.Count)
        {
            writer.WriteLine(Text.Format(ReportText.ExplainMoreRecords, t.RecordCount - t.Records.Count));
        }
    }

    /// <summary>The name of a view: 属地 territorial, 间接 indirect, 备忘 memo.</summary>
    private static string ScopeName(EmissionScope scope, ReportNames n) => scope switch
    {
        EmissionScope.Territorial => ReportText.ScopeTerritorial,
        EmissionScope.Memo => ReportText.ScopeMemo,
        _ => ReportText.ScopeIndirect,
    };

    /// <summary>"1 line", "3 lines" / "3 条".</summary>
    private static string Lines(int count) => Text.Format(count == 1 ? ReportText.ExplainOneLine : ReportText.ExplainLines, count);

    /// <summary>A factor's parameter as a reader sees it: its Chinese name in a Chinese report (<c>swds_doc</c> → 可降解有机碳 DOC), the
    /// identifier in English or where no name is known (issue 15: no identifier shown to a Chinese reader where a name exists).</summary>
    /// <param name="parameter">The parameter identifier of the factor file.</param>
    /// <param name="n">Names and language of the report.</param>
    public static string ParameterWord(string parameter, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(n);
        return n.Zh && TrialFixReportText.ResourceManager.GetString("Param_" + parameter, n.Culture) is { } word ? word : parameter;
    }
}
