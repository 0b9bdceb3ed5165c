using System.Buffers;
using GhgInventory.Core.Scenarios;
using GhgInventory.Data;
using GhgInventory.Data.Scenarios;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Scenarios;

/// <summary>Issue 16 (speed): <see cref="ProjectionBuffer.IndicatorMask"/> on the demo base with samples/ordos/plan.toml (every kind of lever,
/// ten parts, 2024–2060). A masked projection writes the same CO2e paths and the same wanted indicators, bit for bit, as the full one, and
/// leaves every other indicator cell as it was.</summary>
[TestFixture]
public sealed class Issue16_IndicatorMaskTests
{
    // A value no projection writes: an unwanted cell must still hold it afterwards.
    private const double Untouched = -123456.789;

    private IScenarioModel model = null!;

    [OneTimeSetUp]
    public void BindPlanOnDemo()
    {
        using var workspace = Workspace.OpenReadOnly(DemoRun.DatabasePath, TestClock.Create());
        var catalogue = ScenarioFile.Catalogue();
        string file = Path.Combine(RepositoryPaths.Root, "samples", "ordos", "plan.toml");
        var scenario = ScenarioFile.Read(file, File.ReadAllBytes(file), catalogue, workspace.References.LoadRegions());
        model = ScenarioModel.Bind(scenario, catalogue, new ScenarioBaseReader(workspace).Read(scenario));
    }

    /// <summary>Quantile vectors: the central one, the edges and a few in between (fixed, no generator).</summary>
    private IEnumerable<double[]> Draws()
    {
        int d = model.Dimensions.Count;
        foreach (double u in new[] { 0.5, 1e-3, 1 - 1e-3 })
        {
            yield return Enumerable.Repeat(u, d).ToArray();
        }
        for (int k = 0; k < 4; k++)
        {
            yield return Enumerable.Range(0, d).Select(j => 0.05 + 0.9 * ((j * 7 + k * 3) % 11) / 10.0).ToArray();
        }
    }

    /// <summary>The city in one year (a target year), one banner over a run of years (a cap), the last part in the horizon year only.</summary>
    private static bool[] Mask(ProjectionBuffer shape)
    {
        var mask = new bool[shape.Areas * shape.Years];
        mask[shape.At(0, 1)] = true;
        for (int y = 3; y <= 9; y++)
        {
            mask[shape.At(2, y)] = true;
        }
        mask[shape.At(shape.Areas - 1, shape.Years - 1)] = true;
        return mask;
    }

    /// <summary>Fills the arrays this thread gets next from the shared pool with a value no projection computes: the projection rents its
    /// scratch there, and an account row it failed to write would otherwise still hold the previous, full projection's correct numbers.</summary>
    private static void PoisonSharedPool()
    {
        for (int size = 16; size <= 1 << 20; size *= 2)
        {
            var array = ArrayPool<double>.Shared.Rent(size);
            Array.Fill(array, 1e9);
            ArrayPool<double>.Shared.Return(array);
        }
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Test]
    public void Project_WithMask_SamePathsAndWantedIndicatorsBitForBit_OthersUntouched()
    {
        int count = ScenarioIndicators.All.Count;
        var full = model.NewBuffer();
        var masked = model.NewBuffer();
        var mask = Mask(masked);
        masked.IndicatorMask = mask;
        foreach (var u in Draws())
        {
            model.Project(u, full);
            Array.Fill(masked.Indicators, Untouched);
            PoisonSharedPool();
            model.Project(u, masked);
            string at = string.Join(", ", u.Select(x => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Multiple(() =>
            {
                Assert.That(Bits(masked.Co2e), Is.EqualTo(Bits(full.Co2e)), $"CO2e at u = {at}");
                Assert.That(Bits(masked.Co2eIncludingLulucf), Is.EqualTo(Bits(full.Co2eIncludingLulucf)), $"CO2e with LULUCF at u = {at}");
                Assert.That(Bits(masked.TerritorialCo2), Is.EqualTo(Bits(full.TerritorialCo2)), $"territorial CO2 at u = {at}");
                int wantedFinite = 0;
                for (int cell = 0; cell < mask.Length; cell++)
                {
                    var got = masked.Indicators.AsSpan(cell * count, count).ToArray();
                    if (mask[cell])
                    {
                        var expected = full.Indicators.AsSpan(cell * count, count).ToArray();
                        Assert.That(Bits(got), Is.EqualTo(Bits(expected)), $"wanted cell {cell} at u = {at}");
                        wantedFinite += expected.Count(double.IsFinite);
                    }
                    else
                    {
                        Assert.That(got, Is.All.EqualTo(Untouched), $"unwanted cell {cell} at u = {at}");
                    }
                }
                Assert.That(wantedFinite, Is.GreaterThan(3 * count), "the wanted cells hold real indicators, not a comparison of NaNs");
            });
        }
    }

    [Test]
    public void Project_MaskSetToNull_WritesEveryCellAgain()
    {
        var u = Enumerable.Repeat(0.5, model.Dimensions.Count).ToArray();
        var full = model.NewBuffer();
        model.Project(u, full);
        var buffer = model.NewBuffer();
        buffer.IndicatorMask = new bool[buffer.Areas * buffer.Years];
        Array.Fill(buffer.Indicators, Untouched);
        model.Project(u, buffer);
        Assert.That(buffer.Indicators, Is.All.EqualTo(Untouched), "an all-false mask writes no indicator");

        buffer.IndicatorMask = null;
        model.Project(u, buffer);
        Assert.That(Bits(buffer.Indicators), Is.EqualTo(Bits(full.Indicators)));
    }

    [Test]
    public void IndicatorMask_OfAnotherShape_IsRefused()
    {
        var buffer = model.NewBuffer();
        Assert.Throws<ArgumentException>(() => buffer.IndicatorMask = new bool[buffer.Areas]);
    }
}
