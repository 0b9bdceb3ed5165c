using System.Text.Json;
using GhgInventory.Cli;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Scenarios;

/// <summary>Issue 16: the C# engine against the independent numpy implementation (tools/Benchmarks/scenario_numpy.py), both written
/// from docs/scenarios.md, on samples/ordos/plan.toml and the demo database.</summary>
/// <remarks>
/// What the C# side is assumed to print (`ghg scenario run … --format json`): the summary keys at the top level for the city
/// (<c>peak_year</c>, <c>peak_co2e_t</c>, <c>p_peak_by_2025</c>, <c>p_peak_by_2030</c>, <c>path</c>: [{year, central, …}]) and an
/// array <c>areas</c> of the city and every part, each with <c>region</c>, <c>is_city_rest</c> and its own <c>path</c>. Where the
/// merged CLI names them otherwise, <see cref="CentralPaths"/> is the one place to adapt.
/// </remarks>
[TestFixture]
public sealed class Issue16_NumpyCrossCheckTests
{
    private const string City = "150600";
    private TempFolder temp = null!;
    private string plan = null!;
    private string baseJson = null!;

    [OneTimeSetUp]
    public void OneTimeSetUp()
    {
        temp = TempFolder.Create("ghg-numpy-cross");
        plan = Path.Combine(RepositoryPaths.Root, "samples", "ordos", "plan.toml");
        var demo = CliRunner.Run("demo", "--db", temp.Db);
        Assert.That(demo.ExitCode, Is.EqualTo(ExitCodes.Success), demo.ToString());
        baseJson = Path.Combine(temp.Path, "base.json");
        var written = CliRunner.Run("scenario", "base", plan, "--db", temp.Db, "--out", baseJson);
        Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
    }

    [OneTimeTearDown]
    public void OneTimeTearDown() => temp.Dispose();

    [Test]
    public void CentralPathsAgreeWithNumpyWithin1e9RelativeForTheCityAndEveryBanner()
    {
        var ghg = CliRunner.Run("scenario", "run", plan, "--db", temp.Db, "--iterations", "0", "--format", "json");
        Assert.That(ghg.ExitCode, Is.EqualTo(ExitCodes.Success), ghg.ToString());
        var numpy = NumpyScript.Run(baseJson, plan, "--central");
        Assert.That(numpy.ExitCode, Is.EqualTo(0), numpy.ToString());

        var expected = NumpyCentral(numpy.Out);
        var actual = CentralPaths(ghg.Out);
        // the city and the nine banners at least (the city's rest too when the base has one)
        Assert.That(expected.Keys, Has.Member(City));
        Assert.That(expected.Keys.Count(k => k.Length == 6 && k != City), Is.EqualTo(9), string.Join(", ", expected.Keys));
        foreach (var (area, years) in expected)
        {
            Assert.That(actual.ContainsKey(area), Is.True, $"ghg prints no central path for {area}");
            Assert.That(years.Keys.Min(), Is.EqualTo(2024));
            Assert.That(years.Keys.Max(), Is.EqualTo(2060));
            foreach (var (year, value) in years)
            {
                Assert.That(actual[area].TryGetValue(year, out double got), Is.True, $"{area} {year} missing in ghg's path");
                double scale = Math.Max(Math.Abs(value), 1.0);
                Assert.That(Math.Abs(got - value) / scale, Is.LessThanOrEqualTo(1e-9), $"{area} {year}: ghg {got:R}, numpy {value:R}");
            }
        }
    }

    [Test]
    public void ProbabilityOfPeakingBy2030AgreesWithNumpyWithinFourCombinedStandardErrors()
    {
        const int runs = 10_000;
        var ghg = CliRunner.Run("scenario", "run", plan, "--db", temp.Db, "--iterations", $"{runs}", "--seed", "1", "--format", "json");
        Assert.That(ghg.ExitCode, Is.EqualTo(ExitCodes.Success), ghg.ToString());
        var numpy = NumpyScript.Run(baseJson, plan, "--iterations", $"{runs}", "--seed", "1");
        Assert.That(numpy.ExitCode, Is.EqualTo(0), numpy.ToString());

        double p1 = Summary(ghg.Out, "p_peak_by_2030");
        double p2 = Summary(numpy.Out, "p_peak_by_2030");
        // two independent binomial shares of n runs: SE of the difference = √(p1(1 − p1)/n + p2(1 − p2)/n)
        double se = Math.Sqrt((p1 * (1 - p1) / runs) + (p2 * (1 - p2) / runs));
        Assert.That(Math.Abs(p1 - p2), Is.LessThanOrEqualTo(4 * se), $"ghg {p1}, numpy {p2}, 4 SE = {4 * se}");
        // the central peak does not depend on the draws: it must agree as closely as the central path
        double c1 = Summary(ghg.Out, "peak_co2e_t");
        double c2 = Summary(numpy.Out, "peak_co2e_t");
        Assert.That(Math.Abs(c1 - c2) / c2, Is.LessThanOrEqualTo(1e-9), $"peak_co2e_t ghg {c1:R}, numpy {c2:R}");
    }

    private static double Summary(string json, string key)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.That(doc.RootElement.TryGetProperty(key, out var value), Is.True, $"no {key} at the top of {json[..Math.Min(json.Length, 400)]}");
        return value.GetDouble();
    }

    /// <summary>numpy --central: {"years": [...], "areas": [{"region", "is_city_rest", "co2e_t": [...]}]}; the city's rest is "CODE/rest".</summary>
    private static Dictionary<string, Dictionary<int, double>> NumpyCentral(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var years = doc.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        var result = new Dictionary<string, Dictionary<int, double>>();
        foreach (var area in doc.RootElement.GetProperty("areas").EnumerateArray())
        {
            string key = area.GetProperty("region").GetString()! + (area.GetProperty("is_city_rest").GetBoolean() ? "/rest" : "");
            var values = area.GetProperty("co2e_t").EnumerateArray().Select(v => v.GetDouble()).ToList();
            result[key] = years.Zip(values).ToDictionary(p => p.First, p => p.Second);
        }
        return result;
    }

    /// <summary>ghg's central path by area (see the class remarks for the shape assumed).</summary>
    private static Dictionary<string, Dictionary<int, double>> CentralPaths(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var result = new Dictionary<string, Dictionary<int, double>>();
        // ghg prints "areas" as an object keyed by the banner's code, the city's own lines in no banner under "city_rest".
        foreach (var area in root.GetProperty("areas").EnumerateObject())
        {
            bool rest = area.Value.GetProperty("city_rest").GetBoolean();
            result[area.Value.GetProperty("region").GetString()! + (rest ? "/rest" : "")] = ReadPath(area.Value.GetProperty("path"));
        }
        if (!result.ContainsKey(City) && root.TryGetProperty("path", out var cityPath))
        {
            result[City] = ReadPath(cityPath);
        }
        return result;
    }

    private static Dictionary<int, double> ReadPath(JsonElement path) =>
        path.EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32(), p => p.GetProperty("central_co2e_t").GetDouble());
}
