using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>CO2 of the carbon stock change in living biomass of forest land and grassland (3.B.1, 3.B.3), by gain-loss or stock-difference:
/// a net gain of carbon is a removal, written as a negative line.</summary>
/// <remarks>
/// <para>Every line is CO2 = −ΔC × 44/12 (t CO2 from t C; IPCC 2006 Vol.4 Ch.2 §2.2, the CO2 of a carbon stock change), so a
/// growing stock (ΔC &gt; 0) gives a negative line and a loss a positive one. Per activity of kind land, one line on its own source:</para>
/// <list type="bullet">
/// <item><c>forest_area</c>, <c>afforested_area</c> (ha): gain ΔC_G = A × G_W × (1 + R) × CF (Vol.4 Ch.2 Eq.2.9 and Eq.2.10,
/// G_TOTAL = G_W × (1 + R)); parameters <c>biomass_growth</c> (t d.m./ha/yr, Vol.4 Ch.4 Tables 4.9–4.10), <c>root_shoot_ratio</c>
/// (Table 4.4) and <c>carbon_fraction_dm</c> (t C/t d.m., Table 4.3).</item>
/// <item><c>wood_removals</c>, <c>fuelwood_removals</c> (m3): loss L = H × BCEF_R × (1 + R) × CF (Eq.2.12; the tree part of Eq.2.13);
/// parameter <c>bcef_removals</c> (t d.m. of biomass removed per m3 removed, Table 4.5).</item>
/// <item><c>grassland_established_area</c> (ha, converted to grassland in the year): ΔC = A × (B_AFTER − B_BEFORE) × CF (Eq.2.16,
/// the Tier 1 conversion with the whole new stock in the year of conversion, Vol.4 Ch.6 §6.3.1); parameters <c>biomass_after</c>
/// (Table 6.4) and <c>biomass_before</c> (t d.m./ha).</item>
/// <item><c>grassland_area</c> (ha, grassland remaining grassland): ΔC = 0, the Tier 1 assumption of no net change in biomass
/// (Vol.4 Ch.6 §6.2.1.1), written as a computed 0 that says so.</item>
/// <item><c>forest_growing_stock</c> (m3, the stock at the end of the year): stock-difference ΔC = (C_t2 − C_t1)/(t2 − t1)
/// (Eq.2.8) with C = V × D × BEF × (1 + R) × CF, t1 the latest earlier year of the series with a stock of the same region and
/// category; parameters <c>wood_density</c> (t d.m./m3), <c>biomass_expansion</c> and the two above. Gain-loss sources of the same
/// region, year and category are then included in it (IE), never counted twice.</item>
/// </list>
/// <para>A parameter the library lacks, or a stock with no earlier stock in the compile, gives an NE line with the reason; a land
/// activity without a formula here is NE too. Soil and dead organic matter are not estimated by this method.</para>
/// </remarks>
public sealed class LandCarbonStockChangeMethod : IEmissionMethod
{
    /// <summary>The method's key in methods.csv.</summary>
    public const string MethodKey = "land_carbon_stock_change";

    /// <summary>The label stored on every line of this method.</summary>
    public const string Name = "carbon stock change in living biomass, gain-loss or stock-difference (IPCC 2006 Vol.4 Ch.2 Eq.2.7–2.16; CO2 = −44/12 × ΔC)";

