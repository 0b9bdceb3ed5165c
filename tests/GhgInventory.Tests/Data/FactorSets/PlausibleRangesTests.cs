using GhgInventory.Core.Factors;
using GhgInventory.Core.Units;
using GhgInventory.Data.FactorSets;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Tests.Data.FactorSets;

/// <summary>Data tests of emission-factors/plausible-ranges/ranges.csv and of the bundled sets against it.</summary>
[TestFixture]
public sealed class PlausibleRangesTests
{
    private FactorVocabulary vocabulary = null!;
    private IReadOnlyList<FactorSetDefinition> sets = null!;

    [OneTimeSetUp]
    public void Load()
    {
        vocabulary = FactorVocabulary.Bundled();
        sets = FactorLibrary.LoadBundled(vocabulary);
    }

    [Test]
    public void Ranges_EveryRow_HasASourceAStatusAndAKnownParameter()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var r in vocabulary.Ranges.All)
            {
                Assert.That(r.Source, Is.Not.Empty, $"line {r.Line}");
                Assert.That(r.Status, Is.Not.Empty, $"line {r.Line}");
                Assert.That(Parameters.Find(r.Parameter), Is.Not.Null, $"line {r.Line}");
                Assert.That(r.Min, Is.LessThan(r.Max), $"line {r.Line}");
            }
        }
    }

    [Test]
    public void Ranges_EveryParameterAMethodReads_HasARange()
    {
        var covered = vocabulary.Ranges.All.Select(r => r.Parameter).ToHashSet();
        Assert.That(Parameters.All.Select(p => p.Name).Where(p => !covered.Contains(p)), Is.Empty);
    }

    [Test]
    public void LoadBundled_EveryFactorRow_HasARangeAndLiesInIt()
    {
        // Loading already refuses a bundled row outside its range; this states it row by row so that a failure names the row.
        using (Assert.EnterMultipleScope())
        {
            foreach (var f in sets.SelectMany(s => s.Factors))
            {
                var range = vocabulary.Ranges.Find(f.Parameter, f.Gas, f.Activity, f.Unit);
                string row = $"{f.SetKey} line {f.Id}: {f.Activity} {f.Parameter} {f.Gas} {f.Published}";
                Assert.That(range, Is.Not.Null, row);
                Assert.That(range!.Contains(f.Value, f.Unit), Is.True, $"{row} outside {range.Text}");
            }
        }
    }

    // The issue's examples, against the range they fall in (hand-checked against ranges.csv):
    //   18500 GJ/t for raw coal (a kJ/kg figure) against [5, 35] GJ/t; 18.5 GJ/t inside; 5000 kcal/kg = 20.934 GJ/t inside;
    //   94 as a fraction against (0, 1]; 94 % = 0.94 inside; 0 tC/TJ for diesel against [16, 27]; 1.6 kgCO2/kWh against (0, 1.5].
    [TestCase("raw_coal", "ncv", null, 18500, "GJ/t", false)]
    [TestCase("raw_coal", "ncv", null, 18.5, "GJ/t", true)]
    [TestCase("raw_coal", "ncv", null, 5000, "kcal/kg", true)]
    [TestCase("raw_coal", "oxidation", null, 94, "fraction", false)]
    [TestCase("raw_coal", "oxidation", null, 94, "%", true)]
    [TestCase("raw_coal", "oxidation", null, 0, "fraction", false)]
    [TestCase("diesel", "carbon_content", null, 0, "tC/TJ", false)]
    [TestCase("diesel", "carbon_content", null, 20.2, "tC/TJ", true)]
    [TestCase("natural_gas", "ncv", null, 389.31, "GJ/m3", false)]
    [TestCase("natural_gas", "ncv", null, 389.31, "GJ/10^4 m3", true)]
    [TestCase("electricity", "grid_ef", "CO2", 1.6, "kgCO2/kWh", false)]
    [TestCase("electricity", "grid_ef", "CO2", 0, "kgCO2/kWh", false)]
    [TestCase("electricity", "grid_ef", "CO2", 0.55, "kgCO2/kWh", true)]
    public void Find_IssueExamples_AreInsideOrOutside(string activity, string parameter, string? gas, double value, string unitSymbol, bool inside)
    {
        Assert.That(FactorUnit.TryParse(unitSymbol, out var unit), Is.True);
        var range = vocabulary.Ranges.Find(parameter, gas, activity, unit!);
        Assert.That(range, Is.Not.Null);
        Assert.That(range!.Contains(value, unit!), Is.EqualTo(inside), range.Text);
    }

    [Test]
    public void ParseRanges_MalformedRow_IsRejectedWithItsLine()
    {
        byte[] file = CsvTable.Utf8("parameter,gas,activities,min,max,unit,min_exclusive,source,status\nncv,,,35,5,GJ/t,no,x,y\nNCV,,,1,2,GJ/t,maybe,x,y\n");
        var e = Assert.Throws<InputRejectedException>(() => FactorVocabulary.ParseRanges("ranges.csv", file));
        Assert.That(e!.Issues.Select(i => (i.Line, i.Column)), Is.EqualTo(new[] { (2, "max"), (3, "parameter"), (3, "min_exclusive") }));
    }
}
