using GhgInventory.Core.Economy;
using GhgInventory.Core.Energy;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>Computes the scored indicators of one region and year (<see cref="IntensityIndicators"/>) from its energy account, its CO2 for the target and its socio-economic indicators.</summary>
/// <remarks>
/// Intensities divide by GDP (or industrial value added) at the constant prices of the base year, chained from the volume indices by
/// <see cref="EconomicSeries"/>; a missing value or index makes the point missing with the reason, never interpolated. An energy rule that
/// deducts new renewables still counts them in the intensity (2022 notice). Lower bounds and borrowed factors go to each point's notes.
/// </remarks>
public static class IntensityCalculator
{
    private const double YuanPer10k = 1e4;

    /// <summary>Every indicator of <paramref name="account"/>'s region and year.</summary>
    /// <param name="account">The region's energy account.</param>
    /// <param name="co2">The CO2 for the target under each rule asked for.</param>
    /// <param name="territorialCo2Tonnes">The region's territorial CO2 (all categories but LULUCF, 3.B, whose removals are no emission), t; null when no line has a figure (every line under a
    /// notation key, or none): the per-capita figure is then missing, never 0.</param>
    /// <remarks>No value returned is Infinity or NaN: a figure whose arithmetic is not finite (a divisor of 0) is missing with the reason
    /// (issue 14); an indicator under NE or C makes every figure that needs it missing, naming indicator, region, year and key.</remarks>
    /// <param name="series">The socio-economic indicators of the run.</param>
    /// <param name="baseYear">The price base year of the intensities.</param>
    /// <param name="rules">The energy rules to compute the energy total and intensity under.</param>
    public static IReadOnlyList<IndicatorPoint> Compute(EnergyAccount account, IReadOnlyList<Co2ForTarget> co2, double? territorialCo2Tonnes,
        EconomicSeries series, int baseYear, IReadOnlyList<EnergyRule> rules)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(co2);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(rules);
        var region = account.Region;
        int year = account.Year;
        var points = new List<IndicatorPoint>();
        var gdp = series.GdpAtConstantPrices(region, year, baseYear);
        var gdpMissing = ConstantMissing(series, region, year, baseYear, IndicatorKeys.Gdp, gdp);
        double? gdp10k = gdp.Yuan / YuanPer10k;
        var noEnergyData = account.NoEnergyBecause;
        string electricity = account.Basis == ElectricityBasis.Calorific ? "calorific" : "coal-equivalent";
        IndicatorPoint Point(string key, string rule, double? value, string unit, LineText? missing, IEnumerable<LineText>? notes = null,
            bool lowerBound = false, string basis = "")
        {
            // The guard: nothing non-finite leaves the calculator (issue 14); such a figure is missing with the reason.
            missing ??= value is { } v && !double.IsFinite(v) ? SectorSay.Energy.Text("NotFinite", region.ToString(), year) : null;
            return new(key, rule, region, year, missing is null ? value : null, unit, missing, (notes ?? []).Concat(account.Notes).ToList())
            {
                LowerBound = lowerBound && missing is null,
                Basis = basis,
            };
        }

        foreach (var rule in rules)
        {
            var total = account.Total(rule);
            points.Add(Point(IntensityIndicators.EnergyTotal, rule.Name, total.Tce, "tce", total.Missing, total.LowerBoundBecause, total.IsLowerBound, electricity));
            var counted = account.Total(rule.ForIntensity);
            var notes = counted.LowerBoundBecause.ToList();
            if (!rule.IntensityUsesTotal)
            {
                notes.Add(SectorSay.Energy.Text("NewRenewableStillInIntensity"));
            }
            points.Add(Point(IntensityIndicators.EnergyIntensity, rule.Name, counted.Tce / gdp10k, "tce/10^4 yuan", counted.Missing ?? gdpMissing, notes,
                counted.IsLowerBound, electricity));
        }
        var population = series.Number(region, year, IndicatorKeys.Population);
        var populationMissing = population is null ? IndicatorMissing(series, region, year, IndicatorKeys.Population) : null;
        foreach (var c in co2)
        {
            bool co2LowerBound = c.LowerBoundBecause.Count > 0;
            points.Add(Point(IntensityIndicators.Co2Target, c.Rule, c.Tonnes, "t", c.Missing, c.LowerBoundBecause.Concat(c.Notes), co2LowerBound));
            points.Add(Point(IntensityIndicators.Co2Intensity, c.Rule, c.Tonnes / gdp10k, "t/10^4 yuan", c.Missing ?? gdpMissing, c.LowerBoundBecause.Concat(c.Notes), co2LowerBound));
            points.Add(Point(IntensityIndicators.Co2PerCapita, c.Rule, c.Tonnes / population, "t/person", c.Missing ?? populationMissing, c.LowerBoundBecause.Concat(c.Notes), co2LowerBound));
        }
        points.Add(Point(IntensityIndicators.Co2PerCapita, IntensityIndicators.Territorial, territorialCo2Tonnes / population, "t/person",
            (territorialCo2Tonnes is null ? SectorSay.Energy.Text("NoCo2Figure", region.ToString(), year, noEnergyData ?? LineText.Verbatim("NE")) : null) ?? populationMissing));

