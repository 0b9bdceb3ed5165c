using System.Globalization;
using GhgInventory.Data;
using GhgInventory.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace GhgInventory.Tests.Scenarios;

/// <summary>Issue 16: the bundled scenarios samples/ordos/{baseline,plan,enhanced}.toml, read with Tomlyn (independently of the
/// scenario reader) against the lever catalogue and docs/scenarios.md §5–§6, and the plan's figures in plan.toml.</summary>
[TestFixture]
public sealed class Issue16_BundledScenariosTests
{
    private static readonly string[] Names = ["baseline", "plan", "enhanced"];
    private static readonly string[] Distributions = ["normal", "lognormal", "triangular", "uniform"];

    private static string Folder => Path.Combine(RepositoryPaths.Root, "samples", "ordos");

    private static TomlTable Load(string name) =>
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Folder, name + ".toml")))!;

    /// <summary>key → (kind, unit, base) of emission-factors/vocabulary/scenario-levers.csv (no quoted commas in those columns).</summary>
    private static Dictionary<string, (string Kind, string Unit, string Base)> Catalogue() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "emission-factors", "vocabulary", "scenario-levers.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => (c[1], c[2], c[5]));

    private static TomlTable Levers(TomlTable doc) => (TomlTable)doc["levers"];

    private static double Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    [TestCaseSource(nameof(Names))]
    public void HeaderIsTheOrdosCityFrom2024To2060AndIllustrative(string name)
    {
        var scenario = (TomlTable)Load(name)["scenario"];

        Assert.That(scenario["name"], Is.EqualTo(name));
        Assert.That(scenario["illustrative"], Is.True);
        Assert.That(scenario["region"], Is.EqualTo("150600"));
        Assert.That(scenario["base_run"], Is.EqualTo("latest"));
        Assert.That(Number(scenario["base_year"]), Is.EqualTo(2024));
        Assert.That(Number(scenario["horizon"]), Is.EqualTo(2060));
        Assert.That((string)scenario["title"], Does.Contain("示意").And.Contain("illustrative"));
        Assert.That(((string)scenario["description"]).Length, Is.GreaterThan(100));
    }

    [TestCaseSource(nameof(Names))]
    public void EveryLeverIsInTheCatalogueWithItsUnitAndASource(string name)
    {
        var catalogue = Catalogue();
        var levers = Levers(Load(name));

        Assert.That(levers.Count, Is.GreaterThanOrEqualTo(20));
        foreach (var (key, value) in levers)
        {
            var lever = (TomlTable)value;
            Assert.That(catalogue.ContainsKey(key), Is.True, $"{name}: {key} is not in the catalogue");
            Assert.That(lever["unit"], Is.EqualTo(catalogue[key].Unit), $"{name}: unit of {key}");
            Assert.That(((string)lever["source"]).Length, Is.GreaterThan(10), $"{name}: source of {key}");
            bool hasPath = lever.ContainsKey("path");
            Assert.That(hasPath ^ lever.ContainsKey("value"), Is.True, $"{name}: {key} needs a path or a value, not both");
            if (catalogue[key].Kind == "ratio")
            {
                Assert.That(hasPath, Is.False, $"{name}: {key} is a ratio (no path)");
            }
            if (catalogue[key].Kind == "level" && catalogue[key].Base == "file")
            {
                // docs/scenarios.md §5: a level whose base comes from the file has a point at or before the base year
                Assert.That(hasPath && ((TomlTable)lever["path"]).Keys.Any(y => int.Parse(y, CultureInfo.InvariantCulture) <= 2024), Is.True,
                    $"{name}: {key} needs a point at or before 2024");
            }
            if (!hasPath)
            {
                continue;
            }
            foreach (var (year, point) in (TomlTable)lever["path"])
            {
                Assert.That(int.Parse(year, CultureInfo.InvariantCulture), Is.InRange(2000, 2060), $"{name}: {key} year {year}");
                if (point is TomlTable dist)
                {
                    Assert.That(Distributions, Has.Member(dist["dist"]), $"{name}: {key} {year}");
                    Assert.That((string)lever["source"], Does.Contain("illustrative"), $"{name}: {key}: the spread is explained as illustrative");
                }
            }
        }
    }

    [TestCaseSource(nameof(Names))]
    public void CorrelationsJoinTwoUncertainLeversOfTheFile(string name)
    {
        var doc = Load(name);
        var levers = Levers(doc);
        var uncertain = levers.Where(l => ((TomlTable)l.Value).TryGetValue("path", out var p)
            && ((TomlTable)p).Values.Any(v => v is TomlTable)).Select(l => l.Key).ToHashSet();

        var correlations = (TomlTableArray)doc["correlation"];
        Assert.That(correlations.Count, Is.InRange(1, 2));
        foreach (TomlTable c in correlations)
        {
            Assert.That(uncertain, Has.Member(c["a"]).And.Member(c["b"]), name);
            Assert.That(Math.Abs(Number(c["rho"])), Is.LessThan(1));
        }
        Assert.That(uncertain, Is.SupersetOf(new[] { "gdp_growth", "energy_intensity_industry", "renewable_capacity", "coal_chemical_output" }));
    }

    [Test]
    public void PlanCarriesThePlanFiguresAndMarksWhatWasNotRead()
    {
        var levers = Levers(Load("plan"));
        double PathAt(string key, string year) => Number(((TomlTable)((TomlTable)levers[key])["path"])[year]);

        Assert.That(PathAt("renewable_capacity", "2025"), Is.EqualTo(50));      // 5000 万千瓦
        Assert.That(PathAt("electrification", "2025"), Is.EqualTo(25));         // 电能占终端能源消费比重 25 %
        Assert.That(PathAt("coal_power_rate", "2025"), Is.EqualTo(305));        // gce/kWh
        Assert.That(PathAt("rail_freight_share", "2025"), Is.EqualTo(85));
        Assert.That(PathAt("steel_cap", "2024"), Is.EqualTo(100));              // 万吨
        Assert.That(PathAt("ferroalloy_cap", "2024"), Is.EqualTo(200));
        Assert.That(PathAt("coke_cap", "2024"), Is.EqualTo(1550));
        // −16.5 % in 2021–2025 as a yearly rate: 1 − 0.835^(1/5) = 1 − 0.96459 = 0.03541 → 3.5 %/a
        Assert.That(PathAt("energy_intensity_industry", "2025"), Is.EqualTo(3.5));
        foreach (var (key, value) in levers)
        {
            string source = (string)((TomlTable)value)["source"];
            if (source.Contains("鄂环发〔2023〕76号", StringComparison.Ordinal))
            {
                Assert.That(source, Does.Contain("UNVERIFIED"), $"{key}: the plan's text was not read, its figures are marked");
            }
        }
    }

    [TestCaseSource(nameof(Names))]
    public void ScenarioIsBundledInTheDataAssemblyAsInTheRepository(string name) =>
        Assert.That(BundledData.ReadAllBytes($"samples/ordos/{name}.toml"), Is.EqualTo(File.ReadAllBytes(Path.Combine(Folder, name + ".toml"))));
}