    /// <summary>Parameter: annual above-ground biomass growth G_W, t d.m. per ha and year (IPCC 2006 Vol.4 Ch.4 Tables 4.9–4.10).</summary>
    public const string BiomassGrowth = "biomass_growth";
    /// <summary>Parameter: ratio R of below-ground to above-ground biomass (IPCC 2006 Vol.4 Ch.4 Table 4.4).</summary>
    public const string RootShootRatio = "root_shoot_ratio";
    /// <summary>Parameter: carbon fraction CF of dry matter, t C per t d.m. (IPCC 2006 Vol.4 Ch.4 Table 4.3).</summary>
    public const string CarbonFraction = "carbon_fraction_dm";
    /// <summary>Parameter: BCEF_R, t d.m. of biomass removed per m3 of wood removals (IPCC 2006 Vol.4 Ch.4 Table 4.5).</summary>
    public const string BcefRemovals = "bcef_removals";
    /// <summary>Parameter: basic wood density D, t d.m. per m3 of growing stock (IPCC 2006 Vol.4 Ch.4 Table 4.14; 省级指南 基本木材密度 SVD).</summary>
    public const string WoodDensity = "wood_density";
    /// <summary>Parameter: biomass expansion factor BEF from stem to above-ground biomass (IPCC 2006 Vol.4 Ch.2 Eq.2.8; 省级指南 生物量转换系数 BEF).</summary>
    public const string BiomassExpansion = "biomass_expansion";
    /// <summary>Parameter: living biomass of the new land use after conversion, t d.m./ha (IPCC 2006 Vol.4 Ch.6 Table 6.4 for grassland).</summary>
    public const string BiomassAfter = "biomass_after";
    /// <summary>Parameter: living biomass of the land before conversion, t d.m./ha.</summary>
    public const string BiomassBefore = "biomass_before";

    /// <summary>Activity: forest land remaining forest land, ha.</summary>
    public const string ForestArea = "forest_area";
    /// <summary>Activity: land converted to forest land still in its conversion period (afforestation, sand fixation), ha.</summary>
    public const string AfforestedArea = "afforested_area";
    /// <summary>Activity: commercial wood removals, m3.</summary>
    public const string WoodRemovals = "wood_removals";
    /// <summary>Activity: fuelwood removed as whole trees, m3.</summary>
    public const string FuelwoodRemovals = "fuelwood_removals";
    /// <summary>Activity: forest growing stock at the end of the year, m3.</summary>
    public const string GrowingStock = "forest_growing_stock";
    /// <summary>Activity: land converted to grassland in the year, ha.</summary>
    public const string GrasslandEstablished = "grassland_established_area";
    /// <summary>Activity: grassland remaining grassland, ha.</summary>
    public const string GrasslandArea = "grassland_area";

    /// <summary>t CO2 per t C, 44/12 (molar masses; IPCC 2006 Vol.4 Ch.2 §2.2.1).</summary>
    public const double Co2PerCarbon = 44.0 / 12.0;

    private const string Reader = "land carbon stock change (IPCC 2006 Vol.4 Ch.2: gain-loss, stock-difference)";

    /// <inheritdoc/>
    public string Key => MethodKey;

