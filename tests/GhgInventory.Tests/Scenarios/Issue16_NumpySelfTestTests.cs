using System.Text.Json;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Scenarios;

/// <summary>Issue 16: the numpy second implementation (tools/Benchmarks/scenario_numpy.py) checks itself on hand cases and reads a
/// hand-written base (tools/Benchmarks/scenario_two_parts_base.json) so that its base year ties out to the base (docs/scenarios.md §1).</summary>
[TestFixture]
public sealed class Issue16_NumpySelfTestTests
{
    [Test]
    public void SelfTestPassesOnTheHandCases()
    {
        var result = NumpyScript.Run("--self-test");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        // CO2_t = 250 (1.05 × 0.97)^(t − 2024): 2025 250 × 1.0185 = 254.625; 2034 250 × 1.0185^10 = 300.296549…
        Assert.That(result.Out, Does.Contain("ok   Kaya path CO2_b (1.05 × 0.97)^(t−b) (2025 254.625000 vs 254.625, 2034 300.296549"));
        Assert.That(result.Out, Does.Contain("ok   value + from: peak 2026 at 275.625"));
        Assert.That(result.Out, Does.Not.Contain("FAIL"));
        Assert.That(result.Out.TrimEnd(), Does.EndWith("self-test: passed"));
    }

    /// <summary>Every lever of plan.toml is 1 in the base year, so 2024 repeats the base: the sum of each part's gases and blocks.</summary>
    /// <remarks>
    /// Per unit scale s (AR5: CH4 28, N2O 265), t CO2e: industry 1.05e7 + 7.6e4 + 1.4e6 + 1200 × 28 + 180 × 265 = 12,057,300;
    /// transport 6.0e5 + 1.7e5 + 60 × 28 + 30 × 265 = 779,630; buildings 1.2e5 + 4.3e4 + 1.1e5 + 900 × 28 + 5 × 265 = 299,525;
    /// power 1.3e7 + 2200 + 33,000 + 140 × 28 + 210 × 265 = 13,094,770; other energy industry 75,000 + 65,000 + 3 × 28 + 265 = 140,349;
    /// blocks without LULUCF 1.3e7 + 1.32e6 + 3.7e6 + 8.6e5 + 3.3e5 + 2.0e4 + 4.4e5 + 9.5e4 = 19,765,000; sum 46,136,574.
    /// 150622 (s = 2.5, ferroalloys 4.83e6): 2.5 × 46,136,574 + 4,830,000 = 120,171,435.
    /// 150624 (s = 1, coke making 3.0e5 + 1.6e4 + 2 × 28 + 4 × 265 = 317,116, steel 32,000, ferroalloys 4,830,000): 51,315,690.
    /// City 171,487,125; with LULUCF (−1.1e6 × 3.5) 167,637,125.
    /// </remarks>
    [Test]
    public void BaseYearOfAHandWrittenTwoPartBaseTiesOutToItsLines()
    {
        string baseJson = Path.Combine(RepositoryPaths.Root, "tools", "Benchmarks", "scenario_two_parts_base.json");
        string plan = Path.Combine(RepositoryPaths.Root, "samples", "ordos", "plan.toml");

        var result = NumpyScript.Run(baseJson, plan, "--central");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var doc = JsonDocument.Parse(result.Out);
        var areas = doc.RootElement.GetProperty("areas").EnumerateArray()
            .ToDictionary(a => a.GetProperty("region").GetString()!, a => a);
        Assert.That(doc.RootElement.GetProperty("years")[0].GetInt32(), Is.EqualTo(2024));
        Assert.That(doc.RootElement.GetProperty("years").GetArrayLength(), Is.EqualTo(2060 - 2024 + 1));
        Assert.That(areas["150622"].GetProperty("co2e_t")[0].GetDouble(), Is.EqualTo(120_171_435.0).Within(1e-6));
        Assert.That(areas["150624"].GetProperty("co2e_t")[0].GetDouble(), Is.EqualTo(51_315_690.0).Within(1e-6));
        Assert.That(areas["150600"].GetProperty("co2e_t")[0].GetDouble(), Is.EqualTo(171_487_125.0).Within(1e-6));
        Assert.That(areas["150600"].GetProperty("co2e_including_lulucf_t")[0].GetDouble(), Is.EqualTo(167_637_125.0).Within(1e-6));
        // the city is the sum of its parts in every year (docs/scenarios.md §2)
        for (int i = 0; i <= 2060 - 2024; i++)
        {
            double sum = areas["150622"].GetProperty("co2e_t")[i].GetDouble() + areas["150624"].GetProperty("co2e_t")[i].GetDouble();
            Assert.That(areas["150600"].GetProperty("co2e_t")[i].GetDouble(), Is.EqualTo(sum).Within(1e-6 * sum), $"year {2024 + i}");
        }
    }

    /// <summary>A base whose writer names a field otherwise (here consumption_kwh) is refused, never read as 0; so is an unknown block kind.</summary>
    [TestCase("\"consumption_kwh\"", "\"consumption\"", "the base has no field consumption_kwh in part 150622")]
    [TestCase("\"fugitive_coal\"", "\"fugitive_kole\"", "block kind 'fugitive_kole' is unknown")]
    [TestCase("\"fugitive_coal\"", "4", "part 150622: block coalchemical is given twice")]
    public void ABaseFieldNamedOtherwiseIsRefused(string from, string to, string message)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tools", "Benchmarks", "scenario_two_parts_base.json"));
        Assert.That(text, Does.Contain(from));
        using var temp = TempFolder.Create("ghg-numpy-base");
        string baseJson = temp.Write("base.json", text.Replace(from, to, StringComparison.Ordinal));

        var result = NumpyScript.Run(baseJson, Path.Combine(RepositoryPaths.Root, "samples", "ordos", "plan.toml"), "--central");

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void ALeverInAnotherUnitIsRefusedNotConverted()
    {
        string baseJson = Path.Combine(RepositoryPaths.Root, "tools", "Benchmarks", "scenario_two_parts_base.json");
        using var temp = TempFolder.Create("ghg-numpy-unit");
        string file = temp.Write("bad.toml", "[scenario]\nname = \"bad\"\nregion = \"150600\"\nbase_year = 2024\nhorizon = 2030\n"
            + "[levers.ccus_capture]\nunit = \"t\"\nsource = \"test\"\npath = { 2024 = 0, 2030 = 100 }\n");

        var result = NumpyScript.Run(baseJson, file, "--central");

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.Error, Does.Contain("lever ccus_capture has unit 't', the catalogue's is '万吨'"));
    }
}
