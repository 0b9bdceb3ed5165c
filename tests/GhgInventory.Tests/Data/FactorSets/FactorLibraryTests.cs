using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;

namespace GhgInventory.Tests.Data.FactorSets;

/// <summary>Data tests of every bundled factor set (emission-factors/): provenance on every row, known units, no duplicates, internal consistency.</summary>
[TestFixture]
public sealed class FactorLibraryTests
{
    /// <summary>Factor values are compared as written in the factor file: they are read, not computed.</summary>
    private const double AsWritten = 0.0;

    private IReadOnlyList<FactorSetDefinition> sets = null!;

    [OneTimeSetUp]
    public void LoadBundledSets()
    {
        var activities = ReferenceDataLoader.ParseActivities(CsvTable.ReadBundled("emission-factors/vocabulary/activities.csv",
            ["activity", "name_zh", "name_en", "dimension", "kind"], ["ipcc_fuel"]));
        sets = FactorLibrary.LoadBundled(activities.Select(a => a.Key).ToHashSet());
    }

    private static IEnumerable<string> SetKeys() =>
        ["china-provincial-2011", "gbt-32151-2024", "gbt-2589", "china-grid-ef", "ipcc-2006", "ipcc-2006-mobile", "china-provincial-2025", "ipcc-2006-fugitive", "china-livestock", "ipcc-2006-afolu-agri", "coal-chemical-carbon", "ipcc-2006-afolu-land", "ipcc-2006-ippu", "ipcc-2006-waste"];

    [Test]
    public void LoadBundled_EverySetOfTheManifest_IsLoadedWithTheGwpTable()
    {
        Assert.That(sets.Select(s => s.Key), Is.EqualTo(SetKeys().Append("gwp100")));
        Assert.That(sets.Where(s => s.Key != "gwp100").Select(s => s.Factors.Count), Has.All.GreaterThan(0));
    }

    [TestCaseSource(nameof(SetKeys))]
    public void LoadBundled_EveryRow_HasSourceTableAndStatus(string key)
    {
        var set = Set(key);
        using (Assert.EnterMultipleScope())
        {
            foreach (var f in set.Factors)
            {
                string row = $"{key} line {f.Id} ({f.Activity} {f.Parameter} {f.Gas})";
                Assert.That(f.Source, Is.Not.Empty, row);
                Assert.That(f.Table, Is.Not.Null.And.Not.Empty, row);
                // The loader writes "unstated" when the status column is blank.
                Assert.That(f.Status, Is.Not.Empty.And.Not.EqualTo("unstated"), row);
            }
        }
    }

