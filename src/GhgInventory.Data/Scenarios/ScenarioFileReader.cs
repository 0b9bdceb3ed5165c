using System.Globalization;
using System.Text.RegularExpressions;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.Resources;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace GhgInventory.Data.Scenarios;

/// <summary>One reading of one scenario file: walks the TOML tree against docs/scenarios.md §5–§6 and collects every problem, located.</summary>
internal sealed partial class ScenarioFileReader(string path, LeverCatalogue catalogue, RegionTree regions)
{
    private static readonly string[] RootKeys = ["scenario", "levers", "correlation"];
    private static readonly string[] ScenarioKeys = ["name", "title", "description", "illustrative", "region", "base_run", "base_year", "horizon", "targets", "budgets"];
    private static readonly string[] LeverKeys = ["unit", "source", "path", "value", "from", "regions"];
    private static readonly string[] RegionKeys = ["unit", "source", "path", "value", "from"];
    private static readonly string[] CorrelationKeys = ["a", "b", "rho"];
    private static readonly string[] Distributions = ["normal", "lognormal", "triangular", "uniform"];
    private static readonly string[] TonneSpellings = ["吨", "t", "tonne", "tonnes", "tCO2", "t CO2", "吨CO2", "吨二氧化碳"];

    private readonly List<ValidationIssue> issues = [];
    private readonly List<LeverSetting> settings = [];
    private string text = "";
    private int horizonForPaths = ScenarioFile.MaxYear;
    private int? baseYear;
    private string? baseLocation;
    private RegionCode? city;