    /// <inheritdoc/>
    public string Label => Name;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Name] = LandText.ResourceManager.GetString(nameof(LandText.MethodName), UiCulture.Chinese) ?? Name,
    };

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Series;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CO2];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads { get; } =
    [
        new(BiomassGrowth, QuantityKind.Material, FactorPer.ActivityUnit, [], ActivityScope.Routed, Reader),
        new(RootShootRatio, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader),
        new(CarbonFraction, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader),
        new(BcefRemovals, QuantityKind.Material, FactorPer.ActivityUnit, [], ActivityScope.Routed, Reader),
        new(WoodDensity, QuantityKind.Material, FactorPer.ActivityUnit, [], ActivityScope.Routed, Reader),
        new(BiomassExpansion, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Reader),
        new(BiomassAfter, QuantityKind.Material, FactorPer.ActivityUnit, [], ActivityScope.Routed, Reader),
        new(BiomassBefore, QuantityKind.Material, FactorPer.ActivityUnit, [], ActivityScope.Routed, Reader),
    ];

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var year = input.Group;
        var lines = new List<EmissionLine>(year.Count);
        var stocks = year.Where(s => s.Activity == GrowingStock).ToList();
        var others = year.Where(s => s.Activity != GrowingStock).ToList();
        var stockLines = stocks.Select(s => StockDifference(s, input, context)).ToList();
        var byStock = stockLines.FirstOrDefault(l => l?.MassTonnes is not null);
        for (int i = 0; i < stocks.Count; i++)
        {
            var name = Say.Activity(stocks[i].Activity, input.Activities);
            // No earlier stock: with gain-loss rows in the group the stock is not needed this year (NA, the gain-loss stands);
            // alone, the category's change is not estimated (NE).
            lines.Add(stockLines[i] ?? (others.Count > 0 && byStock is null
                ? EmissionLine.UnderNotationKey(stocks[i], Gas.CO2, EmissionScope.Territorial, NotationKey.NA, Name,
                    SectorSay.Land.Text(nameof(LandText.StockWithoutEarlierGainLossUsed), name, stocks[i].Category.Value, stocks[i].Year))
                : MethodLines.NotEstimated(stocks[i], Gas.CO2, Name, SectorSay.Land.Text(nameof(LandText.NoEarlierStock), name, stocks[i].Category.Value, stocks[i].Year))));
        }
        foreach (var source in others)
        {
            lines.Add(byStock is not null
                ? EmissionLine.UnderNotationKey(source, Gas.CO2, EmissionScope.Territorial, NotationKey.IE, Name,
                    SectorSay.Land.Text(nameof(LandText.IncludedInStockDifference), Say.Activity(source.Activity, input.Activities), source.Category.Value))
                : GainOrLoss(source, input, context));
        }
        return lines;
    }

    /// <summary>The gain-loss line of one area or removal source.</summary>
    private static EmissionLine GainOrLoss(EmissionSource source, MethodInput input, CombustionContext context)
    {
        var name = Say.Activity(source.Activity, input.Activities);
        switch (source.Activity)
        {
            case ForestArea or AfforestedArea:
            {
                if (Factors(source, context, input, out var f, BiomassGrowth, RootShootRatio, CarbonFraction) is { } missing)
                {
                    return missing;
                }
                double g = f[0].Factor.EngineValue, r = f[1].Factor.EngineValue, cf = f[2].Factor.EngineValue;
                double carbon = source.ActivityBase * g * (1 + r) * cf;
                double co2 = -carbon * Co2PerCarbon;
                return MethodLines.Line(source, context, Gas.CO2, co2, Name,
                    SectorSay.Land.Text(nameof(LandText.GainArithmetic), N(source.ActivityBase), N(g), N(r), N(cf), N(carbon), N(co2)), f, CarbonOrigin.NonFossil);
            }
            case WoodRemovals or FuelwoodRemovals:
            {
                if (Factors(source, context, input, out var f, BcefRemovals, RootShootRatio, CarbonFraction) is { } missing)
                {
                    return missing;
                }
                double bcef = f[0].Factor.EngineValue, r = f[1].Factor.EngineValue, cf = f[2].Factor.EngineValue;
                double carbon = source.ActivityBase * bcef * (1 + r) * cf;
                double co2 = carbon * Co2PerCarbon;
                return MethodLines.Line(source, context, Gas.CO2, co2, Name,
                    SectorSay.Land.Text(nameof(LandText.LossArithmetic), N(source.ActivityBase), N(bcef), N(r), N(cf), N(carbon), N(co2)), f, CarbonOrigin.NonFossil);
            }
            case GrasslandEstablished:
            {
                if (Factors(source, context, input, out var f, BiomassAfter, BiomassBefore, CarbonFraction) is { } missing)
                {
                    return missing;
                }
                double after = f[0].Factor.EngineValue, before = f[1].Factor.EngineValue, cf = f[2].Factor.EngineValue;
                double carbon = source.ActivityBase * (after - before) * cf;
                double co2 = -carbon * Co2PerCarbon;
                return MethodLines.Line(source, context, Gas.CO2, co2, Name,
                    SectorSay.Land.Text(nameof(LandText.ConversionArithmetic), N(source.ActivityBase), N(after), N(before), N(cf), N(carbon), N(co2)), f, CarbonOrigin.NonFossil);
            }
            case GrasslandArea:
                return MethodLines.Line(source, context, Gas.CO2, 0, Name, SectorSay.Land.Text(nameof(LandText.GrasslandTier1Arithmetic), N(source.ActivityBase)), [], CarbonOrigin.NonFossil);
            default:
                return MethodLines.NotEstimated(source, Gas.CO2, Name, SectorSay.Land.Text(nameof(LandText.NoLandFormula), name, source.Category.Value));
        }
    }

    /// <summary>The stock-difference line of a growing-stock source, against the latest earlier stock of the series; null when there is none.</summary>
    private static EmissionLine? StockDifference(EmissionSource source, MethodInput input, CombustionContext context)
    {
        var earlier = input.Series.Where(s => s.Activity == GrowingStock && s.Category == source.Category && s.Year < source.Year).MaxBy(s => s.Year);
        if (earlier is null)
        {
            return null;
        }
        if (Factors(source, context, input, out var f2, WoodDensity, BiomassExpansion, RootShootRatio, CarbonFraction) is { } missing2)
        {
            return missing2;
        }
        if (Factors(earlier, context, input, out var f1, WoodDensity, BiomassExpansion, RootShootRatio, CarbonFraction) is { } missing1)
        {
            // The earlier year lacks a factor: NE on this year's line, with the earlier source's reason.
            return MethodLines.NotEstimated(source, Gas.CO2, Name, missing1.NoteText!);
        }
        double c2 = Stock(source.ActivityBase, f2), c1 = Stock(earlier.ActivityBase, f1);
        int years = source.Year - earlier.Year;
        double carbon = (c2 - c1) / years;
        double co2 = -carbon * Co2PerCarbon;
        var factors = f2.Concat(f1.Where(a => !f2.Any(b => b.Factor.Id == a.Factor.Id))).ToList();
        return MethodLines.Line(source, context, Gas.CO2, co2, Name,
            SectorSay.Land.Text(nameof(LandText.StockDifferenceArithmetic), N(source.ActivityBase), source.Year, N(earlier.ActivityBase), earlier.Year,
                N(f2[0].Factor.EngineValue), N(f2[1].Factor.EngineValue), N(f2[2].Factor.EngineValue), N(f2[3].Factor.EngineValue),
                N(c2), N(c1), years, N(carbon), N(co2)), factors, CarbonOrigin.NonFossil);
    }

    /// <summary>C = V × D × BEF × (1 + R) × CF, t C (IPCC 2006 Vol.4 Ch.2 Eq.2.8).</summary>
    private static double Stock(double volume, List<FactorResolution> f) =>
        volume * f[0].Factor.EngineValue * f[1].Factor.EngineValue * (1 + f[2].Factor.EngineValue) * f[3].Factor.EngineValue;

    /// <summary>Resolves every parameter of <paramref name="names"/> for <paramref name="source"/>; the NE line naming the first missing one, or null.</summary>
    private static EmissionLine? Factors(EmissionSource source, CombustionContext context, MethodInput input, out List<FactorResolution> found, params string[] names)
    {
        found = new List<FactorResolution>(names.Length);
        foreach (var parameter in names)
        {
            var per = Parameters.Find(parameter)?.Per == FactorPer.Nothing ? (Dimension?)null : input.ActivityOf(source).Dimension;
            if (MethodLines.Resolve(source, context, parameter, null, per) is not { } resolution)
            {
                return MethodLines.NotEstimated(source, Gas.CO2, Name,
                    SectorSay.Land.Text(nameof(LandText.MissingParameter), SectorSay.Land.Text(ParameterWords[parameter]), Say.Activity(source.Activity, input.Activities), source.Category.Value));
            }
            found.Add(resolution);
        }
        return null;
    }

    private static string N(double value) => Numbers.Factor(value);

    /// <summary>The LandText key of each parameter's words, so a reader sees the word, not the key.</summary>
    private static readonly Dictionary<string, string> ParameterWords = new(StringComparer.Ordinal)
    {
        [BiomassGrowth] = nameof(LandText.ParamBiomassGrowth),
        [RootShootRatio] = nameof(LandText.ParamRootShootRatio),
        [CarbonFraction] = nameof(LandText.ParamCarbonFraction),
        [BcefRemovals] = nameof(LandText.ParamBcefRemovals),
        [WoodDensity] = nameof(LandText.ParamWoodDensity),
        [BiomassExpansion] = nameof(LandText.ParamBiomassExpansion),
        [BiomassAfter] = nameof(LandText.ParamBiomassAfter),
        [BiomassBefore] = nameof(LandText.ParamBiomassBefore),
    };
}
