using GhgInventory.Core.Domain;
using GhgInventory.Core.Scenarios;

namespace GhgInventory.Tests.Core.Scenarios;

/// <summary>Small hand-built bases, scenario files and the bundled catalogue for the projection tests (issue 16).</summary>
internal static class ScenarioBuilders
{
    /// <summary>tce/kWh of the account's basis (coal-equivalent, distinct from the calorific one so a mix-up shows).</summary>
    public const double Ke = 3.0e-4;

    /// <summary>tce/kWh, calorific equivalent of electricity (GB/T 2589-2020: 0.1229 kgce/kWh).</summary>
    public const double Kcal = 1.229e-4;

    public const int BaseYear = 2020;
    public static readonly RegionCode City = RegionCode.Parse("150600");

    private static LeverCatalogue? catalogue;

    /// <summary>The catalogue read from emission-factors/vocabulary/scenario-levers.csv (no quoted fields in it).</summary>
    public static LeverCatalogue Catalogue()
    {
        if (catalogue is not null)
        {
            return catalogue;
        }
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (!File.Exists(System.IO.Path.Combine(dir!.FullName, "emission-factors", "vocabulary", "scenario-levers.csv")))
        {
            dir = dir.Parent;
        }
        var lines = File.ReadAllLines(System.IO.Path.Combine(dir.FullName, "emission-factors", "vocabulary", "scenario-levers.csv")).Skip(1);
        var levers = lines.Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f => new LeverDefinition(f[0],
            f[1] switch { "rate" => LeverKind.Rate, "level" => LeverKind.Level, _ => LeverKind.Ratio }, f[2],
            f[3] switch { "region" => LeverScope.Region, "city_delta" => LeverScope.CityDelta, _ => LeverScope.CityShared }, f[4],
            f[5] switch { "inventory" => LeverBase.Inventory, "file" => LeverBase.File, _ => LeverBase.None },
            f[6].Length == 0 ? null : double.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture), f[7], f[8], f[9]));
        return catalogue = new LeverCatalogue(levers);
    }

    public static EnergyAccountBase Account(double gross = 0, double coal = 0, double nonFossil = 0, double feedstock = 0, double final = 0,
        double finalElectricityKwh = 0, double? industry = null, double netImportKwh = 0, double? renewableKwh = null, double? renewable2020Kwh = null,
        double energyCo2 = 0, double fossil = 0) =>
        new(gross, fossil, coal, nonFossil, feedstock, final, finalElectricityKwh, industry, netImportKwh, Ke, Kcal, renewableKwh, renewable2020Kwh, energyCo2);

    public static SectorBase Sector(double coal = 0, double oil = 0, double gas = 0, double co2Coal = 0, double co2Oil = 0, double co2Gas = 0,
        double ch4 = 0, double n2o = 0, double electricityKwh = 0) =>
        new(new FuelAmounts(coal, oil, gas), new FuelAmounts(co2Coal, co2Oil, co2Gas), ch4, n2o, electricityKwh);

    /// <summary>A part with nothing in it but GDP 10^9 yuan (VA 10 %, 50 %, 40 %; industrial value added the whole secondary 5e8, no
    /// construction) and 10^5 people.</summary>
    public static RegionBase Part(string code, bool cityRest = false) =>
        new(RegionCode.Parse(code), cityRest, 1e9, 1e8, 5e8, 4e8, 1e5, SectorBase.Empty, SectorBase.Empty, SectorBase.Empty, SectorBase.Empty, 0,
            SectorBase.Empty, SectorBase.Empty, 0, null, Account(), new ProductOutputs(null, null, null, null), [], []) { VaIndustryYuan = 5e8 };

    public static ScenarioBase Base(params RegionBase[] parts) =>
        new(City, 1, "hash", BaseYear, new ScenarioGwp("AR5", 28, 265), parts,
            new ScenarioHistory(new Dictionary<(RegionCode, int), double>(), new Dictionary<(RegionCode, int), double>(), []), [], []);

    public static ScenarioDefinition Scenario(int horizon, params LeverSetting[] levers) => Scenario(horizon, levers, []);

    public static ScenarioDefinition Scenario(int horizon, IReadOnlyList<LeverSetting> levers, IReadOnlyList<LeverCorrelation> correlations) =>
        new("test", "test (illustrative)", "", true, City, null, BaseYear, horizon, null, null, levers, correlations, "plan.toml", "sha");

    private static int line = 10;

    /// <summary>A path setting; each point a fixed value (year, value, year, value …).</summary>
    public static LeverSetting Path(string key, params double[] yearValue) => Path(key, null, yearValue);

    public static LeverSetting Path(string key, RegionCode? region, params double[] yearValue)
    {
        string at = $"plan.toml:{++line}:1";
        var points = new List<PathPoint>();
        for (int i = 0; i < yearValue.Length; i += 2)
        {
            points.Add(new PathPoint((int)yearValue[i], new Uncertain.Fixed(yearValue[i + 1]), at));
        }
        return new LeverSetting(key, Catalogue().Find(key)!.Unit, "illustrative", region, points, null, at);
    }

    /// <summary>A <c>value</c> setting (one point, every year).</summary>
    public static LeverSetting Value(string key, double value) => Path(key, BaseYear, value);

    /// <summary>A setting whose single point is a distribution: one uncertain dimension.</summary>
    public static LeverSetting Uncertain(string key, double min, double max)
    {
        string at = $"plan.toml:{++line}:1";
        return new LeverSetting(key, Catalogue().Find(key)!.Unit, "illustrative", null,
            [new PathPoint(BaseYear, new Uncertain.UniformValue(min, max), at)], null, at);
    }
}