    /// <summary>The checked scenario.</summary>
    /// <exception cref="InputRejectedException">Every problem found, ordered by line and column.</exception>
    public ScenarioDefinition Read(byte[] bytes)
    {
        var inspection = TextDecoding.Examine(() => new MemoryStream(bytes, writable: false));
        if (inspection.LooksLike is { } kind)
        {
            throw new InputRejectedException([new ValidationIssue(path, 0, null, kind, ScenarioFileText.ExpectedTomlText)]);
        }
        if (inspection.InvalidLine is { } badLine)
        {
            throw new InputRejectedException([new ValidationIssue(path, badLine, null,
                Text.Format(DataIngestText.TableFoundInvalidBytes, inspection.EncodingName), DataIngestText.TableExpectedOneEncoding)]);
        }
        using (var reader = new StreamReader(new MemoryStream(bytes, writable: false), inspection.Encoding, detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }
        var document = SyntaxParser.Parse(text, path, true);
        if (document.HasErrors)
        {
            // The first error of a line: the parser's later errors on the same line follow from it (an unquoted Chinese key gives one a character).
            foreach (var d in document.Diagnostics.Where(d => d.Kind == DiagnosticMessageKind.Error).DistinctBy(d => d.Span.Start.Line))
            {
                Add(d.Span.Start.Line + 1, d.Span.Start.Column + 1, Text.Format(ScenarioFileText.FoundSyntax, SyntaxMessage(d.Message)), ScenarioFileText.ExpectedSyntax);
            }
            throw Rejected();
        }
        var root = TomlEntry.Build(document);
        Known(root, RootKeys);
        var scenario = ReadScenario(root, document);
        ReadLevers(root["levers"]);
        var correlations = ReadCorrelations(root["correlation"]);
        if (issues.Count > 0 || scenario is not { } s)
        {
            throw Rejected();
        }
        return new ScenarioDefinition(s.Name, s.Title, s.Description, s.Illustrative, s.City, s.BaseRunId, baseYear, s.Horizon, s.Targets, s.Budgets,
            settings, correlations, path, inspection.Sha256) { BaseLocation = baseLocation };
    }

    private sealed record ScenarioHead(string Name, string Title, string Description, bool Illustrative, RegionCode City, long? BaseRunId, int Horizon,
        string? Targets, string? Budgets);

    private ScenarioHead? ReadScenario(TomlEntry root, DocumentSyntax document)
    {
        var table = root["scenario"];
        if (table is null)
        {
            Add(document, ScenarioFileText.FoundNothing, Text.Format(ScenarioFileText.ExpectedTable, "scenario"));
            return null;
        }
        if (!IsTable(table))
        {
            return null;
        }
        Known(table, ScenarioKeys);
        string? name = Field(table, "name", ScenarioFileText.ExpectedName) is { } n ? String(n, ScenarioFileText.ExpectedName) : null;
        if (name is not null && !NamePattern().IsMatch(name))
        {
            Add(table["name"]!.Value!, Found(table["name"]!), ScenarioFileText.ExpectedName);
            name = null;
        }
        string? title = table["title"] is { } t ? String(t, ScenarioFileText.ExpectedText) : name;
        string? description = table["description"] is { } d ? String(d, ScenarioFileText.ExpectedText) : "";
        bool illustrative = table["illustrative"] is { } i && Bool(i) == true;
        if (Field(table, "region", ScenarioFileText.ExpectedCity) is { } r && String(r, ScenarioFileText.ExpectedCity) is { } regionText)
        {
            if (regions.TryFind(regionText, out var region) && region.Code.Level == RegionLevel.Prefecture && regions.ChildrenOf(region.Code).Count > 0)
            {
                city = region.Code;
            }
            else
            {
                Add(r.Value!, Found(r), ScenarioFileText.ExpectedCity);
            }
        }
        long? baseRun = null;
        bool baseRunValid = true;
        if (table["base_run"] is { } run)
        {
            baseRunValid = false;
            if (run.Value is StringValueSyntax { Value: "latest" })
            {
                baseRunValid = true;
            }
            else if (run.Value is IntegerValueSyntax { Value: > 0 } id)
            {
                baseLocation = Where(run.Value);
                baseRun = id.Value;
                baseRunValid = true;
            }
            else
            {
                Add(run.Value ?? run.At, Found(run), ScenarioFileText.ExpectedBaseRun);
            }
        }
        string years = Text.Format(ScenarioFileText.ExpectedYear, ScenarioFile.MinYear, ScenarioFile.MaxYear);
        if (table["base_year"] is { } b)
        {
            baseLocation ??= Where(b.Value ?? b.At);
            baseYear = Year(b, ScenarioFile.MinYear, ScenarioFile.MaxYear, years);
        }
        int? horizon = null;
        if (Field(table, "horizon", years) is { } h)
        {
            horizon = Year(h, ScenarioFile.MinYear, ScenarioFile.MaxYear, years);
            if (horizon is { } hy && baseYear is { } by && hy <= by)
            {
                Add(h.Value!, Found(h), Text.Format(ScenarioFileText.ExpectedAfterBaseYear, by));
                horizon = null;
            }
        }
        horizonForPaths = horizon ?? ScenarioFile.MaxYear;
        string? targets = table["targets"] is { } tf ? ExistingFile(tf) : null;
        string? budgets = table["budgets"] is { } bf ? ExistingFile(bf) : null;
        bool filesValid = (table["targets"] is null || targets is not null) && (table["budgets"] is null || budgets is not null);
        return name is not null && title is not null && description is not null && city is { } c && horizon is { } hz && baseRunValid && filesValid
            ? new ScenarioHead(name, title, description, illustrative, c, baseRun, hz, targets, budgets)
            : null;
    }

    private string? ExistingFile(TomlEntry entry)
    {
        if (String(entry, Text.Format(ScenarioFileText.ExpectedExistingFile, $"{entry.Name}.csv")) is not { } relative)
        {
            return null;
        }
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string resolved = Path.GetFullPath(Path.Combine(folder, relative));
        if (relative.Length == 0 || !File.Exists(resolved))
        {
            Add(entry.Value!, Found(entry), Text.Format(ScenarioFileText.ExpectedExistingFile, resolved));
            return null;
        }
        return resolved;
    }

    private void ReadLevers(TomlEntry? levers)
    {
        if (levers is null || !IsTable(levers))
        {
            return;
        }
        foreach (var entry in levers.Children!)
        {
            var lever = catalogue.Find(entry.Name);
            if (lever is null)
            {
                Add(entry.At, entry.Name, ScenarioFileText.ExpectedLever + Suggestion(entry.Name));
                continue;
            }
            if (!IsTable(entry))
            {
                continue;
            }
            Known(entry, LeverKeys);
            bool setsCity = entry.Children!.Any(c => c.Name != "regions");
            if (setsCity)
            {
                ReadSetting(lever, entry, null, unitRequired: true);
            }
            if (entry["regions"] is { } own)
            {
                ReadRegions(lever, entry, own);
            }
            else if (!setsCity)
            {
                Add(entry.At, ScenarioFileText.FoundNothing, SettingExpected(lever));
            }
        }
    }

    private void ReadRegions(LeverDefinition lever, TomlEntry leverTable, TomlEntry own)
    {
        if (lever.Scope != LeverScope.Region)
        {
            string scope = lever.Scope == LeverScope.CityDelta ? ScenarioFileText.ScopeCityDelta : Text.Format(ScenarioFileText.ScopeCityShared, WeightName(lever.Weight));
            Add(own.At, own.Name, Text.Format(ScenarioFileText.ExpectedNoRegions, Name(lever), scope));
            return;
        }
        if (!IsTable(own))
        {
            return;
        }
        var seen = new Dictionary<RegionCode, string>();
        foreach (var entry in own.Children!)
        {
            var below = city is { } c ? regions.ChildrenOf(c) : [];
            RegionCode? code = regions.TryFind(entry.Name, out var region) && (city is null || below.Any(x => x.Code == region.Code)) ? region.Code : null;
            if (code is not { } rc)
            {
                string cityName = city is { } cc ? RegionName(cc) : "";
                string list = string.Join(UiCulture.IsChinese ? "、" : ", ", below.Select(x => RegionName(x.Code)));
                Add(entry.At, entry.Name, Text.Format(ScenarioFileText.ExpectedRegionBelow, cityName, list));
                continue;
            }
            if (seen.TryGetValue(rc, out string? first))
            {
                Add(entry.At, entry.Name, Text.Format(ScenarioFileText.ExpectedRegionOnce, RegionName(rc), first));
                continue;
            }
            seen[rc] = Where(entry.At);
            if (IsTable(entry))
            {
                Known(entry, RegionKeys);
                ReadSetting(lever, entry, rc, unitRequired: leverTable["unit"] is null);
            }
        }
    }

    private void ReadSetting(LeverDefinition lever, TomlEntry table, RegionCode? region, bool unitRequired)
    {
        int before = issues.Count;
        var unitEntry = unitRequired ? Field(table, "unit", Text.Format(ScenarioFileText.ExpectedUnit, Name(lever), lever.Unit)) : table["unit"];
        string? unit = unitEntry is null ? null : String(unitEntry, Text.Format(ScenarioFileText.ExpectedUnit, Name(lever), lever.Unit));
        var sourceEntry = table["source"];
        string? source = sourceEntry is null ? null : String(sourceEntry, Text.Format(ScenarioFileText.ExpectedSource, Name(lever)));
        if (sourceEntry is null || (source is not null && source.Trim().Length == 0))
        {
            Add(sourceEntry?.Value ?? table.At, sourceEntry is null ? ScenarioFileText.FoundNothing : Found(sourceEntry), Text.Format(ScenarioFileText.ExpectedSource, Name(lever)));
        }
        var pathEntry = table["path"];
        var valueEntry = table["value"];
        var fromEntry = table["from"];
        // Which of path / value / from the kind allows (docs/scenarios.md §5): the first key it does not allow is refused.
        TomlEntry? misplaced = lever.Kind switch
        {
            LeverKind.Rate => pathEntry is not null && valueEntry is not null ? valueEntry : pathEntry is not null && fromEntry is not null ? fromEntry : null,
            LeverKind.Level => valueEntry ?? fromEntry,
            _ => pathEntry ?? fromEntry,
        };
        if (misplaced is not null)
        {
            Add(misplaced.At, misplaced.Name, SettingExpected(lever));
        }
        else if (pathEntry is null && valueEntry is null)
        {
            Add(table.At, ScenarioFileText.FoundNothing, SettingExpected(lever));
        }
        int? from = fromEntry is not null && misplaced != fromEntry
            ? Year(fromEntry, ScenarioFile.MinYear, horizonForPaths, Text.Format(ScenarioFileText.ExpectedYear, ScenarioFile.MinYear, horizonForPaths))
            : null;
        var points = new List<PathPoint>();
        var centrals = new List<(double Value, SyntaxNode At)>();
        if (pathEntry is not null && misplaced != pathEntry)
        {
            ReadPath(lever, pathEntry, points, centrals);
        }
        else if (valueEntry is not null && misplaced != valueEntry && Point(lever, valueEntry, centrals) is { } v)
        {
            // A value is one point: from its start year, else the base year, else the first year a file may name; a rate's path is flat
            // before its first point and From marks the years before it as 0 (docs/scenarios.md §5).
            points.Add(new PathPoint(from ?? baseYear ?? ScenarioFile.MinYear, v, Where(valueEntry.At)));
        }
        bool fraction = lever.Unit == "%" && centrals.Count > 0 && centrals.All(c => c.Value is >= 0 and <= 1) && centrals.Any(c => c.Value > 0);
        // The hint shows the file's own first share as a percentage (0.3 → 30; decimal, so 0.3 × 100 is 30, not 30.000000000000004).
        string asFraction = fraction ? centrals.First(c => c.Value > 0).Value.ToString("0.####", CultureInfo.InvariantCulture) : "";
        string asPercent = fraction ? ((decimal)centrals.First(c => c.Value > 0).Value * 100).ToString("0.##", CultureInfo.InvariantCulture) : "";
        if (unit is not null && unit != lever.Unit)
        {
            string hint = lever.Unit == "万吨" && TonneSpellings.Contains(unit.Trim(), StringComparer.OrdinalIgnoreCase)
                ? Text.Format(ScenarioFileText.HintTenThousandTonnes, Name(lever))
                : fraction ? Text.Format(ScenarioFileText.HintFraction, asFraction, asPercent) : "";
            Add(unitEntry!.Value!, Found(unitEntry), Text.Format(ScenarioFileText.ExpectedUnit, Name(lever), lever.Unit) + hint);
        }
        else if (fraction)
        {
            var first = centrals[0];
            string found = string.Join(", ", centrals.Select(c => c.Value.ToString("0.####", CultureInfo.InvariantCulture)));
            Add(first.At, found, Text.Format(ScenarioFileText.ExpectedShare, Name(lever), asFraction, asPercent));
        }
        else if (lever.Unit == "%" && lever.Kind == LeverKind.Level && centrals.FirstOrDefault(c => c.Value > MixedPercentAbove) is { At: not null } big)
        {
            // A mix: a point in (0, 1] with one above 5 % after it is a fraction among percents (0.25 meant as 25 %); 0 stays a level (none
            // left), and a path falling to 1 % or less at its end (a share phased out) is a path.
            string bigText = big.Value.ToString("0.####", CultureInfo.InvariantCulture);
            foreach (var small in centrals.Where((c, i) => c.Value is > 0 and <= 1 && centrals.Skip(i + 1).Any(later => later.Value > MixedPercentAbove)))
            {
                Add(small.At, small.Value.ToString("0.####", CultureInfo.InvariantCulture),
                    Text.Format(ScenarioFileText.ExpectedPercentAmongPercents, Name(lever), bigText, Where(big.At)));
            }
        }
        if (lever.Base == LeverBase.File && baseYear is { } by && points.Count > 0 && points[0].Year > by && pathEntry is not null)
        {
            Add(pathEntry.At, Found(pathEntry), Text.Format(ScenarioFileText.ExpectedBasePoint, by, Name(lever)));
        }
        if (issues.Count == before && source is not null)
        {
            settings.Add(new LeverSetting(lever.Key, unit ?? lever.Unit, source.Trim(), region, points, lever.Kind == LeverKind.Rate && valueEntry is not null ? from : null,
                Where(table.At)));
        }
    }

    /// <summary>A point of a % level path above this (in %) makes a point in (0, 1] of the same path a fraction slip (README "Scenario files").</summary>
    private const double MixedPercentAbove = 5;

    private void ReadPath(LeverDefinition lever, TomlEntry pathEntry, List<PathPoint> points, List<(double, SyntaxNode)> centrals)
    {
        string expectedPath = Text.Format(ScenarioFileText.ExpectedPathTable);
        if (!pathEntry.IsTable || pathEntry.Children!.Count == 0)
        {
            Add(pathEntry.Value ?? pathEntry.At, Found(pathEntry), expectedPath);
            return;
        }
        int? previous = null;
        string expectedYear = Text.Format(ScenarioFileText.ExpectedPathYear, ScenarioFile.MinYear, horizonForPaths);
        foreach (var point in pathEntry.Children)
        {
            bool digits = point.Name.Length is > 0 and <= 4 && point.Name.All(char.IsAsciiDigit);
            int? year = digits ? int.Parse(point.Name, CultureInfo.InvariantCulture) : null;
            if (year is not { } y || y < ScenarioFile.MinYear || y > horizonForPaths)
            {
                Add(point.At, point.Name, expectedYear);
                continue;
            }
            if (previous is { } p && y <= p)
            {
                Add(point.At, point.Name, Text.Format(ScenarioFileText.ExpectedIncreasingYear, p));
            }
            previous = y;
            if (Point(lever, point, centrals) is { } value)
            {
                points.Add(new PathPoint(y, value, Where(point.At)));
            }
        }
    }

    /// <summary>A point's value: a number, or a distribution table checked for its parameters; null (with an issue) otherwise.</summary>
    private Uncertain? Point(LeverDefinition lever, TomlEntry entry, List<(double, SyntaxNode)> centrals)
    {
        if (!entry.IsTable)
        {
            if (entry.Value is IntegerValueSyntax or FloatValueSyntax && Number(entry) is { } fixedValue)
            {
                centrals.Add((fixedValue, entry.Value));
                return InRange(lever, fixedValue, entry) ? new Uncertain.Fixed(fixedValue) : null;
            }
            if (entry.Value is not IntegerValueSyntax and not FloatValueSyntax)
            {
                Add(entry.Value ?? entry.At, Found(entry), Text.Format(ScenarioFileText.ExpectedPoint));
            }
            return null;
        }
        var distEntry = entry["dist"];
        string? dist = distEntry?.Value is StringValueSyntax s ? s.Value : null;
        if (dist is null || !Distributions.Contains(dist))
        {
            Add(distEntry?.Value ?? entry.At, distEntry is null ? ScenarioFileText.FoundNothing : Found(distEntry), ScenarioFileText.ExpectedDist);
            return null;
        }
        string[] parameters = dist switch
        {
            "normal" => ["mean", "sd"],
            "lognormal" => ["median", "gsd"],
            "triangular" => ["min", "mode", "max"],
            _ => ["min", "max"],
        };
        int before = issues.Count;
        string expectedKeys = Text.Format(ScenarioFileText.ExpectedDistKeys, dist, string.Join(", ", parameters));
        Known(entry, ["dist", .. parameters]);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string parameter in parameters)
        {
            var p = entry[parameter];
            if (p is null)
            {
                Add(entry.At, ScenarioFileText.FoundNothing, expectedKeys);
            }
            else if (Number(p) is { } v)
            {
                values[parameter] = v;
            }
        }
        if (issues.Count > before)
        {
            return null;
        }
        SyntaxNode At(string parameter) => entry[parameter]!.Value!;
        string FoundOf(string parameter) => Found(entry[parameter]!);
        switch (dist)
        {
            case "normal" when values["sd"] <= 0:
                Add(At("sd"), FoundOf("sd"), ScenarioFileText.ExpectedSd);
                break;
            case "lognormal" when values["median"] <= 0:
                Add(At("median"), FoundOf("median"), ScenarioFileText.ExpectedMedian);
                break;
            case "lognormal" when values["gsd"] <= 1:
                Add(At("gsd"), FoundOf("gsd"), ScenarioFileText.ExpectedGsd);
                break;
            case "triangular" when !(values["min"] <= values["mode"] && values["mode"] <= values["max"] && values["min"] < values["max"]):
                Add(At("mode"), $"min = {FoundOf("min")}, mode = {FoundOf("mode")}, max = {FoundOf("max")}", ScenarioFileText.ExpectedTriangular);
                break;
            case "uniform" when !(values["min"] < values["max"]):
                Add(At("min"), $"min = {FoundOf("min")}, max = {FoundOf("max")}", ScenarioFileText.ExpectedUniform);
                break;
            default:
                break;
        }
        // The plausible range holds for the parameters that are values of the lever (centre and bounds), not for a spread (sd, gsd).
        foreach (string parameter in parameters.Where(p => p is not "sd" and not "gsd"))
        {
            centrals.Add((values[parameter], At(parameter)));
            InRange(lever, values[parameter], entry[parameter]!);
        }
        if (issues.Count > before)
        {
            return null;
        }
        Uncertain value = dist switch
        {
            "normal" => new Uncertain.NormalValue(values["mean"], values["sd"]),
            "lognormal" => new Uncertain.LogNormalValue(values["median"], values["gsd"]),
            "triangular" => new Uncertain.TriangularValue(values["min"], values["mode"], values["max"]),
            _ => new Uncertain.UniformValue(values["min"], values["max"]),
        };
        // An unbounded distribution is drawn between its 0.1 % and 99.9 % quantiles (MonteCarlo.UEdge): both must be plausible, or a draw
        // could be a rate above 100 %/a or a negative number of hours (the breaker's normal(40, 40) industry efficiency).
        if (dist is "normal" or "lognormal")
        {
            string spread = dist == "normal" ? "sd" : "gsd";
            foreach (double q in new[] { MonteCarlo.UEdge, 1 - MonteCarlo.UEdge })
            {
                double x = value.At(q);
                string? range = double.IsFinite(x) ? RangeProblem(lever, x) : null;
                if (!double.IsFinite(x) || range is not null)
                {
                    Add(At(spread), FoundOf(spread), Text.Format(ScenarioFileText.ExpectedTailInRange,
                        x.ToString("G6", CultureInfo.InvariantCulture), (q * 100).ToString("0.#", CultureInfo.InvariantCulture),
                        range ?? Name(lever)));
                    return null;
                }
            }
        }
        return value;
    }

