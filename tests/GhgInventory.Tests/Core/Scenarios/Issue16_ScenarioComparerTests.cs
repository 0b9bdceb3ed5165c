using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using static GhgInventory.Tests.Core.Scenarios.Issue16_Fake;

namespace GhgInventory.Tests.Core.Scenarios;

/// <summary>ScenarioComparer.Compare with a fake binder whose paths are known in closed form (docs/scenarios.md §8).</summary>
[TestFixture]
public sealed class Issue16_ScenarioComparerTests
{
    private const double AbsTol = 1e-9; // arithmetic only

    private static double Value(ScenarioDefinition d, string key) => d.Setting(key)?.Points[0].Value.Median ?? 0;

    /// <summary>Base 2024 at 100 t; every projected year (2025–2030) 100 + 10x + 5y + 3xy t (an interaction of x and y); z and w do nothing.</summary>
    private static IScenarioModel Bind(ScenarioDefinition d) => new Issue16_FakeModel(Base(2024), [], d.Horizon, (u, buffer) =>
    {
        double x = Value(d, "x"), y = Value(d, "y");
        buffer.Co2e[0] = 100;
        for (int k = 1; k < buffer.Years; k++)
        {
            buffer.Co2e[k] = 100 + 10 * x + 5 * y + 3 * x * y;
        }
    });

    [Test]
    public void Compare_TwoLeversWithInteraction_ShapleyEqualsHandValuesAndAddsUp()
    {
        // A: x = 0, y = 0, w = 1 ("source A"); B: x = 1, y = 3, z = 5 (set in B only), w = 1 ("source B": same number, not a difference).
        // v(∅) = 100, v({x}) = 110, v({y}) = 115, v({x, y}) = 100 + 10 + 15 + 9 = 134 (z adds nothing).
        // φx = ½(110 − 100) + ½(134 − 115) = 5 + 9.5 = 14.5; φy = ½(115 − 100) + ½(134 − 110) = 7.5 + 12 = 19.5; φz = 0; sum 34 = 134 − 100.
        // Cumulative 2025–2030: six years, so 6 × each: 87, 117, 0 (sum 204); 2030: as the peak level.
        var a = Scenario(2030, [Fixed("x", 0), Fixed("y", 0), Fixed("w", 1, "source A")], name: "a");
        var b = Scenario(2030, [Fixed("x", 1), Fixed("y", 3), Fixed("z", 5), Fixed("w", 1, "source B")], name: "b");
        var c = ScenarioComparer.Compare(a, b, Bind);
        var byLever = c.Attribution.ToDictionary(l => l.Lever);
        Assert.Multiple(() =>
        {
            Assert.That(byLever.Keys, Is.EquivalentTo(new[] { "x", "y", "z" }));
            Assert.That(byLever["x"].PeakCo2eTonnes, Is.EqualTo(14.5).Within(AbsTol));
            Assert.That(byLever["y"].PeakCo2eTonnes, Is.EqualTo(19.5).Within(AbsTol));
            Assert.That(byLever["z"].PeakCo2eTonnes, Is.EqualTo(0).Within(AbsTol));
            Assert.That(byLever["x"].Co2e2030Tonnes, Is.EqualTo(14.5).Within(AbsTol));
            Assert.That(byLever["x"].CumulativeCo2eTonnes, Is.EqualTo(87).Within(AbsTol));
            Assert.That(byLever["y"].CumulativeCo2eTonnes, Is.EqualTo(117).Within(AbsTol));
            Assert.That(c.Attribution.Sum(l => l.PeakCo2eTonnes), Is.EqualTo(c.B.Areas[0].PeakCo2eTonnes - c.A.Areas[0].PeakCo2eTonnes).Within(AbsTol));
            Assert.That(c.Attribution.Sum(l => l.CumulativeCo2eTonnes), Is.EqualTo(204).Within(AbsTol));
            Assert.That(c.Years.Select(y => y.Year), Is.EqualTo(Enumerable.Range(2024, 7)));
            Assert.That(c.Years[0].DifferenceTonnes, Is.Zero);
            Assert.That(c.Years[^1].DifferenceTonnes, Is.EqualTo(34).Within(AbsTol));
            // sectors in 2025 (a 5th year) and 2030 (5th year and horizon): all of it in industry in the fake
            Assert.That(c.BySector.Select(s => s.Year).Distinct(), Is.EqualTo(new[] { 2025, 2030 }));
            Assert.That(c.BySector.Single(s => s.Year == 2030 && s.Sector == ScenarioSector.Industry).DifferenceTonnes, Is.EqualTo(34).Within(AbsTol));
            Assert.That(c.BySector.Where(s => s.Sector != ScenarioSector.Industry).Select(s => s.DifferenceTonnes), Has.All.Zero);
            Assert.That(c.Notes, Is.Empty);
        });
    }

    [Test]
    public void Compare_ThirteenAdditiveLevers_SampledOrdersStillGiveEachItsEffect()
    {
        // Thirteen settings l1 … l13 of effect i t each (additive, no interaction): every order gives lever i exactly i, so the sampled
        // Shapley values are exact; the sum 1 + … + 13 = 91 t.
        IScenarioModel Additive(ScenarioDefinition d) => new Issue16_FakeModel(Base(2024), [], d.Horizon, (u, buffer) =>
        {
            double sum = Enumerable.Range(1, 13).Sum(i => Value(d, $"l{i}") * i);
            buffer.Co2e[0] = 100;
            for (int k = 1; k < buffer.Years; k++)
            {
                buffer.Co2e[k] = 100 + sum;
            }
        });
        var a = Scenario(2030, name: "a");
        var b = Scenario(2030, Enumerable.Range(1, 13).Select(i => Fixed($"l{i}", 1)).ToList(), name: "b");
        var c = ScenarioComparer.Compare(a, b, Additive);
        Assert.Multiple(() =>
        {
            Assert.That(c.Attribution, Has.Count.EqualTo(13));
            for (int i = 1; i <= 13; i++)
            {
                Assert.That(c.Attribution.Single(l => l.Lever == $"l{i}").PeakCo2eTonnes, Is.EqualTo(i).Within(AbsTol));
            }
            Assert.That(c.Attribution.Sum(l => l.PeakCo2eTonnes), Is.EqualTo(91).Within(AbsTol));
            Assert.That(c.Notes, Has.Count.EqualTo(1));
        });
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(c.Notes[0].Render(), Does.Contain("13 levers differ"));
        }
    }

    [Test]
    public void Compare_DifferentHorizons_IsRefused()
    {
        var a = Scenario(2030, name: "a");
        var b = Scenario(2060, name: "b");
        using (UiCulture.Use(UiCulture.English))
        {
            Assert.That(() => ScenarioComparer.Compare(a, b, Bind), Throws.TypeOf<ScenarioBindException>()
                .With.Message.Contains("a.toml").And.Message.Contains("2060"));
        }
    }
}