        var gross = account.GrossLowerBoundBecause;
        double grossTce = account.GrossTce;
        LineText? noEnergy = noEnergyData ?? (grossTce > 0 ? null : SectorSay.Energy.Text("NoEnergy", region.ToString(), year));
        // A share of a lower-bound total is not itself a bound in either direction: the notes say so.
        var shareNotes = gross.Count > 0 ? gross.Prepend(SectorSay.Energy.Text("ShareOfLowerBound")).ToList() : [];
        // Coal share: the net exported electricity is deducted from coal as it is from the total (the engine's basis, named on the figure; the
        // statistics bureau's method is UNVERIFIED): coal burnt for exported power is not the region's use, so the share stays within 100 %.
        double coalTce = account.CoalTce + Math.Min(0, account.NetImportTce ?? 0);
        double coalShare = coalTce / grossTce * 100;
        points.Add(Point(IntensityIndicators.CoalShare, "", coalShare, "%", noEnergy, Flagged(coalShare, shareNotes.Append(SectorSay.Energy.Text("CoalShareBasis"))),
            basis: CoalShareBasis));
        double nonFossilShare = account.NonFossilTce / grossTce * 100;
        points.Add(Point(IntensityIndicators.NonFossilShare, "", nonFossilShare, "%",
            noEnergy ?? (account.RenewableElectricityKwh is null ? IndicatorMissing(series, region, year, IndicatorKeys.RenewableElectricityConsumption) : null),
            Flagged(nonFossilShare, shareNotes), basis: electricity));
        double finalTce = account.FinalTce;
        points.Add(Point(IntensityIndicators.ElectricityShareFinal, "", account.ElectricityFinalCalorificTce / finalTce * 100, "%",
            noEnergyData ?? (finalTce > 0 ? null : SectorSay.Energy.Text("NoEnergy", region.ToString(), year))));

        var capacity = series.Number(region, year, IndicatorKeys.RenewableCapacity);
        var installed = series.Number(region, year, IndicatorKeys.InstalledCapacity);
        var capacityMissing = capacity is null ? IndicatorMissing(series, region, year, IndicatorKeys.RenewableCapacity) : null;
        points.Add(Point(IntensityIndicators.RenewableCapacity, "", capacity / 1e6, "GW", capacityMissing));
        points.Add(Point(IntensityIndicators.RenewableCapacityShare, "", capacity / installed * 100, "%",
            capacityMissing ?? (installed is null ? IndicatorMissing(series, region, year, IndicatorKeys.InstalledCapacity) : null)));
        points.Add(Point(IntensityIndicators.RenewableConsumptionShare, "",
            (account.RenewableElectricityKwh + (account.GreenCertificateKwh ?? 0)) / account.ConsumptionKwh * 100, "%",
            account.RenewableElectricityKwh is null ? IndicatorMissing(series, region, year, IndicatorKeys.RenewableElectricityConsumption)
            : account.ConsumptionKwh > 0 ? null : SectorSay.Energy.Text("NoElectricityUse", region.ToString(), year)));

