using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;

namespace GhgInventory.Tests.Core.Analysis;

public class BudgetArithmeticTests
{
    private const double AbsTol = 1e-9; // arithmetic only
    private static readonly RegionCode Banner = RegionCode.Parse("150622");

    // Illustrative annual CO2, t: 2020 170, 2021 180, 2022 190, 2023 200.
    private static Dictionary<int, double?> Annual() => new() { [2020] = 170, [2021] = 180, [2022] = 190, [2023] = 200 };

    private static CarbonBudget Budget(double allowed) => new(Banner, 2021, 2025, allowed, CarbonBudget.Territorial, "illustrative", "", "budgets.csv:2");

    [Test]
    public void Assess_UsedRemainingTrendAndRunOut_MatchHandCalculation()
    {
        // used 2021–2023 = 180 + 190 + 200 = 570; remaining = 1200 − 570 = 630; used 47.5 %.
        // trend = (200 − 170)/3 = 10 t/yr; projection 2024 210 (cum 780), 2025 220 (1000), 2026 230 (1230 > 1200) → runs out 2026.
        var a = BudgetArithmetic.Assess(Budget(1200), Annual(), 2023);
        Assert.Multiple(() =>
        {
            Assert.That(a.UsedTonnes, Is.EqualTo(570).Within(AbsTol));
            Assert.That(a.RemainingTonnes, Is.EqualTo(630).Within(AbsTol));
            Assert.That(a.UsedPct, Is.EqualTo(47.5).Within(AbsTol));
            Assert.That(a.TrendTonnesPerYear, Is.EqualTo(10).Within(AbsTol));
            Assert.That(a.RunOutYear, Is.EqualTo(2026));
        });
    }

    [Test]
    public void Assess_AlreadyExceeded_NamesTheYearItWasExceeded()
    {
        // allowed 300: cumulative 2021 180, 2022 370 > 300 → exceeded in 2022; remaining 300 − 570 = −270.
        var a = BudgetArithmetic.Assess(Budget(300), Annual(), 2023);
        Assert.Multiple(() =>
        {
            Assert.That(a.RunOutYear, Is.EqualTo(2022));
            Assert.That(a.RemainingTonnes, Is.EqualTo(-270).Within(AbsTol));
        });
    }

    [Test]
    public void Assess_MissingYear_LeavesUsedUnknownNeverZero()
    {
        var annual = Annual();
        annual[2022] = null;
        var a = BudgetArithmetic.Assess(Budget(1200), annual, 2023);
        Assert.Multiple(() =>
        {
            Assert.That(a.UsedTonnes, Is.Null);
            Assert.That(a.RemainingTonnes, Is.Null);
            Assert.That(a.RunOutYear, Is.Null);
            Assert.That(a.MissingYears, Is.EqualTo(new[] { 2022 }));
        });
    }

    [Test]
    public void Project_AnnualFigure_ShareOfRemainingAndYearsBroughtForward()
    {
        // project 110 t/yr from 2024: in period 2024–2025 = 220 t; share = 220/630 = 34.920635 %.
        // with it: 2024 570 + 210 + 110 = 890, 2025 890 + 220 + 110 = 1220 > 1200 → 2025; without 2026 → 1 year earlier.
        var annual = Annual();
        var a = BudgetArithmetic.Assess(Budget(1200), annual, 2023);
        var p = BudgetArithmetic.Project(a, annual, 110);
        Assert.Multiple(() =>
        {
            Assert.That(p.ProjectTonnesInPeriod, Is.EqualTo(220).Within(AbsTol));
            Assert.That(p.ShareOfRemainingPct, Is.EqualTo(34.920635).Within(1e-6));
            Assert.That(p.RunOutYearWithProject, Is.EqualTo(2025));
            Assert.That(p.YearsBroughtForward, Is.EqualTo(1));
        });
    }
}
