using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;

namespace GhgInventory.Tests.Core.Analysis;

/// <summary>Issue 14: <see cref="RunComparison"/> on hand-made lines: notation keys, new and removed lines, repeated keys, tie-out.</summary>
public sealed class RunComparisonTests
{
    private static readonly RegionCode Wushen = RegionCode.Parse("150626");
    private static readonly CategoryCode Coal = CategoryCode.Parse("1.A.1.a.i");

    private static EmissionSource Source(int index, double amount, NotationKey? key = null) =>
        new(index, Wushen, 2020, Coal, "raw_coal", amount, "t", [index], FuelUse.Combustion, key);

    private static EmissionLine Line(int source, string gas, double? co2e, NotationKey? key = null, string method = "m", string activity = "raw_coal",
        IReadOnlyList<AppliedFactor>? factors = null) =>
        new(source, Wushen, 2020, Coal, activity, new Gas(gas), EmissionScope.Territorial, co2e, co2e, co2e is null ? null : 1, key, method,
            LineText.Verbatim("x"), null, factors ?? []);

    private static AppliedFactor Factor(long id, double value) =>
        new(id, "ncv", value, "GJ/t", value, "GJ/t", "set", "source", null, "verified", ResolutionTier.ChinaGuidelineDefault, null);

    private static RecalcSide Side(long run, IReadOnlyList<EmissionLine> lines, IReadOnlyList<EmissionSource> sources, string options = "grid=Regional",
        long[]? sets = null, Dictionary<long, long>? setOf = null) =>
        new(run, RunStatus.Final, "AR5", options, "hash" + run, (sets ?? [1]).ToHashSet(), setOf ?? new Dictionary<long, long> { [10] = 1, [11] = 1, [20] = 2 },
            lines, sources.ToDictionary(s => s.Index));

    [Test]
    public void Compare_NotationKeyToNumber_IsShownAsTheKeyAndCountsTheNumberOnce()
    {
        // A: CO2 under NE (not estimated); B: 1,200 t after the row was filled in. total(A) = 0 (a key adds nothing), total(B) = 1,200.
        var a = Side(1, [Line(1, "CO2", null, NotationKey.NE)], [Source(1, 0, NotationKey.NE)]);
        var b = Side(2, [Line(1, "CO2", 1200)], [Source(1, 500)]);
        var d = RunComparison.Compare(a, b, [2020]);
        var change = d.Changes.Single();
        Assert.That(change.KeyA, Is.EqualTo(NotationKey.NE));
        Assert.That(change.KeyB, Is.Null);
        Assert.That(change.InvolvesNotation, Is.True);
        Assert.That(change.Causes, Is.EqualTo(RecalculationCause.Activity));
        Assert.That(change.DeltaCo2eTonnes, Is.EqualTo(1200));
        Assert.That(d.ByCause.Single().WithNotation, Is.EqualTo(1));
        Assert.That(d.Totals.Single().TotalATonnes, Is.Zero);
        Assert.That(d.Totals.Single().ChangesTonnes, Is.EqualTo(1200));
    }

    [Test]
    public void Compare_NewAndRemovedLines_SumToTheDifferenceOfTotals()
    {
        // A: raw coal CO2 100 t + diesel CO2 40 t = 140; B: raw coal CO2 100 t + gasoline CO2 25 t = 125; B − A = −15 = −40 + 25.
        var a = Side(1, [Line(1, "CO2", 100), Line(2, "CO2", 40, activity: "diesel")], [Source(1, 10), Source(2, 4)]);
        var b = Side(2, [Line(1, "CO2", 100), Line(3, "CO2", 25, activity: "gasoline")], [Source(1, 10), Source(3, 2)]);
        var d = RunComparison.Compare(a, b, [2020]);
        Assert.That(d.Unchanged, Is.EqualTo(1));
        Assert.That(d.Changes.Select(c => (c.Key.Activity, c.Causes, c.DeltaCo2eTonnes)),
            Is.EqualTo(new[] { ("diesel", RecalculationCause.RemovedLine, -40.0), ("gasoline", RecalculationCause.NewLine, 25.0) }));
        Assert.That(d.Totals.Single().TotalBTonnes - d.Totals.Single().TotalATonnes, Is.EqualTo(-15));
        Assert.That(d.ByCause.Sum(c => c.DeltaCo2eTonnes), Is.EqualTo(-15));
    }

    [Test]
    public void Compare_FactorFromASetOnlyOneRunHad_IsTheFactorSet_ElseWithOtherOptionsTheRule()
    {
        // Factor 20 is in set 2, which only run B had: factor set. Factor 11 is in set 1, which both had, and the options differ: rule.
        var a = Side(1, [Line(1, "CO2", 100, factors: [Factor(10, 20.908)])], [Source(1, 10)]);
        var local = Side(2, [Line(1, "CO2", 90, factors: [Factor(20, 18.5)])], [Source(1, 10)], sets: [1, 2]);
        Assert.That(RunComparison.Compare(a, local, [2020]).Changes.Single().Causes, Is.EqualTo(RecalculationCause.FactorSet));
        var national = Side(3, [Line(1, "CO2", 80, factors: [Factor(11, 0.5568)])], [Source(1, 10)], options: "grid=National");
        Assert.That(RunComparison.Compare(a, national, [2020]).Changes.Single().Causes, Is.EqualTo(RecalculationCause.Rule));
        // Activity and factor set together: one combination, summed under both.
        var both = Side(4, [Line(1, "CO2", 95, factors: [Factor(20, 18.5)])], [Source(1, 11)], sets: [1, 2]);
        var d = RunComparison.Compare(a, both, [2020]);
        Assert.That(d.ByCause.Single().Causes, Is.EqualTo(RecalculationCause.Activity | RecalculationCause.FactorSet));
        Assert.That(d.ByCause.Single().DeltaCo2eTonnes, Is.EqualTo(-5));
    }

    [Test]
    public void Compare_KeyChangesBetweenNotationKeys_IsAChangeWithNoNumber()
    {
        var a = Side(1, [Line(1, "CH4", null, NotationKey.NE)], [Source(1, 0, NotationKey.NE)]);
        var b = Side(2, [Line(1, "CH4", null, NotationKey.NO)], [Source(1, 0, NotationKey.NO)]);
        var change = RunComparison.Compare(a, b, [2020]).Changes.Single();
        Assert.That((change.KeyA, change.KeyB, change.DeltaCo2eTonnes), Is.EqualTo((NotationKey.NE, NotationKey.NO, 0.0)));
        Assert.That(change.Causes, Is.EqualTo(RecalculationCause.Activity));
    }
}
