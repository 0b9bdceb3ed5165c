using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Tests.Core.Analysis;

public class TargetTrajectoryTests
{
    private const double RelTol = 1e-6; // the hand values below are written to 7 significant figures
    private static readonly RegionCode Ordos = RegionCode.Parse("150600");
    private const string Intensity = "tce/10^4 yuan";

    private static Target Make(string indicator, TargetKind kind, double value, string unit, string rule = "gross", int baseYear = 2020, int targetYear = 2025) =>
        new(Ordos, indicator, rule, baseYear, targetYear, kind, value, unit, "test", "", "targets.csv:2");

    private static IndicatorPoint Point(string indicator, int year, double? value, string unit, string rule = "gross", LineText? missing = null) =>
        new(indicator, rule, Ordos, year, value, unit, missing);

    [Test]
    public void AnnualRate_EnergyIntensityDown16Point5PercentOverFiveYears_MatchesHandCalculation()
    {
        // Ordos plan: energy per unit GDP −16.5 % 2020→2025 (鄂尔多斯市"十四五"节能减排综合工作实施方案, 2022-11-29, 二、主要目标).
        // r = 0.835^(1/5) − 1: ln 0.835 = −0.1803239, /5 = −0.03606478, e^that = 0.9645779, r = −3.542213 % a year.
        // (The brief's "−3.5403 %" is a slip: 0.964597^5 = 0.83566, not 0.835.)
        Assert.That(TargetTrajectory.AnnualRate(1.0, 0.835, 5), Is.EqualTo(-0.03542213).Within(RelTol * 100).Percent);
    }