    /// <summary>Checks the plausible range of the lever's unit: %/a −50 to +50; % 0 to 100; GW, h, gce/kWh, tCO2/MWh, 万吨 ≥ 0; ratio &gt; 0; then
    /// the catalogue's own min and max of the lever (<see cref="LeverDefinition.Min"/>, <see cref="LeverDefinition.Max"/>).</summary>
    private bool InRange(LeverDefinition lever, double value, TomlEntry entry)
    {
        string? expected = RangeProblem(lever, value);
        if (expected is not null)
        {
            Add(entry.Value ?? entry.At, Found(entry), expected);
        }
        return expected is null;
    }

    /// <summary>What is expected of <paramref name="value"/> when it is outside the lever's plausible range; null when it is inside.</summary>
    private static string? RangeProblem(LeverDefinition lever, double value)
    {
        string? expected = lever.Unit switch
        {
            "%/a" when value is < -50 or > 50 => Text.Format(ScenarioFileText.ExpectedRange, Name(lever), -50, 50, "%/a"),
            "%" when value is < 0 or > 100 => Text.Format(ScenarioFileText.ExpectedRange, Name(lever), 0, 100, "%"),
            "ratio" when value <= 0 => Text.Format(ScenarioFileText.ExpectedPositive, Name(lever)),
            "GW" or "h" or "gce/kWh" or "tCO2/MWh" or "万吨" when value < 0 => Text.Format(ScenarioFileText.ExpectedNonNegative, Name(lever), lever.Unit),
            _ => null,
        };
        // The catalogue's plausible range (columns min and max): a value no city can reach, such as tonnes typed as 万吨 (README lever table).
        if (expected is null && ((lever.Min is { } lo && value < lo) || (lever.Max is { } hi && value > hi)))
        {
            string low = (lever.Min ?? 0).ToString("#,0.####", CultureInfo.InvariantCulture);
            string high = lever.Max is { } m ? m.ToString("#,0.####", CultureInfo.InvariantCulture) : "∞";
            expected = Text.Format(ScenarioFileText.ExpectedRange, Name(lever), low, high, lever.Unit);
        }
        return expected;
    }

