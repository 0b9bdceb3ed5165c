using System.Globalization;
using System.Text.Json;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Resources;
using Spectre.Console;
using Text = GhgInventory.Core.Localization.Text;

namespace GhgInventory.Reports;

/// <summary>Renders a recalculation (<see cref="RunDifference"/>): the two runs, totals per view, the changes summed by cause, every changed line.</summary>
/// <remarks>CO2e in tonnes with up to three decimals: a corrected row may move a line by far less than the 万吨 of the inventory tables.
/// A notation key is shown as the key (NE → 12.3), never as 0.</remarks>
public static class RecalcReport
{

    /// <summary>Writes the comparison as tables.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="d">The comparison.</param>
    /// <param name="n">Names and language.</param>
    /// <param name="regionName">The region compared, as a person reads it.</param>
    public static void Write(IAnsiConsole console, RunDifference d, ReportNames n, string regionName)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(n);
        using var culture = UiCulture.Use(n.Culture);
        console.Write(new Rule(Markup.Escape(Text.Format(RecalcReportText.CompareHeading, d.A.RunId, RunStatusText.Word(d.A.Status), d.B.RunId,
            RunStatusText.Word(d.B.Status), regionName, Format.Years(d.Years)))).LeftJustified());
        foreach (var side in new[] { d.A, d.B })
        {
            console.WriteLine(Text.Format(RecalcReportText.CompareRunFacts, side.RunId, RunStatusText.Word(side.Status), side.GwpSet, UnitWords.Options(side.Options), side.InputsSha256[..12]));
        }
        if (d.SameInputs)
        {
            console.WriteLine(RecalcReportText.CompareSameInputs);
        }
        string unit = UnitWordsText.TCo2e;