    [Test]
    public void Assess_ChangeTargetBehindPath_IsOffTrackWithGapAndNeededRate()
    {
        // base 1.000 (2020), target −16.5 % → 0.835 in 2025; 2023 value 0.900.
        // path 2023 = 0.835^(3/5) = e^(0.6 × −0.1803239) = e^−0.1081943 = 0.8974534; gap = 0.900 − 0.8974534 = +0.0025466 (0.28376 % of path);
        // achieved = 0.900/1.000 − 1 = −10 %; needed = (0.835/0.900)^(1/2) − 1 = 0.9277778^0.5 − 1 = 0.9632122 − 1 = −3.678778 % a year.
        var target = Make("energy_intensity", TargetKind.Change, -16.5, "%");
        var a = TargetTrajectory.Assess(target, [Point("energy_intensity", 2020, 1.0, Intensity), Point("energy_intensity", 2023, 0.9, Intensity)], 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.TargetValue, Is.EqualTo(0.835).Within(1e-12));
            Assert.That(a.RequiredRatePct, Is.EqualTo(-3.542213).Within(RelTol * 100).Percent);
            Assert.That(a.RequiredPath, Is.EqualTo(0.8974534).Within(RelTol * 100).Percent);
            Assert.That(a.Gap, Is.EqualTo(0.0025466).Within(1e-7));
            Assert.That(a.GapPct, Is.EqualTo(0.28376).Within(1e-4));
            Assert.That(a.AchievedChangePct, Is.EqualTo(-10.0).Within(1e-9));
            Assert.That(a.NeededRatePct, Is.EqualTo(-3.678778).Within(RelTol * 100).Percent);
            Assert.That(a.Status, Is.EqualTo(TargetStatus.OffTrack));
            Assert.That(a.OnTrack, Is.False);
            Assert.That(a.Unit, Is.EqualTo(Intensity));
        });
    }

    [Test]
    public void Assess_ChangeTargetAheadOfPath_IsOnTrack()
    {
        // path 2023 = 0.8974534 (above); 0.89 ≤ 0.8974534 → on track; gap = 0.89 − 0.8974534 = −0.0074534.
        var target = Make("energy_intensity", TargetKind.Change, -16.5, "%");
        var a = TargetTrajectory.Assess(target, [Point("energy_intensity", 2020, 1.0, Intensity), Point("energy_intensity", 2023, 0.89, Intensity)], 2023).Single();
        Assert.That(a.Status, Is.EqualTo(TargetStatus.OnTrack));
        Assert.That(a.Gap, Is.EqualTo(-0.0074534).Within(1e-7));
    }

    [Test]
    public void Assess_InTargetYear_IsMetOrNotMetAgainstTheTargetValue()
    {
        // 2025: path = target = 0.835. 0.835 meets it (equal), 0.84 does not.
        var target = Make("energy_intensity", TargetKind.Change, -16.5, "%");
        var met = TargetTrajectory.Assess(target, [Point("energy_intensity", 2020, 1.0, Intensity), Point("energy_intensity", 2025, 0.835, Intensity)], 2025).Single();
        var notMet = TargetTrajectory.Assess(target, [Point("energy_intensity", 2020, 1.0, Intensity), Point("energy_intensity", 2025, 0.84, Intensity)], 2025).Single();
        Assert.Multiple(() =>
        {
            Assert.That(met.Status, Is.EqualTo(TargetStatus.Met));
            Assert.That(met.NeededRatePct, Is.Null);
            Assert.That(notMet.Status, Is.EqualTo(TargetStatus.NotMet));
            Assert.That(notMet.Gap, Is.EqualTo(0.005).Within(1e-12));
        });
    }

    [Test]
    public void Assess_UpperLevelNotYetMetAtBase_FollowsConstantRatePath()
    {
        // coal share ≤ 75 % by 2025 from 80 % in 2020 (illustrative values). r = (75/80)^(1/5) − 1 = 0.9375^0.2 − 1 = −1.282476 %;
        // path 2022 = 80 × 0.9375^0.4 = 80 × 0.9745150 = 77.96120; 78.0 > 77.96120 → off track by 0.03880.
        var target = Make("coal_share", TargetKind.AtMost, 75, "%", rule: "");
        var a = TargetTrajectory.Assess(target, [Point("coal_share", 2020, 80, "%", ""), Point("coal_share", 2022, 78, "%", "")], 2022).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.RequiredRatePct, Is.EqualTo(-1.282476).Within(RelTol * 100).Percent);
            Assert.That(a.RequiredPath, Is.EqualTo(77.96120).Within(RelTol * 100).Percent);
            Assert.That(a.Gap, Is.EqualTo(0.03880).Within(1e-5));
            Assert.That(a.Status, Is.EqualTo(TargetStatus.OffTrack));
        });
    }

    [Test]
    public void Assess_UpperLevelAlreadyMetAtBase_PathIsTheLevel()
    {
        // base 70 % already ≤ 75 %: the requirement is to stay at or below 75 %; 74 % in 2023 is on track, gap 74 − 75 = −1.
        var target = Make("coal_share", TargetKind.AtMost, 75, "%", rule: "");
        var a = TargetTrajectory.Assess(target, [Point("coal_share", 2020, 70, "%", ""), Point("coal_share", 2023, 74, "%", "")], 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.RequiredRatePct, Is.Null);
            Assert.That(a.RequiredPath, Is.EqualTo(75));
            Assert.That(a.Gap, Is.EqualTo(-1).Within(1e-12));
            Assert.That(a.Status, Is.EqualTo(TargetStatus.OnTrack));
        });
    }

    [Test]
    public void Assess_LowerLevelTarget_UpIsBetter()
    {
        // renewable capacity ≥ 50 GW by 2025 from 4.14 GW (2021 year-end figure used as an illustrative 2020 base).
        // r = (50/4.14)^(1/5) − 1 = 12.077295^0.2 − 1 = 64.58639 %; path 2024 = 4.14 × 12.077295^0.8 = 30.37918;
        // 30 < 30.37918 → off track; needed = 50/30 − 1 = 66.66667 % in the one remaining year.
        var target = Make("renewable_capacity", TargetKind.AtLeast, 50, "GW", rule: "");
        var a = TargetTrajectory.Assess(target, [Point("renewable_capacity", 2020, 4.14, "GW", ""), Point("renewable_capacity", 2024, 30, "GW", "")], 2024).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.RequiredRatePct, Is.EqualTo(64.58639).Within(RelTol * 100).Percent);
            Assert.That(a.RequiredPath, Is.EqualTo(30.37918).Within(RelTol * 100).Percent);
            Assert.That(a.NeededRatePct, Is.EqualTo(66.66667).Within(RelTol * 100).Percent);
            Assert.That(a.Status, Is.EqualTo(TargetStatus.OffTrack));
        });
    }

    [Test]
    public void Assess_Cap_IsTheLimitEveryYear()
    {
        // steel capacity cap 100 万吨 (illustrative values): 120 in 2023 is over by 20 (20 %).
        var target = Make("steel_capacity", TargetKind.Cap, 100, "10^4 t", rule: "");
        var a = TargetTrajectory.Assess(target, [Point("steel_capacity", 2023, 120, "10^4 t", "")], 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.RequiredPath, Is.EqualTo(100));
            Assert.That(a.Gap, Is.EqualTo(20).Within(1e-12));
            Assert.That(a.GapPct, Is.EqualTo(20).Within(1e-12));
            Assert.That(a.Status, Is.EqualTo(TargetStatus.OffTrack));
        });
    }

    [Test]
    public void Assess_AnyRule_ScoresEachRuleNamed()
    {
        // gross: 0.9/1.0 → −10 %; non_fossil_excluded: 0.8/1.0 → −20 %.
        var target = Make("energy_intensity", TargetKind.Change, -16.5, "%", rule: Target.AnyRule);
        var points = new[]
        {
            Point("energy_intensity", 2020, 1.0, Intensity, "gross"), Point("energy_intensity", 2023, 0.9, Intensity, "gross"),
            Point("energy_intensity", 2020, 1.0, Intensity, "non_fossil_excluded"), Point("energy_intensity", 2023, 0.8, Intensity, "non_fossil_excluded"),
        };
        var all = TargetTrajectory.Assess(target, points, 2023);
        Assert.That(all.Select(a => (a.Rule, Math.Round(a.AchievedChangePct!.Value, 9), a.Status)),
            Is.EqualTo(new[] { ("gross", -10.0, TargetStatus.OffTrack), ("non_fossil_excluded", -20.0, TargetStatus.OnTrack) }));
    }

    [Test]
    public void Assess_CurrentValueMissing_SaysWhyWithThePointsReason()
    {
        var why = LineText.Verbatim("no GDP index for 2023");
        var target = Make("energy_intensity", TargetKind.Change, -16.5, "%");
        var a = TargetTrajectory.Assess(target, [Point("energy_intensity", 2020, 1.0, Intensity), Point("energy_intensity", 2023, null, Intensity, missing: why)], 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Status, Is.EqualTo(TargetStatus.Missing));
            Assert.That(a.Problem, Is.EqualTo(TargetProblem.CurrentMissing));
            Assert.That(a.PointMissing, Is.EqualTo(why));
            Assert.That(a.RequiredPath, Is.Null);
            Assert.That(a.OnTrack, Is.Null);
        });
    }

    [Test]
    public void Assess_BaseMissingOrNoPoints_IsMissingNeverZero()
    {
        var target = Make("energy_intensity", TargetKind.Change, -16.5, "%");
        var noBase = TargetTrajectory.Assess(target, [Point("energy_intensity", 2023, 0.9, Intensity)], 2023).Single();
        var none = TargetTrajectory.Assess(target, [], 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(noBase.Problem, Is.EqualTo(TargetProblem.BaseMissing));
            Assert.That(noBase.CurrentValue, Is.EqualTo(0.9));
            Assert.That(none.Problem, Is.EqualTo(TargetProblem.NoData));
            Assert.That(none.Status, Is.EqualTo(TargetStatus.Missing));
        });
    }

    [Test]
    public void Assess_LevelInAnotherUnit_IsRefusedNotCompared()
    {
        var target = Make("renewable_capacity", TargetKind.AtLeast, 50000, "MW", rule: "");
        var a = TargetTrajectory.Assess(target, [Point("renewable_capacity", 2020, 4.14, "GW", ""), Point("renewable_capacity", 2024, 30, "GW", "")], 2024).Single();
        Assert.That(a.Problem, Is.EqualTo(TargetProblem.UnitMismatch));
    }

    [Test]
    public void Assess_ReportedTarget_ShowsItsValueWhereDataExistButIsNotScored()
    {
        var target = Make("steel_capacity", TargetKind.Reported, 100, "10^4 t", rule: "");
        var withData = TargetTrajectory.Assess(target, [Point("steel_capacity", 2023, 80, "10^4 t", "")], 2023).Single();
        var without = TargetTrajectory.Assess(target, [], 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(withData.Status, Is.EqualTo(TargetStatus.Reported));
            Assert.That(withData.CurrentValue, Is.EqualTo(80));
            Assert.That(withData.OnTrack, Is.Null);
            Assert.That(without.Status, Is.EqualTo(TargetStatus.Reported));
            Assert.That(without.Problem, Is.EqualTo(TargetProblem.NoData));
        });
    }

    [Test]
    public void Series_DrawsThePathEvenWhereAValueIsMissing()
    {
        // base 1.0 (2020), −16.5 % by 2025; values 2020 and 2022 only. Path 2021 = 0.835^(1/5) = 0.9645779, 2025 = 0.835.
        var target = Make("energy_intensity", TargetKind.Change, -16.5, "%");
        var s = TargetTrajectory.Series(target, [Point("energy_intensity", 2020, 1.0, Intensity), Point("energy_intensity", 2022, 0.95, Intensity)], 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(s.Points.Select(p => p.Year), Is.EqualTo(new[] { 2020, 2021, 2022, 2023, 2024, 2025 }));
            Assert.That(s.Points[1].Value, Is.Null);
            Assert.That(s.Points[1].Path, Is.EqualTo(0.9645779).Within(RelTol * 100).Percent);
            Assert.That(s.Points[2].Value, Is.EqualTo(0.95));
            Assert.That(s.Points[5].Path, Is.EqualTo(0.835).Within(1e-12));
        });
    }
}
