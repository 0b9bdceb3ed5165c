using GhgInventory.Core.Accounting;
using GhgInventory.Core.Reporting;

namespace GhgInventory.Reports;

/// <summary>Renders line traces as plain text: the records with file and line, the factors with sources, the method and the arithmetic.</summary>
public static class ExplainReport
{
    /// <summary>Writes every trace to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<LineTrace> traces, ReportNames n)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(traces);
        ArgumentNullException.ThrowIfNull(n);
        foreach (var t in traces)
        {
            var l = t.Line;
            string value = l.MassTonnes is { } m ? $"{Format.Tonnes(m, 3)} t {l.Gas}, {Format.Tonnes(l.Co2eTonnes ?? 0, 3)} t CO2e (GWP {Format.Exact(l.Gwp ?? 0)})" : l.Notation?.ToString() ?? "";
            writer.WriteLine($"== {l.Region} {l.Year} {l.Category} {l.Activity} ({n.Activity(l.Activity)}) {l.Gas} [{(l.Scope switch { EmissionScope.Territorial => n.T("属地", "territorial"), EmissionScope.Memo => n.T("备忘", "memo"), _ => n.T("间接", "indirect") })}{(l.Use == Core.Domain.FuelUse.Combustion ? "" : ", use " + l.Use.ToString().ToLowerInvariant())}] = {value}   (run #{t.RunId})");
            writer.WriteLine($"   {n.T("方法", "method")}: {l.Method}");
            // A source whose records are all notation keys has no activity amount: its key is shown, never a 0.
            string amount = l.Method == Core.Accounting.InventoryCompiler.NotationMethod && l.Notation is { } noted
                ? noted.ToString()
                : $"{Format.Tonnes(t.Source.ActivityBase, 6)} {t.Source.BaseUnit}";
            writer.WriteLine($"   {n.T("活动水平", "activity")}: {amount}, {n.T("共", "sum of")} {t.RecordCount} {n.T("条记录", "record(s)")}:");
            foreach (var r in t.Records)
            {
                string facility = r.Facility is null ? "" : $" facility {r.Facility}";
                writer.WriteLine($"     #{r.Id} {r.FileName}:{r.FileLine} (batch {r.BatchId}, {r.Region} v{r.Version}){facility}: {(r.Notation is { } key ? key : $"{Format.Exact(r.Value ?? 0)} {r.Unit} = {Format.Tonnes(r.BaseValue ?? 0, 6)} {t.Source.BaseUnit}")}");
            }
            if (t.RecordCount > t.Records.Count)
            {
                writer.WriteLine($"     … {t.RecordCount - t.Records.Count} {n.T("条未列出", "more not listed")}");
            }
            foreach (var f in l.Factors)
            {
                string year = f.SubstituteYear is { } y ? $", {n.T("采用", "value of")} {y}" : "";
                writer.WriteLine($"   {n.T("因子", "factor")} {f.Parameter} = {Format.Exact(f.Value)} {f.Unit} (= {Core.Accounting.Numbers.Factor(f.EngineValue)} {f.EngineUnit}) #{f.FactorId} [{f.SetKey}; {f.Tier}{year}]");
                writer.WriteLine($"       {n.T("来源", "source")}: {string.Join("; ", new[] { f.Source, f.Table, f.Status }.Where(t => !string.IsNullOrEmpty(t)))}");
            }
            writer.WriteLine($"   {n.T("计算", "arithmetic")}: {l.Arithmetic}");
            if (l.Note is not null)
            {
                writer.WriteLine($"   {n.T("说明", "note")}: {l.Note}");
            }
            writer.WriteLine();
        }
    }
}