        var totals = new Table().Title(Markup.Escape(Text.Format(RecalcReportText.CompareTotalsTitle, unit))).LeftAligned()
            .AddColumn(RecalcReportText.ColumnScope)
            .AddColumn(new TableColumn(Markup.Escape(Text.Format(RecalcReportText.ColumnTotalA, d.A.RunId))).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(Text.Format(RecalcReportText.ColumnTotalA, d.B.RunId))).RightAligned())
            .AddColumn(new TableColumn(RecalcReportText.ColumnChange).RightAligned())
            .AddColumn(new TableColumn(RecalcReportText.ColumnSumOfChanges).RightAligned());
        foreach (var t in d.Totals)
        {
            totals.AddRow(Markup.Escape(ScopeWord(t.Scope)), Tonnes(t.TotalATonnes), Tonnes(t.TotalBTonnes), Signed(t.TotalBTonnes - t.TotalATonnes), Signed(t.ChangesTonnes));
        }
        console.Write(totals);
        if (d.Changes.Count == 0)
        {
            console.WriteLine(Text.Format(RecalcReportText.CompareNoChanges, d.Unchanged));
            return;
        }

        var byCause = new Table().Title(Markup.Escape(Text.Format(RecalcReportText.CompareByCauseTitle, unit))).LeftAligned()
            .AddColumn(RecalcReportText.ColumnScope).AddColumn(RecalcReportText.ColumnCauses)
            .AddColumn(new TableColumn(RecalcReportText.ColumnLines).RightAligned())
            .AddColumn(new TableColumn(RecalcReportText.ColumnChange).RightAligned())
            .AddColumn(new TableColumn(RecalcReportText.ColumnWithNotation).RightAligned());
        foreach (var c in d.ByCause)
        {
            byCause.AddRow(Markup.Escape(ScopeWord(c.Scope)), Markup.Escape(CauseWords(c.Causes)), c.Lines.ToString(CultureInfo.InvariantCulture),
                Signed(c.DeltaCo2eTonnes), c.WithNotation.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(byCause);

        var lines = new Table().Title(Markup.Escape(Text.Format(RecalcReportText.CompareLinesTitle, unit))).LeftAligned()
            .AddColumn(RecalcReportText.ColumnYear).AddColumn(RecalcReportText.ColumnRegion).AddColumn(RecalcReportText.ColumnCategory)
            .AddColumn(RecalcReportText.ColumnActivity).AddColumn(RecalcReportText.ColumnGas).AddColumn(RecalcReportText.ColumnScope)
            .AddColumn(new TableColumn(Markup.Escape(Text.Format(RecalcReportText.ColumnTotalA, d.A.RunId))).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(Text.Format(RecalcReportText.ColumnTotalA, d.B.RunId))).RightAligned())
            .AddColumn(new TableColumn(RecalcReportText.ColumnChange).RightAligned())
            .AddColumn(RecalcReportText.ColumnCauses);
        foreach (var c in d.Changes)
        {
            string activity = n.Activity(c.Key.Activity) + (c.Key.Use == Core.Domain.FuelUse.Combustion ? "" : $" ({Format.Use(c.Key.Use)})");
            lines.AddRow(c.Key.Year.ToString(CultureInfo.InvariantCulture), c.Key.Region.Value, c.Key.Category.Value, Markup.Escape(activity), c.Key.Gas,
                Markup.Escape(ScopeWord(c.Key.Scope)), Markup.Escape(Side(c.A)), Markup.Escape(Side(c.B)), Markup.Escape(Change(c)), Markup.Escape(CauseWords(c.Causes)));
        }
        console.Write(lines);
    }

    /// <summary>Writes the comparison as one JSON object (keys in README, "Recalculation").</summary>
    public static void WriteJson(Stream output, RunDifference d, string region)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(d);
        using var w = new Utf8JsonWriter(output, JsonOutput.Options);
        w.WriteStartObject();
        w.WriteString("region", region);
        w.WriteStartArray("years");
        foreach (int y in d.Years)
        {
            w.WriteNumberValue(y);
        }
        w.WriteEndArray();
        RunObject(w, "run_a", d.A);
        RunObject(w, "run_b", d.B);
        w.WriteBoolean("same_inputs", d.SameInputs);
        w.WriteBoolean("options_differ", d.OptionsDiffer);
        w.WriteNumber("unchanged_lines", d.Unchanged);
        w.WriteStartArray("totals");
        foreach (var t in d.Totals)
        {
            w.WriteStartObject();
            w.WriteString("scope", Format.Scope(t.Scope));
            w.WriteNumber("total_a_co2e_t", Round(t.TotalATonnes));
            w.WriteNumber("total_b_co2e_t", Round(t.TotalBTonnes));
            w.WriteNumber("change_co2e_t", Round(t.TotalBTonnes - t.TotalATonnes));
            w.WriteNumber("sum_of_changes_co2e_t", Round(t.ChangesTonnes));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("by_cause");
        foreach (var c in d.ByCause)
        {
            w.WriteStartObject();
            w.WriteString("scope", Format.Scope(c.Scope));
            Causes(w, c.Causes);
            w.WriteNumber("lines", c.Lines);
            w.WriteNumber("change_co2e_t", Round(c.DeltaCo2eTonnes));
            w.WriteNumber("lines_with_notation", c.WithNotation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("changes");
        foreach (var c in d.Changes)
        {
            w.WriteStartObject();
            w.WriteNumber("year", c.Key.Year);
            w.WriteString("region", c.Key.Region.Value);
            w.WriteString("category", c.Key.Category.Value);
            w.WriteString("activity", c.Key.Activity);
            w.WriteString("use", Format.Use(c.Key.Use));
            w.WriteString("gas", c.Key.Gas);
            w.WriteString("scope", Format.Scope(c.Key.Scope));
            LineSide(w, "a", c.A);
            LineSide(w, "b", c.B);
            w.WriteNumber("change_co2e_t", Round(c.DeltaCo2eTonnes));
            Causes(w, c.Causes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The cause words of a combination, joined (activity data + factor set).</summary>
    public static string CauseWords(RecalculationCause causes) =>
        string.Join(RecalcReportText.CauseJoin, Flags(causes).Select(c => c switch
        {
            RecalculationCause.Activity => RecalcReportText.CauseActivity,
            RecalculationCause.FactorSet => RecalcReportText.CauseFactorSet,
            RecalculationCause.Gwp => RecalcReportText.CauseGwp,
            RecalculationCause.Method => RecalcReportText.CauseMethod,
            RecalculationCause.Rule => RecalcReportText.CauseRule,
            RecalculationCause.NewLine => RecalcReportText.CauseNewLine,
            RecalculationCause.RemovedLine => RecalcReportText.CauseRemovedLine,
            RecalculationCause.Derived => RecalcReportText.CauseDerived,
            _ => RecalcReportText.CauseOther,
        }));

    /// <summary>The JSON word of one cause: activity, factor_set, gwp, method, rule, new_line, removed_line, other, derived.</summary>
    public static string CauseKey(RecalculationCause cause) => cause switch
    {
        RecalculationCause.Activity => "activity",
        RecalculationCause.FactorSet => "factor_set",
        RecalculationCause.Gwp => "gwp",
        RecalculationCause.Method => "method",
        RecalculationCause.Rule => "rule",
        RecalculationCause.NewLine => "new_line",
        RecalculationCause.RemovedLine => "removed_line",
        RecalculationCause.Derived => "derived",
        _ => "other",
    };

    private static IEnumerable<RecalculationCause> Flags(RecalculationCause causes) =>
        Enum.GetValues<RecalculationCause>().Where(c => c != RecalculationCause.None && causes.HasFlag(c));

    private static void Causes(Utf8JsonWriter w, RecalculationCause causes)
    {
        w.WriteStartArray("causes");
        foreach (var c in Flags(causes))
        {
            w.WriteStringValue(CauseKey(c));
        }
        w.WriteEndArray();
    }

    private static void RunObject(Utf8JsonWriter w, string name, RecalcSide side)
    {
        w.WriteStartObject(name);
        w.WriteString("run", side.RunId.ToString(CultureInfo.InvariantCulture));
        w.WriteString("status", side.Status == Core.Domain.RunStatus.Provisional ? "provisional" : "final");
        w.WriteString("gwp", side.GwpSet);
        w.WriteString("options", side.Options);
        w.WriteString("inputs_sha256", side.InputsSha256);
        w.WriteEndObject();
    }

    private static void LineSide(Utf8JsonWriter w, string prefix, EmissionLine? line)
    {
        w.WriteBoolean($"{prefix}_present", line is not null);
        if (line?.Co2eTonnes is { } co2e)
        {
            w.WriteNumber($"{prefix}_co2e_t", Round(co2e));
        }
        else
        {
            w.WriteNull($"{prefix}_co2e_t");
        }
        if (line?.Notation is { } key)
        {
            w.WriteString($"{prefix}_notation", key.ToString());
        }
        else
        {
            w.WriteNull($"{prefix}_notation");
        }
        if (line is not null)
        {
            w.WriteString($"{prefix}_method", line.Method);
            if (line.Gwp is { } gwp)
            {
                w.WriteNumber($"{prefix}_gwp", gwp);
            }
        }
    }

    // Six decimals of a tonne (a gram): enough to tie totals out, no float noise (STYLE.md, CityCatalyst).
    private static double Round(double tonnes) => Math.Round(tonnes, 6) + 0.0;

    private static string ScopeWord(EmissionScope scope) => scope switch
    {
        EmissionScope.Territorial => RecalcReportText.ScopeTerritorial,
        EmissionScope.Indirect => RecalcReportText.ScopeIndirect,
        _ => RecalcReportText.ScopeMemo,
    };

    // Up to three decimals (a kilogram): a small line's change is never shown as "-0".
    private static string Tonnes(double tonnes) => Format.Tonnes(tonnes, 3);

    private static string Signed(double tonnes) => Format.WithSign(Math.Round(tonnes, 3) + 0.0, 3);

    private static string Side(EmissionLine? line) => line is null ? RecalcReportText.NoLine
        : line.Notation is { } key ? key.ToString() : Tonnes(line.Co2eTonnes ?? 0);

    private static string Change(LineChange c) => c.InvolvesNotation || c.A is null || c.B is null
        ? Text.Format(RecalcReportText.NotationChange, Side(c.A), Side(c.B)) + (c.DeltaCo2eTonnes != 0 ? $" ({Signed(c.DeltaCo2eTonnes)})" : "")
        : Signed(c.DeltaCo2eTonnes);
}
