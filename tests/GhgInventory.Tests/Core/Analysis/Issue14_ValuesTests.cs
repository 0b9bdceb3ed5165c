using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Localization;

namespace GhgInventory.Tests.Core.Analysis;

/// <summary>Issue 14 after the adversarial trial: notation keys on indicators, no energy data, non-finite values and lower bounds never
/// become a silently wrong number (Infinity, NaN, 0, on track). All figures are illustrative test values.</summary>
public sealed class Issue14_ValuesTests
{
    private static readonly RegionCode Banner = RegionCode.Parse("150622");
    private const string Intensity = "tce/10^4 yuan";

    [Test]
    public void Compute_GdpIndexUnderNE_IntensitiesMissingNamingIndicatorRegionYearAndKey()
    {
        // The trial's row: 150622,2022,0,gdp_index,NE,上年=100 → the GDP of 2022 at 2020 prices cannot be chained: every intensity is missing
        // (it was Infinity: the NE row summed to an index of 0).
        var series = new EconomicSeries([
            new IndicatorValue(Banner, 2020, IndicatorKeys.Gdp, 100e8),
            new IndicatorValue(Banner, 2021, "gdp_index", 105),
            new IndicatorValue(Banner, 2022, "gdp_index", null, NotationKey.NE, LineText.Verbatim("not known")),
            new IndicatorValue(Banner, 2022, IndicatorKeys.Population, 300_000),
        ]);
        var points = Compute(Account(2022), series, 2022);
        var intensities = points.Where(p => p.Indicator is IntensityIndicators.EnergyIntensity or IntensityIndicators.Co2Intensity).ToList();
        Assert.That(intensities, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var p in intensities)
            {
                Assert.That(p.Value, Is.Null, p.Indicator + " " + p.Rule);
                Assert.That(p.Missing!.Render(), Does.Contain("GDP index").And.Contain("150622").And.Contain("2022").And.Contain("NE (not estimated)").And.Contain("not known"));
            }
            // Energy total needs no GDP: 1,000 + 100 tce (the two cells below).
            Assert.That(points.First(p => p.Indicator == IntensityIndicators.EnergyTotal && p.Rule == "gross").Value, Is.EqualTo(1_100).Within(1e-9));
        });
    }

    [Test]
    public void Compute_BaseGdpUnderC_IntensityMissingWithConfidentialReason_AndTargetScoringNeverNaN()
    {
        // GDP under C in the base year 2020: the intensity of 2020 itself and of every later year is missing (it was NaN: 0/0),
        // and scoring the target does not throw ("baseValue ('NaN')") but says missing.
        var series = new EconomicSeries([
            new IndicatorValue(Banner, 2020, IndicatorKeys.Gdp, null, NotationKey.C),
            new IndicatorValue(Banner, 2021, "gdp_index", 105),
        ]);
        var points = Compute(Account(2020), series, 2020).Concat(Compute(Account(2021), series, 2021)).ToList();
        var intensity = points.Where(p => p.Indicator == IntensityIndicators.EnergyIntensity && p.Rule == "gross").ToList();
        Assert.That(intensity.Select(p => p.Value), Is.All.Null);
        Assert.That(intensity[0].Missing!.Render(), Does.Contain("GDP of 150622 in 2020 is reported as C (confidential)"));
        var target = new Target(Banner, IntensityIndicators.EnergyIntensity, "gross", 2020, 2025, TargetKind.Change, -16.5, "%", "t", "", "t.csv:2");
        var a = TargetTrajectory.Assess(target, points, 2021).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Status, Is.EqualTo(TargetStatus.Missing));
            Assert.That(a.OnTrack, Is.Null);
            AssertFinite(a);
        });
        Assert.That(() => TargetTrajectory.Series(target, points, 2022), Throws.Nothing);
    }

    [Test]
    public void Compute_ZeroDivisors_NoValueIsNonFinite()
    {
        // The guard: GDP 0 yuan, population 0, industrial value added 0, no electricity use, installed capacity 0 → every quotient
        // would be Infinity or NaN; every point is a finite number or missing with a reason.
        var series = new EconomicSeries([
            new IndicatorValue(Banner, 2020, IndicatorKeys.Gdp, 0),
            new IndicatorValue(Banner, 2020, IndicatorKeys.ValueAddedIndustry, 0),
            new IndicatorValue(Banner, 2020, IndicatorKeys.Population, 0),
            new IndicatorValue(Banner, 2020, IndicatorKeys.InstalledCapacity, 0),
            new IndicatorValue(Banner, 2020, IndicatorKeys.RenewableCapacity, 0),
            new IndicatorValue(Banner, 2020, IndicatorKeys.RenewableElectricityConsumption, 0),
        ]);
        var points = Compute(Account(2020), series, 2020);
        Assert.Multiple(() =>
        {
            foreach (var p in points)
            {
                Assert.That(p.Value is null || double.IsFinite(p.Value.Value), Is.True, p.Indicator + " " + p.Rule + " = " + p.Value);
                Assert.That(p.Value is not null || p.Missing is not null, Is.True, p.Indicator + " " + p.Rule + " has neither value nor reason");
            }
            Assert.That(points.First(p => p.Indicator == IntensityIndicators.EnergyIntensity).Missing!.Render(), Does.Contain("not positive"));
        });
    }

    [Test]
    public void Compute_IndicatorRowsOnly_EnergyMissingNotZero()
    {
        // A banner whose 2020 version holds only GDP and population: no energy source, no electricity → energy total, intensity, coal
        // share, CO2 and CO2 per capita are missing "no energy data", not 0 (the trial printed Base 0 tce/10^4 yuan).
        var series = new EconomicSeries([
            new IndicatorValue(Banner, 2020, IndicatorKeys.Gdp, 100e8),
            new IndicatorValue(Banner, 2020, IndicatorKeys.Population, 300_000),
        ]);
        var account = new EnergyAccount(Banner, 2020, ElectricityBasis.Calorific, [], [], 0.0001229, 0, 0, null, null, null, null, 0.0001229, [], []);
        var co2 = EnergyAccountant.Co2(account, [], new RegionTree([]), new GhgInventory.Core.Factors.FactorResolver([], new RegionTree([])), Co2Rule.NationalGrid);
        var points = IntensityCalculator.Compute(account, [co2], null, series, 2020, EnergyRule.Standard);
        using var english = UiCulture.Use(UiCulture.English);
        Assert.Multiple(() =>
        {
            foreach (var key in new[] { IntensityIndicators.EnergyTotal, IntensityIndicators.EnergyIntensity, IntensityIndicators.CoalShare,
                IntensityIndicators.Co2Target, IntensityIndicators.Co2Intensity, IntensityIndicators.Co2PerCapita })
            {
                foreach (var p in points.Where(p => p.Indicator == key))
                {
                    Assert.That(p.Value, Is.Null, key + " " + p.Rule);
                    Assert.That(p.Missing!.Render(), Does.Contain("no energy data of 150622 in 2020").Or.Contain("no CO2 figure of 150622 in 2020"), key);
                }
            }
            Assert.That(co2.Tonnes, Is.Null);
        });
    }

    [Test]
    public void Total_AllSourcesUnderNE_MissingNotAtLeastZero()
    {
        // Every fuel of the region under NE: the cells have no energy; the total is missing with the NE reason, not "at least 0".
        var cell = new EnergyCell(Banner, 2020, CategoryCode.Parse("1.A.2.a"), "raw_coal", FuelUse.Combustion, null, null);
        var account = new EnergyAccount(Banner, 2020, ElectricityBasis.Calorific, [cell], [], 0.0001229, 0, 0, null, null, null, null, 0.0001229, [],
            [LineText.Verbatim("raw coal of 150622 in 2020 is NE")]);
        using var english = UiCulture.Use(UiCulture.English);
        var total = account.Total(EnergyRule.Gross);
        Assert.That(total.Tce, Is.Null);
        Assert.That(total.Missing!.Render(), Does.Contain("every energy source of 150622 in 2020 is under a notation key").And.Contain("raw coal of 150622 in 2020 is NE"));
    }

    [Test]
    public void Total_NonFossilOtherNotGiven_GrossIsLowerBound_NonFossilExcludedIsNot()
    {
        // Decision (issue 14): an absent nonfossil_energy_other row is not a zero, so the gross total (which adds it) stays a lower bound;
        // the non-fossil-excluded total deducts it again, so its absence does not make that total a lower bound. Renewable electricity given.
        var account = Account(2020) with { RenewableElectricityKwh = 1_000_000, NonFossilOtherTce = null };
        using var english = UiCulture.Use(UiCulture.English);
        var gross = account.Total(EnergyRule.Gross);
        var excluded = account.Total(EnergyRule.Default);
        Assert.Multiple(() =>
        {
            Assert.That(gross.IsLowerBound, Is.True);
            Assert.That(gross.LowerBoundBecause.Select(r => r.Render()), Has.Some.Contains("other non-fossil energy"));
            Assert.That(excluded.IsLowerBound, Is.False);
            // 1,000 + 100 tce of fossil fuels; renewable 1,000,000 kWh × 0.0001229 = 122.9 tce added to gross and deducted again.
            Assert.That(gross.Tce, Is.EqualTo(1_222.9).Within(1e-9));
            Assert.That(excluded.Tce, Is.EqualTo(1_100).Within(1e-9));
        });
    }

    [Test]
    public void Assess_LowerBoundCurrentUnderFallingPath_IsIndeterminate()
    {
        // −16.5 % 2020→2025 from 1.0: path 2022 = 0.835^(2/5) = e^(0.4 × −0.1803239) = e^−0.07212956 = 0.9304104.
        // A lower bound 0.90 ≤ 0.9304 says nothing (the true value may be above the path): indeterminate, lower_bound carried.
        var a = AssessChange(baseValue: 1.0, baseLowerBound: false, now: 0.90, nowLowerBound: true);
        Assert.Multiple(() =>
        {
            Assert.That(a.Status, Is.EqualTo(TargetStatus.Indeterminate));
            Assert.That(a.OnTrack, Is.Null);
            Assert.That(a.LowerBound, Is.True);
            Assert.That(a.RequiredPath, Is.EqualTo(0.9304104).Within(1e-6));
            Assert.That(a.Notes.Select(n => n.Render()), Has.Some.StartsWith("indeterminate: the value of 2022 is a lower bound (at least 0.9"));
        });
    }

    [Test]
    public void Assess_LowerBoundCurrentAboveFallingPath_IsDefinitelyOffTrack()
    {
        // A lower bound 0.95 > 0.9304104: the true value is even higher, off track for certain.
        var a = AssessChange(baseValue: 1.0, baseLowerBound: false, now: 0.95, nowLowerBound: true);
        Assert.That(a.Status, Is.EqualTo(TargetStatus.OffTrack));
        Assert.That(a.LowerBound, Is.True);
    }

    [Test]
    public void Assess_LowerBoundBase_OnTrackIsProvenOffTrackIsNot()
    {
        // Base a lower bound: the true path is at least 0.9304104. An exact 0.90 under it is on track for certain; an exact 0.95 above it
        // may still be under the true path: indeterminate.
        var under = AssessChange(baseValue: 1.0, baseLowerBound: true, now: 0.90, nowLowerBound: false);
        var over = AssessChange(baseValue: 1.0, baseLowerBound: true, now: 0.95, nowLowerBound: false);
        Assert.Multiple(() =>
        {
            Assert.That(under.Status, Is.EqualTo(TargetStatus.OnTrack));
            Assert.That(under.BaseLowerBound, Is.True);
            Assert.That(over.Status, Is.EqualTo(TargetStatus.Indeterminate));
        });
    }

    [Test]
    public void Assess_LowerBoundOfRisingShare_MetIsProven()
    {
        // Non-fossil share at least 20 % in 2025; a lower bound of 25 % in 2025 proves it (the true share is higher).
        var target = new Target(Banner, IntensityIndicators.NonFossilShare, "", 2020, 2025, TargetKind.AtLeast, 20, "%", "t", "", "t.csv:2");
        IndicatorPoint[] points = [new(IntensityIndicators.NonFossilShare, "", Banner, 2020, 10, "%"),
            new(IntensityIndicators.NonFossilShare, "", Banner, 2025, 25, "%") { LowerBound = true }];
        Assert.That(TargetTrajectory.Assess(target, points, 2025).Single().Status, Is.EqualTo(TargetStatus.Met));
    }

    [Test]
    public void Assess_InfiniteOrNaNPoint_IsMissingAndNothingNonFiniteLeaves()
    {
        var target = new Target(Banner, IntensityIndicators.EnergyIntensity, "gross", 2020, 2025, TargetKind.Change, -16.5, "%", "t", "", "t.csv:2");
        IndicatorPoint[] points = [new(IntensityIndicators.EnergyIntensity, "gross", Banner, 2020, double.NaN, Intensity),
            new(IntensityIndicators.EnergyIntensity, "gross", Banner, 2022, double.PositiveInfinity, Intensity)];
        var a = TargetTrajectory.Assess(target, points, 2022).Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.Status, Is.EqualTo(TargetStatus.Missing));
            AssertFinite(a);
            Assert.That(TargetTrajectory.Series(target, points, 2025).SelectMany(s => s.Points)
                .All(p => (p.Value is null || double.IsFinite(p.Value.Value)) && (p.Path is null || double.IsFinite(p.Path.Value))), Is.True);
        });
    }

    private static TargetAssessment AssessChange(double baseValue, bool baseLowerBound, double now, bool nowLowerBound)
    {
        var target = new Target(Banner, IntensityIndicators.EnergyIntensity, "gross", 2020, 2025, TargetKind.Change, -16.5, "%", "t", "", "t.csv:2");
        IndicatorPoint[] points = [new(IntensityIndicators.EnergyIntensity, "gross", Banner, 2020, baseValue, Intensity) { LowerBound = baseLowerBound },
            new(IntensityIndicators.EnergyIntensity, "gross", Banner, 2022, now, Intensity) { LowerBound = nowLowerBound }];
        using var english = UiCulture.Use(UiCulture.English);
        return TargetTrajectory.Assess(target, points, 2022).Single();
    }

    private static void AssertFinite(TargetAssessment a)
    {
        foreach (var v in new[] { a.BaseValue, a.TargetValue, a.RequiredRatePct, a.RequiredPath, a.CurrentValue, a.AchievedChangePct, a.Gap, a.GapPct, a.NeededRatePct })
        {
            Assert.That(v is null || double.IsFinite(v.Value), Is.True, "non-finite " + v);
        }
    }

    private static List<IndicatorPoint> Compute(EnergyAccount account, EconomicSeries series, int year)
    {
        using var english = UiCulture.Use(UiCulture.English);
        var points = IntensityCalculator.Compute(account with { Year = year }, [], 1_000, series, 2020, [EnergyRule.Gross, EnergyRule.Default]).ToList();
        return points.Select(p => p with { Missing = p.Missing is { } m ? LineText.Verbatim(m.Render()) : null }).ToList();
    }

    /// <summary>Coal 1,000 tce and natural gas 100 tce, no electricity traded, nothing non-fossil given (illustrative).</summary>
    private static EnergyAccount Account(int year)
    {
        EnergyCell[] cells =
        [
            new(Banner, year, CategoryCode.Parse("1.A.1.a.i"), "raw_coal", FuelUse.Combustion, 1_000, 2_000),
            new(Banner, year, CategoryCode.Parse("1.A.4.b"), "natural_gas", FuelUse.Combustion, 100, 150),
        ];
        return new EnergyAccount(Banner, year, ElectricityBasis.Calorific, cells, [], 0.0001229, 0, 0, null, null, null, 0, 0.0001229, [], []);
    }
}