    private List<LeverCorrelation> ReadCorrelations(TomlEntry? entry)
    {
        var correlations = new List<LeverCorrelation>();
        if (entry is null)
        {
            return correlations;
        }
        if (entry.Items is null)
        {
            Add(entry.Value ?? entry.At, Found(entry), Text.Format(ScenarioFileText.ExpectedTableList, "correlation"));
            return correlations;
        }
        var uncertain = settings.Where(s => s.IsUncertain).Select(s => s.Region is { } r ? $"{s.Key}@{r.Value}" : s.Key).ToList();
        string available = uncertain.Count > 0 ? string.Join(", ", uncertain) : ScenarioFileText.NoneUncertain;
        var pairs = new Dictionary<(string, string), string>();
        foreach (var item in entry.Items)
        {
            if (!IsTable(item))
            {
                continue;
            }
            Known(item, CorrelationKeys);
            string expectedLever = Text.Format(ScenarioFileText.ExpectedCorrelated, available);
            string? a = Correlated(item, "a", expectedLever, uncertain);
            string? b = Correlated(item, "b", expectedLever, uncertain);
            if (a is not null && b is not null && a == b)
            {
                Add(item["b"]!.Value!, Found(item["b"]!), Text.Format(ScenarioFileText.ExpectedOtherLever, a));
                b = null;
            }
            double? rho = Field(item, "rho", ScenarioFileText.ExpectedRho) is { } r ? Number(r) : null;
            if (rho is { } value && value is <= -1 or >= 1)
            {
                Add(item["rho"]!.Value!, Found(item["rho"]!), ScenarioFileText.ExpectedRho);
                rho = null;
            }
            if (a is null || b is null)
            {
                continue;
            }
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (pairs.TryGetValue(key, out string? first))
            {
                Add(item.At, $"a = {a}, b = {b}", Text.Format(ScenarioFileText.ExpectedPairOnce, a, b, first));
                continue;
            }
            pairs[key] = Where(item.At);
            if (rho is { } p)
            {
                correlations.Add(new LeverCorrelation(a, b, p, Where(item.At)));
            }
        }
        return correlations;
    }

