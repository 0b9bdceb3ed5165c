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
        // trend = (200 − 170)/3 = 10 t/yr; projection 2024 210 (cum 780), 2025 220 (1000): the 2021–2025 budget is not used up by 2025,
        // 1200 − 1000 = 200 t left (issue 14: the run-out year is within the period; before, 2026 230 (1230 > 1200) was printed as 2026).
        var a = BudgetArithmetic.Assess(Budget(1200), Annual(), 2023);
        Assert.Multiple(() =>
        {
            Assert.That(a.UsedTonnes, Is.EqualTo(570).Within(AbsTol));
            Assert.That(a.RemainingTonnes, Is.EqualTo(630).Within(AbsTol));
            Assert.That(a.UsedPct, Is.EqualTo(47.5).Within(AbsTol));
            Assert.That(a.TrendTonnesPerYear, Is.EqualTo(10).Within(AbsTol));
            Assert.That(a.RunOutYear, Is.Null);
            Assert.That(a.LeftAtEndTonnes, Is.EqualTo(200).Within(AbsTol));
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
        // with it: 2024 570 + 210 + 110 = 890, 2025 890 + 220 + 110 = 1220 > 1200 → 2025; without it the budget lasts the period
        // (issue 14: no run-out year after the period's end), so no number of years brought forward.
        var annual = Annual();
        var a = BudgetArithmetic.Assess(Budget(1200), annual, 2023);
        var p = BudgetArithmetic.Project(a, annual, 110);
        Assert.Multiple(() =>
        {
            Assert.That(p.ProjectTonnesInPeriod, Is.EqualTo(220).Within(AbsTol));
            Assert.That(p.ShareOfRemainingPct, Is.EqualTo(34.920635).Within(1e-6));
            Assert.That(p.RunOutYearWithProject, Is.EqualTo(2025));
            Assert.That(p.YearsBroughtForward, Is.Null);
        });
    }

    [Test]
    public void Issue14_BudgetRunOut_IsWithinThePeriod_ElseWhatIsLeftAtItsEnd()
    {
        // Illustrative annual CO2, t: 2021 90, 2022 95, 2023 100, 2024 105; budget 2021–2030, assessed through 2024.
        // used = 90 + 95 + 100 + 105 = 390; trend = (105 − 90)/3 = 5 t/yr; projection 2025 110, 2026 115, 2027 120, 2028 125, 2029 130,
        // 2030 135 (sum 735); cumulative 2025 500, 2026 615, 2027 735, 2028 860, 2029 990, 2030 1125.
        var annual = new Dictionary<int, double?> { [2021] = 90, [2022] = 95, [2023] = 100, [2024] = 105 };
        CarbonBudget Decade(double allowed) => new(Banner, 2021, 2030, allowed, CarbonBudget.Territorial, "illustrative", "", "budgets.csv:2");
        // allowed 1200: 1125 ≤ 1200 at 2030 → not used up by 2030, 75 t left (the old code went on: 2031 140 → 1265 > 1200, "2031").
        var lasts = BudgetArithmetic.Assess(Decade(1200), annual, 2024);
        // allowed 1000: 2029 990 ≤ 1000, 2030 1125 > 1000 → runs out in 2030.
        var runsOut = BudgetArithmetic.Assess(Decade(1000), annual, 2024);
        Assert.Multiple(() =>
        {
            Assert.That(lasts.UsedTonnes, Is.EqualTo(390).Within(AbsTol));
            Assert.That(lasts.TrendTonnesPerYear, Is.EqualTo(5).Within(AbsTol));
            Assert.That(lasts.RunOutYear, Is.Null);
            Assert.That(lasts.LeftAtEndTonnes, Is.EqualTo(75).Within(AbsTol));
            Assert.That(lasts.LastProjectedYear, Is.EqualTo(2030));
            Assert.That(runsOut.RunOutYear, Is.EqualTo(2030));
            Assert.That(runsOut.LeftAtEndTonnes, Is.Null);
        });
        // The wording: "not used up by 2030 at the trend, 75 t left", never a year after 2030.
        Assert.That(GhgInventory.Reports.BudgetReport.RunOutText(lasts), Is.EqualTo("not used up by 2030 at the trend, 75 t left"));
    }

    [Test]
    public void Project_NotUsedUpWithIt_LeavesLessAtTheEndThanWithout()
    {
        // Budget 1200 t 2021–2025; used 570 by 2023; trend 10 t/yr: 2024 210, 2025 220 → 1000, left 200 (without the project).
        // A project of 15 t/yr from 2024: 2 × 15 = 30 more → 1030, left 170 — not the 200 of the assessment without it (the user trial
        // found the city's line with a project printing the remainder without it).
        var a = BudgetArithmetic.Assess(Budget(1200), Annual(), 2023);
        var p = BudgetArithmetic.Project(a, Annual(), 15);
        Assert.That(a.LeftAtEndTonnes, Is.EqualTo(200).Within(AbsTol));
        Assert.That(p.RunOutYearWithProject, Is.Null);
        Assert.That(p.LeftAtEndWithProjectTonnes, Is.EqualTo(170).Within(AbsTol));
    }
}
