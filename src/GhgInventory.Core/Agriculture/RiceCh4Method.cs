using GhgInventory.Core.Localization;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Agriculture;

/// <summary>Rice cultivation CH4 (3.C.7), Tier 1: harvested area × adjusted daily factor × days of the cultivation period.</summary>
/// <remarks>
/// CH4 (t) = A (ha) × EFc (kg CH4/ha/day) × SFw × SFp × SFo × t (days) ÷ 1000 (IPCC 2006 Vol.4 Ch.5 Eq.5.1 and Eq.5.2; EFc Table 5.11,
/// SFw Table 5.12, SFp Table 5.13, SFo Eq.5.3). The cultivation period t has no IPCC default (it is the region's own): without a
/// <c>rice_days</c> factor the line is NE with the reason. Ordos grows essentially no rice; its rows are NO with the reason.
/// </remarks>
public sealed class RiceCh4Method : IEmissionMethod
{
    /// <summary>The label stored on its lines.</summary>
    public const string Name = "IPCC 2006 Vol.4 Ch.5 Tier 1 rice cultivation CH4: Eq.5.1-5.2";

    /// <summary>Baseline emission factor EFc, kg CH4 per ha per day, continuously flooded without organic amendments (Table 5.11).</summary>
    public const string DailyEf = "ef_rice_daily";
    /// <summary>Scaling factor for the water regime during the cultivation period, SFw (Table 5.12).</summary>
    public const string WaterRegime = "sf_water";
    /// <summary>Scaling factor for the water regime before the cultivation period, SFp (Table 5.13).</summary>
    public const string PreSeason = "sf_preseason";
    /// <summary>Scaling factor for organic amendments, SFo (Eq.5.3; 1 without amendments).</summary>
    public const string Organic = "sf_organic";
    /// <summary>Days of the cultivation period, t (a pure number, unit <c>1</c>).</summary>
    public const string Days = "rice_days";

    private const string Rice = "3.C.7";

    /// <inheritdoc/>
    public string Key => "rice_ch4";

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Name] = AgricultureText.ResourceManager.GetString("MethodRice", Localization.UiCulture.Chinese) ?? Name,
    };

    /// <inheritdoc/>
    public string Label => Name;

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Source;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CH4];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads { get; } =
    [
        new(DailyEf, QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CH4], ActivityScope.Routed, Name),
        new(WaterRegime, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(PreSeason, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(Organic, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
        new(Days, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, Name),
    ];

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var source = input.Source;
        var factors = AgricultureFactors.All(source, context, out var missing,
            (DailyEf, Gas.CH4, nameof(AgricultureText.ParamRiceEf)),
            (WaterRegime, null, nameof(AgricultureText.ParamRiceScaling)),
            (PreSeason, null, nameof(AgricultureText.ParamRiceScaling)),
            (Organic, null, nameof(AgricultureText.ParamRiceScaling)),
            (Days, null, nameof(AgricultureText.ParamRiceDays)));
        if (factors is null)
        {
            return [AgricultureFactors.NotEstimated(source, Gas.CH4, Rice, Name, missing!, input.Activities)];
        }
        double hectares = source.ActivityBase;
        double efTonnesPerDay = factors[0].Factor.EngineValue;
        double sfw = factors[1].Factor.EngineValue, sfp = factors[2].Factor.EngineValue, sfo = factors[3].Factor.EngineValue, days = factors[4].Factor.EngineValue;
        double ch4 = hectares * efTonnesPerDay * sfw * sfp * sfo * days;
        return [AgricultureFactors.Line(source, context, Gas.CH4, Rice, ch4, Name,
            SectorSay.Agriculture.Text(nameof(AgricultureText.RiceArithmetic), hectares, efTonnesPerDay * 1000, sfw, sfp, sfo, days, ch4), factors)];
    }
}
