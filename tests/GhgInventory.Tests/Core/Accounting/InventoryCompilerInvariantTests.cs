using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting;

/// <summary>Invariants of the compiler on the bundled Ordos sample (2015–2024): determinism and the GWP switch.</summary>
[TestFixture]
public sealed class InventoryCompilerInvariantTests
{
    private static OrdosSample Sample => OrdosSample.Instance;

    [Test]
    public void Compile_SameInputsTwice_GivesIdenticalLinesAndInputsHash()
    {
        var first = Sample.Ar5;
        var second = Sample.Ar5Again;
        Assert.That(Sample.Ar5AgainRun.InputsSha256, Is.EqualTo(Sample.Ar5Run.InputsSha256));
        Assert.That(Sample.Ar5AgainRun.Id, Is.Not.EqualTo(Sample.Ar5Run.Id), "a second run is stored, not merged");
        Assert.That(second.Sources, Has.Count.EqualTo(first.Sources.Count));
        Assert.That(second.Lines, Has.Count.EqualTo(first.Lines.Count));
        Assert.That(first.Lines, Has.Count.GreaterThan(10_000), "the sample has ~10 000 lines over ten years");
        for (int i = 0; i < first.Sources.Count; i++)
        {
            Assert.That(second.Sources[i] with { RecordIds = [] }, Is.EqualTo(first.Sources[i] with { RecordIds = [] }), $"source {i}");
            Assert.That(second.Sources[i].RecordIds, Is.EqualTo(first.Sources[i].RecordIds), $"records of source {i}");
        }
        for (int i = 0; i < first.Lines.Count; i++)
        {
            // Every field, the arithmetic text included; doubles compared bit for bit by record equality.
            Assert.That(WithoutFactors(second.Lines[i]), Is.EqualTo(WithoutFactors(first.Lines[i])), $"line {i}");
            Assert.That(second.Lines[i].Factors, Is.EqualTo(first.Lines[i].Factors), $"factors of line {i}");
        }
    }

    [Test]
    public void Compile_SameInputsTwice_StoresIdenticalLines()
    {
        foreach (int year in OrdosSample.Years)
        {
            var first = Sample.Workspace.Runs.LoadLines(Sample.Ar5Run.Id, year);
            var second = Sample.Workspace.Runs.LoadLines(Sample.Ar5AgainRun.Id, year);
            Assert.That(second, Has.Count.EqualTo(first.Count), year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (int i = 0; i < first.Count; i++)
            {
                // SourceIndex is the stored source's id, different per run by construction.
                Assert.That(WithoutFactors(second[i]) with { SourceIndex = 0 }, Is.EqualTo(WithoutFactors(first[i]) with { SourceIndex = 0 }));
                Assert.That(second[i].Factors, Is.EqualTo(first[i].Factors));
            }
        }
    }

    [Test]
    public void Compile_StoredLines_EqualTheComputedLines()
    {
        var stored = OrdosSample.Years.SelectMany(y => Sample.Workspace.Runs.LoadLines(Sample.Ar5Run.Id, y)).ToList();
        var computed = Sample.Ar5.Lines.OrderBy(l => l.Year).ToList();
        Assert.That(stored, Has.Count.EqualTo(computed.Count));
        for (int i = 0; i < computed.Count; i++)
        {
            Assert.That(WithoutFactors(stored[i]) with { SourceIndex = 0 }, Is.EqualTo(WithoutFactors(computed[i]) with { SourceIndex = 0 }), $"line {i}");
            // The stored factor comes back by value; its engine value is recomputed from the published value and unit.
            Assert.That(stored[i].Factors, Is.EqualTo(computed[i].Factors), $"factors of line {i}");
        }
    }

    [Test]
    public void Compile_Ar6InsteadOfAr5_ChangesOnlyTheCo2eOfMethaneAndNitrousOxide()
    {
        var ar5 = Sample.Ar5.Lines;
        var ar6 = Sample.Ar6.Lines;
        Assert.That(Sample.Ar6Run.InputsSha256, Is.Not.EqualTo(Sample.Ar5Run.InputsSha256));
        Assert.That(ar6, Has.Count.EqualTo(ar5.Count));
        int changed = 0;
        for (int i = 0; i < ar5.Count; i++)
        {
            var a = ar5[i];
            var b = ar6[i];
            Assert.That((b.Region, b.Year, b.Category, b.Activity, b.Gas, b.Scope), Is.EqualTo((a.Region, a.Year, a.Category, a.Activity, a.Gas, a.Scope)));
            Assert.That(b.MassTonnes, Is.EqualTo(a.MassTonnes), "masses do not depend on the GWP set");
            Assert.That(b.Notation, Is.EqualTo(a.Notation));
            Assert.That(b.Factors, Is.EqualTo(a.Factors));
            if (a.MassTonnes is not { } mass)
            {
                continue;
            }
            if (a.Gas == Gas.CO2)
            {
                Assert.That(b.Co2eTonnes, Is.EqualTo(a.Co2eTonnes), "CO2 has GWP 1 in every set");
                continue;
            }
            // AR5 CH4 28, N2O 265; AR6 fossil CH4 29.8 (Table 7.15: fuel combustion is fossil, issue 15), N2O 273 (gwp100.csv).
            // One multiplication each: exact equality.
            double gwp5 = a.Gas == Gas.CH4 ? 28 : 265;
            double gwp6 = a.Gas == Gas.CH4 ? 29.8 : 273;
            Assert.That(a.Co2eTonnes, Is.EqualTo(mass * gwp5));
            Assert.That(b.Co2eTonnes, Is.EqualTo(mass * gwp6));
            if (mass > 0)
            {
                Assert.That(b.Co2eTonnes, Is.Not.EqualTo(a.Co2eTonnes));
                changed++;
            }
        }
        Assert.That(changed, Is.GreaterThan(100), "the sample has many CH4 and N2O lines");
    }

    private static EmissionLine WithoutFactors(EmissionLine line) => line with { Factors = [] };
}