        var industry = series.AtConstantPrices(region, year, baseYear, IndicatorKeys.ValueAddedIndustry);
        double? industryTce = IndustryTce(account);
        points.Add(Point(IntensityIndicators.IndustryEnergyIntensity, "", industryTce / (industry.Yuan / YuanPer10k), "tce/10^4 yuan",
            noEnergyData ?? (industryTce is null ? SectorSay.Energy.Text("IndustryNotSeparable", region.ToString(), year) : null)
                ?? ConstantMissing(series, region, year, baseYear, IndicatorKeys.ValueAddedIndustry, industry), gross, gross.Count > 0));
        return points;
    }

    /// <summary>Industrial energy, tce: gross energy less what transport and the other sectors (1.A.3–1.A.5) used, their fuels and their
    /// electricity and heat on the account's basis; power and heat generation and the energy industries are industry (国民经济行业分类 B–D).
    /// Null when a non-industry cell has no figure: subtracting it as 0 would raise industry's energy by what is unknown.</summary>
    private static double? IndustryTce(EnergyAccount account)
    {
        static bool NonIndustry(Energy.EnergyCell c) => EnergyAccount.Sector(c.Category) is "1.A.3" or "1.A.4" or "1.A.5";
        var nonIndustry = account.Cells.Where(NonIndustry).Concat(account.FinalUseCells.Where(NonIndustry)).ToList();
        return nonIndustry.Any(c => c.EnergyTce is null) ? null : account.GrossTce - nonIndustry.Sum(c => c.EnergyTce!.Value);
    }

    /// <summary>The stable name of the coal share's basis: net exported electricity deducted from coal and from the total.</summary>
    public const string CoalShareBasis = "net_export_deducted_from_coal";

    /// <summary><paramref name="notes"/>, with a flag first when <paramref name="share"/> (%) falls outside 0–100 %.</summary>
    private static IEnumerable<LineText> Flagged(double share, IEnumerable<LineText> notes) =>
        double.IsFinite(share) && (share < 0 || share > 100) ? notes.Prepend(SectorSay.Energy.Text("ShareOutOfRange", Math.Round(share, 1, MidpointRounding.AwayFromZero))) : notes;

    /// <summary>The reason a constant-price divisor is not positive (0 or negative GDP), or null when it is positive or already missing.</summary>
    private static LineText? NotPositive(ConstantPriceValue value, Domain.RegionCode region, int year, string key) =>
        value.Yuan is { } y && !(y > 0) ? SectorSay.Energy.Text("GdpNotPositive", SectorSay.Energy.Text("Name_" + key), region.ToString(), year, y) : null;

    private static LineText IndicatorMissing(EconomicSeries series, Domain.RegionCode region, int year, string key) =>
        UnderNotation(series, region, year, key) ?? SectorSay.Energy.Text("IndicatorNotGiven", SectorSay.Energy.Text("Name_" + key), region.ToString(), year);

    /// <summary>"GDP index of 150622 in 2022 is reported as NE (not estimated) (reason)" when that indicator row is a notation key; null otherwise.</summary>
    private static LineText? UnderNotation(EconomicSeries series, Domain.RegionCode region, int year, string key) =>
        series.Find(region, year, key) is { Notation: { } notation } value
            ? SectorSay.Energy.Text("IndicatorUnderNotation", SectorSay.Energy.Text("Name_" + key), region.ToString(), year,
                notation is NotationKey.NE or NotationKey.C ? SectorSay.Energy.Text("Notation_" + notation) : LineText.Verbatim(notation.ToString()),
                value.Reason is { } why ? SectorSay.Energy.Text("NotationReason", why) : LineText.Verbatim(""))
            : null;

    /// <summary>The constant-price value's reason, naming the indicator row under a notation key that broke the chain (the base year's
    /// current-price value or a year's volume index) when there is one: the reader learns the key, not only that a number is absent.</summary>
    private static LineText? ConstantMissing(EconomicSeries series, Domain.RegionCode region, int year, int baseYear, string key, ConstantPriceValue value)
    {
        if (value.Missing is null)
        {
            return NotPositive(value, region, year, key);
        }
        if (UnderNotation(series, region, baseYear, key) is { } baseNotation)
        {
            return baseNotation;
        }
        string index = IndicatorKeys.IndexOf(key)!;
        for (int t = Math.Min(year, baseYear) + 1; t <= Math.Max(year, baseYear); t++)
        {
            if (series.Number(region, t, index) is null)
            {
                return UnderNotation(series, region, t, index) ?? value.Missing;
            }
        }
        return value.Missing;
    }
}