    [TestCaseSource(nameof(SetKeys))]
    public void LoadBundled_EveryUnit_IsAKnownFactorUnitOfTheParametersKind(string key)
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var f in Set(key).Factors)
            {
                string row = $"{key} line {f.Id} ({f.Activity} {f.Parameter})";
                Assert.That(FactorUnit.TryParse(f.Unit.Symbol, out _), Is.True, row);
                if (Parameters.ExpectedKind.TryGetValue(f.Parameter, out var kind))
                {
                    Assert.That(f.Unit.Numerator, Is.EqualTo(kind), row);
                }
            }
        }
    }

    [TestCaseSource(nameof(SetKeys))]
    public void LoadBundled_NoTwoRows_ShareAKey(string key)
    {
        var duplicates = Set(key).Factors
            .GroupBy(f => (f.Activity, f.Parameter, f.Gas, f.Category, f.Region, f.ValidFrom, f.ValidTo))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} on lines {string.Join(", ", g.Select(f => f.Id))}");
        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void Ipcc2006_CarbonContentTimes44Over12_EqualsTheDefaultCo2Factor()
    {
        // IPCC 2006 Vol 2 Table 1.4 derives the CO2 factor from Table 1.3: EF (kg CO2/TJ) = CC (kg C/GJ) × 44/12 × 1000,
        // rounded to three significant figures (e.g. raw coal 25.8 × 44/12 × 1000 = 94 600; coke 29.2 → 107 067 vs 107 000).
        const double RelTol = 0.005; // the table's rounding to three significant figures
        var ipcc = Set("ipcc-2006").Factors;
        var carbon = ipcc.Where(f => f.Parameter == Parameters.CarbonContent).ToDictionary(f => f.Activity!);
        var co2 = ipcc.Where(f => f.Parameter == Parameters.EmissionFactor && f.Gas == "CO2" && f.Category is null).ToDictionary(f => f.Activity!);
        var both = carbon.Keys.Intersect(co2.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.That(both, Has.Count.GreaterThanOrEqualTo(20), "fuels with both a carbon content and a CO2 factor");
        using (Assert.EnterMultipleScope())
        {
            foreach (var fuel in both)
            {
                Assert.That(carbon[fuel].Unit.Symbol, Is.EqualTo("kgC/GJ"), fuel);
                Assert.That(co2[fuel].Unit.Symbol, Is.EqualTo("kgCO2/TJ"), fuel);
                double derived = carbon[fuel].Value * 44.0 / 12.0 * 1000;
                Assert.That(derived, Is.EqualTo(co2[fuel].Value).Within(RelTol * co2[fuel].Value), fuel);
            }
        }
    }

    // The per-unit CO2 factors of the widely circulated table 各种能源折标准煤及碳排放参考系数, which the provincial set transcribes:
    //   raw coal    20908 kJ/kg × 26.37 tC/TJ × 0.94 × 44/12 = 1.9002988 t CO2/t   → 1.9003
    //   coke        28435 kJ/kg × 29.5  tC/TJ × 0.93 × 44/12 = 2.8604188 t CO2/t   → 2.8604
    //   diesel      42652 kJ/kg × 20.2  tC/TJ × 0.98 × 44/12 = 3.0959096 t CO2/t   → 3.0959
    //   natural gas 38931 kJ/m3 × 15.3  tC/TJ × 0.99 × 44/12 = 2.1621888 kg CO2/m3 → 2.1622
    [TestCase("raw_coal", 1.9003, 1.0)]
    [TestCase("coke", 2.8604, 1.0)]
    [TestCase("diesel", 3.0959, 1.0)]
    [TestCase("natural_gas", 2.1622, 1000.0)]
    public void ChinaProvincial2011_NcvTimesCarbonTimesOxidation_ReproducesThePublishedFactor(string fuel, double published, double perBaseToPublished)
    {
        const double PublishedRounding = 0.00005; // the table prints four decimals
        var set = Set("china-provincial-2011").Factors.Where(f => f.Activity == fuel).ToList();
        double ncv = set.Single(f => f.Parameter == Parameters.Ncv).EngineValue;
        double carbon = set.Single(f => f.Parameter == Parameters.CarbonContent).EngineValue;
        double oxidation = set.Single(f => f.Parameter == Parameters.Oxidation).EngineValue;
        // Engine units: GJ per t (or m3) × tC/GJ × fraction × 44/12 = t CO2 per t (or m3); natural gas is published per m3 in kg.
        double perUnit = ncv * carbon * oxidation * 44.0 / 12.0 * perBaseToPublished;
        Assert.That(perUnit, Is.EqualTo(published).Within(PublishedRounding));
    }

    [TestCase("SAR", 21, 310)]
    [TestCase("AR4", 25, 298)]
    [TestCase("AR5", 28, 265)]
    [TestCase("AR6", 27.9, 273)]
    public void Gwp100_Set_HasThePublishedMethaneAndNitrousOxideValues(string gwpSet, double ch4, double n2o)
    {
        var values = Set("gwp100").GwpValues.Where(v => v.GwpSet == gwpSet).ToDictionary(v => v.Gas, v => v.Value);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(values["CO2"], Is.EqualTo(1).Within(AsWritten));
            Assert.That(values["CH4"], Is.EqualTo(ch4).Within(AsWritten));
            Assert.That(values["N2O"], Is.EqualTo(n2o).Within(AsWritten));
        }
    }

    [Test]
    public void Gwp100_EveryRow_HasASource()
    {
        Assert.That(Set("gwp100").GwpValues.Select(v => v.Source), Has.All.Not.Empty);
        Assert.That(Set("gwp100").GwpValues.Select(v => v.Status), Has.All.Not.Empty.And.All.Not.EqualTo("unstated"));
    }

    [Test]
    public void ChinaGridEf_GridEfRows_AreNotUnverified()
    {
        // Only grid_ef is used by default; values whose transcription is UNVERIFIED must sit under another parameter name.
        var unverified = Set("china-grid-ef").Factors
            .Where(f => f.Parameter == Parameters.GridEmissionFactor && f.Status.Contains("UNVERIFIED", StringComparison.Ordinal))
            .Select(f => $"line {f.Id}: {f.Region} {f.ValidFrom} {f.Value} {f.Unit.Symbol} — {f.Status}");
        Assert.That(unverified, Is.Empty);
    }

    [Test]
    public void ChinaGridEf_NorthChina_HasThe2012_2022And2023Values()
    {
        // Issue 12 adds the NDRC 2012 regional average (0.8843) to grid_ef beside the MEE & NBS 2022 and 2023 values.
        var northChina = Set("china-grid-ef").Factors
            .Where(f => f.Parameter == Parameters.GridEmissionFactor && f.Region == "grid:north_china")
            .ToDictionary(f => f.ValidFrom!.Value, f => f.Value);
        Assert.That(northChina.Keys, Is.EquivalentTo(new[] { 2012, 2022, 2023 }));
        Assert.That(northChina[2012], Is.EqualTo(0.8843).Within(AsWritten));
        Assert.That(northChina[2022], Is.EqualTo(0.6776).Within(AsWritten));
        Assert.That(northChina[2023], Is.EqualTo(0.6361).Within(AsWritten));
    }

    [Test]
    public void LoadBundled_SameContent_HasTheSameHash()
    {
        var activities = ReferenceDataLoader.ParseActivities(CsvTable.ReadBundled("emission-factors/vocabulary/activities.csv",
            ["activity", "name_zh", "name_en", "dimension", "kind"], ["ipcc_fuel"]));
        var again = FactorLibrary.LoadBundled(activities.Select(a => a.Key).ToHashSet());
        Assert.That(again.Select(s => s.ContentHash), Is.EqualTo(sets.Select(s => s.ContentHash)));
        Assert.That(sets.Select(s => s.ContentHash), Is.Unique);
    }

    [Test]
    public void Parse_DuplicateRow_IsRejectedNamingBothLines()
    {
        byte[] file = CsvTable.Utf8("activity,parameter,value,unit,source\nraw_coal,ncv,20.9,GJ/t,a\nraw_coal,ncv,21.0,GJ/t,b\n");
        var e = Assert.Throws<InputRejectedException>(() => FactorLibrary.ParseLocal("local.csv", file, FactorVocabulary.Bundled()));
        Assert.That(e!.Issues, Has.Count.EqualTo(1));
        Assert.That(e.Issues[0].Line, Is.EqualTo(3));
        Assert.That(e.Issues[0].Expected, Does.Contain("line 2"));
    }

    [Test]
    public void Parse_UnitOfTheWrongKind_IsRejected()
    {
        // An NCV must be energy per something; tC/TJ is a carbon content.
        byte[] file = CsvTable.Utf8("activity,parameter,value,unit,source\nraw_coal,ncv,26.37,tC/TJ,a\n");
        var e = Assert.Throws<InputRejectedException>(() => FactorLibrary.ParseLocal("local.csv", file, FactorVocabulary.Bundled()));
        Assert.That(e!.Issues.Single().Column, Is.EqualTo("unit"));
    }

    private FactorSetDefinition Set(string key) => sets.Single(s => s.Key == key);
}