    /// <summary>The lever named by <c>a</c> or <c>b</c>, as <c>key</c> or <c>key@code</c> (a region named by code or exact name), when it is one of <paramref name="uncertain"/>.</summary>
    private string? Correlated(TomlEntry item, string side, string expected, List<string> uncertain)
    {
        if (Field(item, side, expected) is not { } entry || String(entry, expected) is not { } written)
        {
            return null;
        }
        string name = written.Trim();
        int at = name.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && regions.TryFind(name[(at + 1)..], out var region))
        {
            name = $"{name[..at]}@{region.Code.Value}";
        }
        if (!uncertain.Contains(name))
        {
            Add(entry.Value!, Found(entry), expected);
            return null;
        }
        return name;
    }

    // ---- helpers: located issues, typed values, names ----

    private InputRejectedException Rejected() =>
        new([.. issues.OrderBy(i => i.Line).ThenBy(i => i.ColumnNumber ?? 0)]);

    /// <summary>The parser's message (Tomlyn's, English) in the reader's language for the mistakes a person makes by hand; any other as the parser gives it.</summary>
    private static string SyntaxMessage(string message)
    {
        if (message.StartsWith("Invalid newline in a string", StringComparison.Ordinal))
        {
            return ScenarioFileText.SyntaxNewlineInString;
        }
        if (message.Contains("while parsing inline table", StringComparison.Ordinal))
        {
            return ScenarioFileText.SyntaxInlineTableOpen;
        }
        if (System.Text.RegularExpressions.Regex.Match(message, @"^Unexpected token `([^`]*)` for a value") is { Success: true } token)
        {
            return Text.Format(ScenarioFileText.SyntaxNoValue, token.Groups[1].Value);
        }
        if (System.Text.RegularExpressions.Regex.Match(message, @"^The key `([^`]*)` is already defined at \((\d+),\d+\)") is { Success: true } twice)
        {
            return Text.Format(ScenarioFileText.SyntaxKeyTwice, twice.Groups[1].Value, twice.Groups[2].Value);
        }
        return message;
    }

    private void Add(SyntaxNode at, string found, string expected) => Add(TomlEntry.Line(at), TomlEntry.Column(at), found, expected);

    private void Add(int line, int column, string found, string expected) =>
        issues.Add(new ValidationIssue(path, line, null, found, expected, column) { Cell = Where(line, column) });

    private string Where(SyntaxNode at) => Where(TomlEntry.Line(at), TomlEntry.Column(at));

    private string Where(int line, int column) => string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}");

    private string Found(TomlEntry entry) =>
        entry.Value is { } v ? TomlEntry.SourceText(text, v) : entry.Items is not null ? $"[[{entry.Path}]]" : $"{entry.Name} = {{ … }}";

    /// <summary>Refuses every key of <paramref name="table"/> not in <paramref name="allowed"/>, suggesting the nearest.</summary>
    private void Known(TomlEntry table, IReadOnlyList<string> allowed)
    {
        string where = table.Path.Length == 0 ? ScenarioFileText.TopLevel : $"[{table.Path}]";
        foreach (var child in table.Children ?? [])
        {
            if (!allowed.Contains(child.Name))
            {
                string nearest = Nearest(child.Name, allowed) is { } n ? Text.Format(ScenarioFileText.DidYouMean, n) : "";
                Add(child.At, child.Name, Text.Format(ScenarioFileText.ExpectedKeyOf, where, string.Join(", ", allowed)) + nearest);
            }
        }
    }

    /// <summary>A suggestion for an unknown lever: the nearest key, or the key whose Chinese or English name was written.</summary>
    private string Suggestion(string written)
    {
        var byName = catalogue.All.FirstOrDefault(l => l.NameZh == written.Trim() || string.Equals(l.NameEn, written.Trim(), StringComparison.OrdinalIgnoreCase));
        var nearest = byName ?? (Nearest(written, [.. catalogue.All.Select(l => l.Key)]) is { } key ? catalogue.Find(key) : null);
        return nearest is null ? "" : Text.Format(ScenarioFileText.DidYouMean, Name(nearest));
    }

    /// <summary>The candidate nearest to <paramref name="written"/> (NearMiss's optimal string alignment distance, case ignored) when it is close:
    /// at most 2 edits, or a third of the word's length for longer words (lever keys are long: NearMiss.Suggest stops at 2).</summary>
    internal static string? Nearest(string written, IReadOnlyList<string> candidates)
    {
        string w = written.ToLowerInvariant();
        int limit = Math.Max(2, w.Length / 3);
        return candidates.Select(c => (Candidate: c, Distance: Core.Factors.NearMiss.Distance(w, c.ToLowerInvariant()))).Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance).Select(x => x.Candidate).FirstOrDefault();
    }

    /// <summary>The required key <paramref name="key"/> of <paramref name="table"/>, or null with an issue at the table.</summary>
    private TomlEntry? Field(TomlEntry table, string key, string expected)
    {
        if (table[key] is { } entry)
        {
            return entry;
        }
        Add(table.At, ScenarioFileText.FoundNothing, Text.Format(ScenarioFileText.ExpectedRequired, key, $"[{table.Path}]", expected));
        return null;
    }

    private bool IsTable(TomlEntry entry)
    {
        if (entry.IsTable)
        {
            return true;
        }
        Add(entry.Value ?? entry.At, Found(entry), Text.Format(ScenarioFileText.ExpectedTable, entry.Path));
        return false;
    }

    private string? String(TomlEntry entry, string expected)
    {
        if (entry.Value is StringValueSyntax s && s.Value is { } value)
        {
            return value;
        }
        Add(entry.Value ?? entry.At, Found(entry), expected);
        return null;
    }

    private bool? Bool(TomlEntry entry)
    {
        if (entry.Value is BooleanValueSyntax b)
        {
            return b.Value;
        }
        Add(entry.Value ?? entry.At, Found(entry), ScenarioFileText.ExpectedBool);
        return null;
    }

    private double? Number(TomlEntry entry)
    {
        double? value = entry.Value switch
        {
            IntegerValueSyntax i => i.Value,
            FloatValueSyntax f => f.Value,
            _ => null,
        };
        if (value is { } v && double.IsFinite(v))
        {
            return v;
        }
        Add(entry.Value ?? entry.At, Found(entry), ScenarioFileText.ExpectedNumber);
        return null;
    }

    private int? Year(TomlEntry entry, int min, int max, string expected)
    {
        if (entry.Value is IntegerValueSyntax i && i.Value >= min && i.Value <= max)
        {
            return (int)i.Value;
        }
        Add(entry.Value ?? entry.At, Found(entry), expected);
        return null;
    }

    private static string SettingExpected(LeverDefinition lever) => lever.Kind switch
    {
        LeverKind.Rate => Text.Format(ScenarioFileText.ExpectedRateSetting, Name(lever)),
        LeverKind.Level => Text.Format(ScenarioFileText.ExpectedLevelSetting, Name(lever)),
        _ => Text.Format(ScenarioFileText.ExpectedRatioSetting, Name(lever)),
    };

    /// <summary>The lever as a person reads it: its name in the reader's language, the key in brackets.</summary>
    private static string Name(LeverDefinition lever) => $"{(UiCulture.IsChinese ? lever.NameZh : lever.NameEn)} [{lever.Key}]";

    /// <summary>The base-year quantity a city-shared lever is shared by, in words (the catalogue's <c>weight</c> column).</summary>
    private static string WeightName(string weight) => weight switch
    {
        "renewable_capacity" => ScenarioFileText.WeightRenewableCapacity,
        "steel_t" => ScenarioFileText.WeightSteel,
        "ferroalloy_t" => ScenarioFileText.WeightFerroalloy,
        "coke_t" => ScenarioFileText.WeightCoke,
        "coal_chemical_co2" => ScenarioFileText.WeightCoalChemicalCo2,
        _ => weight,
    };

    private string RegionName(RegionCode code) =>
        regions.Contains(code) ? $"{code.Value} {(UiCulture.IsChinese ? regions[code].NameZh : regions[code].NameEn)}" : code.Value;

    [GeneratedRegex("^[a-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
