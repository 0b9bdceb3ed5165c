using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Energy;

/// <summary>A region's energy consumption (能源消费总量) for one year in standard coal, with its parts and its totals under each counting rule.</summary>
/// <remarks>
/// Gross energy consumption = fossil fuels used in the region by every user, power and heat plants and autoproducers included, feedstock
/// (原料用能) included, transformation inputs − transformation outputs (the loss) + non-fossil electricity (renewable_electricity_consumption)
/// + net imported electricity (consumption − generation, negative for a net exporter) on the account's basis + other non-fossil energy
/// (nonfossil_energy_other). Electricity and heat used by end-use sectors (<see cref="FinalUseCells"/>) are not added again: their energy
/// is in the fuels of the plants that made them and in the net import. This is the consumption side of the regional energy balance
/// (能源平衡表: 能源消费总量 = 终端消费量 + 加工转换损失量 + 损失量) as 国家统计局《能源统计报表制度》 and GB/T 2589-2020 §3 (综合能耗) define it;
/// the README section "Energy in standard coal" says what the engine can and cannot see of it.
/// </remarks>
/// <param name="Region">The region (its sources and those of every region below it).</param>
/// <param name="Year">The year.</param>
/// <param name="Basis">How electricity is converted.</param>
/// <param name="Cells">The fuel sources counted in the total: inputs positive, transformation outputs negative.</param>
/// <param name="FinalUseCells">Electricity and heat used by end-use sectors, on the basis; shown by sector, never added to the total.</param>
/// <param name="ElectricityTcePerKwh">The conversion of electricity on <paramref name="Basis"/>, tce/kWh.</param>
/// <param name="GenerationKwh">Electricity generated in the region (the run's bridge), kWh; null when a plant's generation is unknown.</param>
/// <param name="ConsumptionKwh">Electricity used in the region (the run's bridge), kWh.</param>
/// <param name="RenewableElectricityKwh">Renewable electricity consumed (indicator renewable_electricity_consumption), kWh; null when not given.</param>
/// <param name="RenewableElectricityBaseKwh">The same in 2020, the base of the 2022 rule on new renewables, kWh; null when not given.</param>
/// <param name="GreenCertificateKwh">Green-certificate electricity bought net (indicator green_certificate_electricity), kWh; null when not given.</param>
/// <param name="NonFossilOtherTce">Other non-fossil energy (indicator nonfossil_energy_other), tce; null when not given.</param>
/// <param name="CalorificTcePerKwh">The calorific equivalent of electricity (当量值, GB/T 2589), tce/kWh: final energy counts electricity on it.</param>
/// <param name="Notes">What the figures lean on that a reader must see (a borrowed power coal rate year …).</param>
/// <param name="Incomplete">Sources without energy (a notation key, a fuel without coefficient) or with a part under NE or C (issue 12), one sentence each: every total is then a lower bound.</param>
public sealed record EnergyAccount(
    RegionCode Region,
    int Year,
    ElectricityBasis Basis,
    IReadOnlyList<EnergyCell> Cells,
    IReadOnlyList<EnergyCell> FinalUseCells,
    double ElectricityTcePerKwh,
    double? GenerationKwh,
    double ConsumptionKwh,
    double? RenewableElectricityKwh,
    double? RenewableElectricityBaseKwh,
    double? GreenCertificateKwh,
    double? NonFossilOtherTce,
    double CalorificTcePerKwh,
    IReadOnlyList<LineText> Notes,
    IReadOnlyList<LineText> Incomplete)
{
    /// <summary>Fossil fuels net of transformation outputs, tce (the cells with an energy).</summary>
    public double FossilTce => Cells.Sum(c => c.EnergyTce ?? 0);

    /// <summary>Fuel used as feedstock (原料用能), tce.</summary>
    public double FeedstockTce => Cells.Where(c => c.Use == FuelUse.Feedstock).Sum(c => c.EnergyTce ?? 0);

    /// <summary>Coal and coal products net of their outputs (原煤, 洗煤, 型煤, 煤矸石, 焦炭, 煤气, 焦化产品), tce: the numerator of the coal share.</summary>
    public double CoalTce => Cells.Where(c => EnergyAccountant.IsCoalGroup(c.Activity)).Sum(c => c.EnergyTce ?? 0);

    /// <summary>Net imported electricity, kWh: consumption − generation, negative for a net exporter; null when generation is unknown.</summary>
    public double? NetImportKwh => GenerationKwh is { } g ? ConsumptionKwh - g : null;

    /// <summary>Net imported electricity on the basis, tce; null when generation is unknown.</summary>
    public double? NetImportTce => NetImportKwh * ElectricityTcePerKwh;

    /// <summary>Renewable electricity on the basis, tce (0 when the indicator is not given: then the gross total is a lower bound).</summary>
    public double RenewableElectricityTce => (RenewableElectricityKwh ?? 0) * ElectricityTcePerKwh;

    /// <summary>All non-fossil energy counted in the gross total, tce.</summary>
    public double NonFossilTce => RenewableElectricityTce + (NonFossilOtherTce ?? 0);

    /// <summary>Why the gross total is only a lower bound: sources without energy, unknown generation, non-fossil indicators not given.</summary>
    public IReadOnlyList<LineText> GrossLowerBoundBecause => LowerBound(includeRenewable: true);

    /// <summary>Gross energy consumption, tce (a lower bound when <see cref="GrossLowerBoundBecause"/> is not empty).</summary>
    public double GrossTce => FossilTce + (NetImportTce ?? 0) + NonFossilTce;

    /// <summary>Why the account has no energy figure at all, or null when it has one: no energy source and no electricity in the region
    /// (indicator rows alone are not energy data: 0 would be a silently wrong number), or every fuel source under NE or C (issue 14).</summary>
    public LineText? NoEnergyBecause =>
        Cells.Any(c => c.EnergyTce is not null) || FinalUseCells.Any(c => c.EnergyTce is not null) || ConsumptionKwh != 0 || (GenerationKwh ?? 0) != 0
            ? null
            : Cells.Count == 0 && Incomplete.Count == 0
                ? SectorSay.Energy.Text("NoEnergyData", Region.ToString(), Year)
                : SectorSay.Energy.Text("AllEnergyUnderNotation", Region.ToString(), Year, Incomplete.Count > 0 ? Incomplete[0] : LineText.Verbatim(""));

    /// <summary>The total under <paramref name="rule"/>, with what was deducted and why it is a lower bound or missing.</summary>
    /// <remarks>
    /// new_renewable_excluded deducts max(0, R − R2020) on the basis, R = renewable_electricity_consumption + green_certificate_electricity
    /// (green certificates are the proof of renewable consumption, 2022 notice §2); non_fossil_excluded deducts R on the basis and the other
    /// non-fossil energy (发改环资〔2024〕113号 二(一) and 二(二)); feedstock_excluded deducts the feedstock energy (发改环资〔2022〕803号).
    /// Under non_fossil_excluded the renewable electricity added to the gross total is deducted again, so a missing renewable indicator
    /// does not make that total a lower bound; a missing green-certificate figure is read as none bought (noted). Likewise an absent
    /// nonfossil_energy_other row: it is not a zero (the region may have such energy), so the gross total stays a lower bound, but the
    /// non-fossil-excluded totals deduct that energy again and are not flagged for its absence (issue 14, decided and tested).
    /// A region with no energy figure (<see cref="NoEnergyBecause"/>) has every total missing, never 0.
    /// </remarks>
    public EnergyTotal Total(EnergyRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        double feedstock = rule.FeedstockExcluded ? FeedstockTce : 0;
        double certificates = (GreenCertificateKwh ?? 0) * ElectricityTcePerKwh;
        LineText? missing = NoEnergyBecause;
        double nonFossil = 0;
        switch (rule.NonFossil)
        {
            case NonFossilDeduction.AllNonFossil:
                nonFossil = NonFossilTce + certificates;
                break;
            case NonFossilDeduction.NewRenewableOver2020:
                if (RenewableElectricityKwh is null || RenewableElectricityBaseKwh is null)
                {
                    missing ??= SectorSay.Energy.Text("NewRenewableNeedsBase", Year);
                }
                else
                {
                    nonFossil = Math.Max(0, RenewableElectricityKwh.Value + (GreenCertificateKwh ?? 0) - RenewableElectricityBaseKwh.Value) * ElectricityTcePerKwh;
                }
                break;
        }
        var lowerBound = LowerBound(includeRenewable: rule.NonFossil != NonFossilDeduction.AllNonFossil);
        return new EnergyTotal(rule.Name, missing is null ? GrossTce - nonFossil - feedstock : null, GrossTce, nonFossil, feedstock, lowerBound, missing);
    }

    /// <summary>Energy by fuel (cells summed by activity), largest first.</summary>
    public IReadOnlyList<EnergyPart> ByFuel() => Parts(Cells, c => c.Activity);

    /// <summary>Energy by IPCC sector (three levels, <c>1.A.2</c>), in category order; transformation outputs net against their sector.</summary>
    public IReadOnlyList<EnergyPart> BySector() => Parts(Cells, c => Sector(c.Category)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    /// <summary>Energy by use (combustion, autoproducer, feedstock, transformation, output).</summary>
    public IReadOnlyList<EnergyPart> ByUse() => Parts(Cells, c => c.Use.ToString().ToLowerInvariant());

    /// <summary>Final energy consumption (终端能源消费) by sector: fuels used outside power and heat plants and transformation, feedstock
    /// included, plus electricity (on the calorific basis) and heat used; tce.</summary>
    public IReadOnlyList<EnergyPart> FinalBySector() =>
        Parts(Cells.Where(EnergyAccountant.IsFinal).Concat(FinalUseCells.Where(EnergyAccountant.IsFinal).Select(c => c.Activity == EnergyAccountant.Electricity
            ? c with { EnergyTce = c.EnergyTce / ElectricityTcePerKwh * CalorificTcePerKwh } : c)), c => Sector(c.Category))
        .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    /// <summary>Electricity used by end-use sectors on the calorific basis (当量值), tce: the numerator of the electricity share of final energy.</summary>
    public double ElectricityFinalCalorificTce => FinalUseCells.Where(c => c.Activity == EnergyAccountant.Electricity && EnergyAccountant.IsFinal(c))
        .Sum(c => c.EnergyTce ?? 0) / ElectricityTcePerKwh * CalorificTcePerKwh;

    /// <summary>Final energy consumption, tce (sum of <see cref="FinalBySector"/>).</summary>
    public double FinalTce => FinalBySector().Sum(p => p.Tce);

    /// <summary>The sector key of a category: its first three levels (<c>1.A.2.c</c> → <c>1.A.2</c>).</summary>
    public static string Sector(CategoryCode category)
    {
        var parts = category.ToString().Split('.');
        return string.Join('.', parts.Take(3));
    }

    private static List<EnergyPart> Parts(IEnumerable<EnergyCell> cells, Func<EnergyCell, string> key) =>
        cells.GroupBy(key)
            .Select(g => new EnergyPart(g.Key, g.Sum(c => c.EnergyTce ?? 0), g.Any(c => c.EnergyTce is null))
            {
                Basis = g.Any(c => c.Basis == CoefficientBasis.CalorificValue) ? CoefficientBasis.CalorificValue
                    : g.All(c => c.EnergyTce is null) ? CoefficientBasis.None : CoefficientBasis.Coefficient,
            })
            .OrderByDescending(p => p.Tce)
            .ToList();

    private List<LineText> LowerBound(bool includeRenewable)
    {
        var reasons = new List<LineText>(Incomplete);
        if (GenerationKwh is null)
        {
            reasons.Add(SectorSay.Energy.Text("GenerationUnknown"));
        }
        if (includeRenewable && RenewableElectricityKwh is null)
        {
            reasons.Add(SectorSay.Energy.Text("RenewableNotGiven", Region.ToString(), Year));
        }
        if (includeRenewable && NonFossilOtherTce is null)
        {
            reasons.Add(SectorSay.Energy.Text("NonFossilOtherNotGiven", Region.ToString(), Year));
        }
        return reasons;
    }
}
