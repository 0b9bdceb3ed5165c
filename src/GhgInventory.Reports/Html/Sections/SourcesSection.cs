using System.Globalization;
using GhgInventory.Core.Localization;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html.Sections;

/// <summary>What the run read: its identity (id, time, engine, GWP set, options, input hash), the data versions of the year
/// reported with their files and batches, its factor sets, and the sources and tables of the factors its lines applied.</summary>
public sealed class SourcesSection : IHtmlSection
{
    /// <inheritdoc/>
    public string Id => "sources";

    /// <inheritdoc/>
    public string Title(HtmlReportData data) => Strings.SourcesTitle;

    /// <inheritdoc/>
    public void Write(HtmlWriter w, HtmlReportData data)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        var run = data.Run;
        var s = data.Summary;
        w.Raw("<h3>").Text(Strings.RunCaption).Raw("</h3><dl class=\"facts\">");
        Fact(w, Strings.RunId, "#" + run.RunId.ToString(CultureInfo.InvariantCulture));
        Fact(w, Strings.RunCompiled, run.CreatedAtUtc);
        Fact(w, Strings.RunEngine, run.EngineVersion);
        Fact(w, Strings.RunGwp, run.GwpSet);
        Fact(w, Strings.RunYears, run.YearFrom == run.YearTo ? run.YearFrom.ToString(CultureInfo.InvariantCulture) : $"{run.YearFrom}–{run.YearTo}");
        Fact(w, Strings.RunOptions, OptionsInWords(run.Options));
        w.Raw("<dt>").Text(Strings.RunInputs).Raw("</dt><dd><code>").Text(run.InputsSha256).Raw("</code></dd></dl>");

        w.OpenTable(Text.Format(Strings.VersionsCaption, s.Year, run.RegionYears), [Strings.ColCode, Strings.ColRegion, Strings.ColVersion, Strings.ColChange, Strings.ColFile, Strings.ColBatch], 6);
        foreach (var v in run.Versions)
        {
            w.Row([v.Region, v.RegionName, "v" + v.Version.ToString(CultureInfo.InvariantCulture), Change(v.Change), v.FileName ?? "–",
                v.BatchId is { } batch ? "#" + batch.ToString(CultureInfo.InvariantCulture) : "–"], []);
        }
        w.CloseTable();

        w.OpenTable(Strings.FactorSetsCaption, [Strings.ColSet, Strings.ColName, Strings.ColFile, Strings.ColHash, Strings.ColRows], 4);
        foreach (var f in run.FactorSets)
        {
            w.Row([f.Key, f.Name, f.FileName, f.Hash.Length > 12 ? f.Hash[..12] : f.Hash], [f.Rows.ToString(CultureInfo.InvariantCulture)]);
        }
        w.CloseTable();

        // The factor sources the year's lines applied, each (set, source, table) once with the parameters read from it.
        var sources = s.Lines.SelectMany(l => l.Factors)
            .GroupBy(f => (f.SetKey, f.Source, Table: f.Table ?? "", f.Status))
            .OrderBy(g => g.Key.SetKey, StringComparer.Ordinal).ThenBy(g => g.Key.Table, StringComparer.Ordinal)
            .ToList();
        w.OpenTable(Text.Format(Strings.FactorSourcesCaption, s.Year), [Strings.ColSet, Strings.ColSource, Strings.ColTable, Strings.ColParameters, Strings.ColStatus], 5, "sources");
        foreach (var g in sources)
        {
            w.Row([g.Key.SetKey, g.Key.Source, g.Key.Table, string.Join(", ", g.Select(f => f.Parameter).Distinct().Order(StringComparer.Ordinal)), Status(g.Key.Status)], []);
        }
        w.CloseTable();
    }

    private static void Fact(HtmlWriter w, string label, string value) => w.Raw("<dt>").Text(label).Raw("</dt><dd>").Text(value).Raw("</dd>");

    /// <summary>A version's change in words; an unknown one as stored.</summary>
    private static string Change(string change) => change switch
    {
        "import" => Strings.ChangeImport,
        "replace" => Strings.ChangeReplace,
        "revert" => Strings.ChangeRevert,
        "correction" => Strings.ChangeCorrection,
        _ => change,
    };

    /// <summary>A factor's transcription status in the reader's language (<see cref="Core.Factors.FactorStatusText"/>).</summary>
    private static string Status(string status) => Core.Factors.FactorStatusText.Render(status);

    /// <summary>
    /// The run's options text (<c>grid=Regional; grid_year=nearest; chp=energy</c>, stored as is: it is part of the run's
    /// identity) in words in the reader's language; a part this version does not know is shown as stored.
    /// </summary>
    internal static string OptionsInWords(string options)
    {
        var words = new List<string>();
        foreach (var part in (options ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(part switch
            {
                "grid=Regional" => Strings.OptionsGridRegional,
                "grid=National" => Strings.OptionsGridNational,
                "grid=Provincial" => Strings.OptionsGridProvincial,
                "grid_year=nearest" => Strings.OptionsGridYearNearest,
                "grid_year=earlier" => Strings.OptionsGridYearEarlier,
                "grid_year=none" => Strings.OptionsGridYearNone,
                _ when part.StartsWith("chp=", StringComparison.Ordinal) && (part == "chp=energy" || part.StartsWith("chp=efficiency(", StringComparison.Ordinal))
                    => Text.Format(Strings.OptionsChp, Core.Power.ChpSplit.FromOptionText(part).Label),
                _ when Core.Factors.GuidelineEditions.OptionInWords(part) is { } editionWords => editionWords,
                _ => part,
            });
        }
        return string.Join(Strings.OptionsSeparator, words);
    }
}
