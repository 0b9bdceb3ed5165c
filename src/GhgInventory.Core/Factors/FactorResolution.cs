namespace GhgInventory.Core.Factors;

/// <summary>The factor chosen for a query and why.</summary>
/// <param name="Factor">The chosen factor.</param>
/// <param name="Tier">Which rung of the resolution order it came from.</param>
/// <param name="SubstituteYear">When the factor's own year differs from the inventory year (nearest-year rule), that year.</param>
public sealed record FactorResolution(Factor Factor, ResolutionTier Tier, int? SubstituteYear)
{
    /// <summary>A short human-readable reason, e.g. "China guideline default (china-provincial-2011)".</summary>
    public string Reason
    {
        get
        {
            string tier = Tier switch
            {
                ResolutionTier.RegionMeasured => nameof(Resources.CoreText.TierRegionMeasured),
                ResolutionTier.CityValue => nameof(Resources.CoreText.TierCityValue),
                ResolutionTier.ChinaGuidelineDefault => nameof(Resources.CoreText.TierChinaDefault),
                _ => nameof(Resources.CoreText.TierIpccDefault),
            };
            string year = SubstituteYear is { } y ? Localization.Say.Now(nameof(Resources.CoreText.SubstituteYearApplied), y) : "";
            return Localization.Say.Now(nameof(Resources.CoreText.ResolutionReason), Localization.Say.Now(tier), Factor.SetKey, year);
        }
    }
}
