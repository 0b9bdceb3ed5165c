namespace GhgInventory.Core.Energy;

/// <summary>A counting rule of the energy total: which non-fossil energy is deducted, and whether feedstock energy (原料用能) is.</summary>
/// <remarks>
/// Names are stable and printed on every figure: <c>gross</c>, <c>new_renewable_excluded</c>, <c>non_fossil_excluded</c>, each optionally
/// followed by <c>+feedstock_excluded</c>, and <c>feedstock_excluded</c> alone. Sources: 发改环资〔2022〕803号 (原料用能不纳入: deducted in the base
/// and the current year, GDP unchanged); the 2022 notice on new renewable energy (deducted from the total, still counted in intensity);
/// 发改环资〔2024〕113号 (非化石能源不纳入能源消耗总量和强度调控, the current rule and the default here).
/// </remarks>
/// <param name="NonFossil">The non-fossil deduction.</param>
/// <param name="FeedstockExcluded">True when feedstock energy is deducted.</param>
public sealed record EnergyRule(NonFossilDeduction NonFossil, bool FeedstockExcluded)
{
    /// <summary>Gross energy consumption, nothing deducted.</summary>
    public static EnergyRule Gross { get; } = new(NonFossilDeduction.None, false);

    /// <summary>The current national rule (发改环资〔2024〕113号): non-fossil energy excluded.</summary>
    public static EnergyRule Default { get; } = new(NonFossilDeduction.AllNonFossil, false);

    /// <summary>The four rules the issue names: gross, new renewables excluded, non-fossil excluded, feedstock excluded.</summary>
    public static IReadOnlyList<EnergyRule> Standard { get; } =
    [
        Gross,
        new(NonFossilDeduction.NewRenewableOver2020, false),
        Default,
        new(NonFossilDeduction.None, true),
    ];

    /// <summary>The stable name (<c>non_fossil_excluded+feedstock_excluded</c> …).</summary>
    public string Name => (NonFossil, FeedstockExcluded) switch
    {
        (NonFossilDeduction.None, false) => "gross",
        (NonFossilDeduction.None, true) => "feedstock_excluded",
        (_, false) => NonFossilName(NonFossil),
        _ => NonFossilName(NonFossil) + "+feedstock_excluded",
    };

    /// <summary>True when the intensity numerator equals the total under the rule; false for new renewables, which are deducted from the
    /// total but still counted in the intensity (2022 notice: "在全国和地方能源消费总量考核时予以扣除, 但仍纳入能耗强度考核").</summary>
    public bool IntensityUsesTotal => NonFossil != NonFossilDeduction.NewRenewableOver2020;

    /// <summary>The rule counted in an intensity: the same rule, except that new renewables are not deducted.</summary>
    public EnergyRule ForIntensity => IntensityUsesTotal ? this : this with { NonFossil = NonFossilDeduction.None };

    /// <summary>The rule named <paramref name="name"/>, or null when the name is not one of the documented names.</summary>
    public static EnergyRule? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var parts = name.Trim().Split('+');
        var nonFossil = NonFossilDeduction.None;
        bool feedstock = false, sawNonFossil = false;
        foreach (var part in parts)
        {
            switch (part)
            {
                case "gross" when parts.Length == 1:
                    break;
                case "feedstock_excluded" when !feedstock:
                    feedstock = true;
                    break;
                case "new_renewable_excluded" or "non_fossil_excluded" when !sawNonFossil && !feedstock:
                    nonFossil = part == "non_fossil_excluded" ? NonFossilDeduction.AllNonFossil : NonFossilDeduction.NewRenewableOver2020;
                    sawNonFossil = true;
                    break;
                default:
                    return null;
            }
        }
        return new EnergyRule(nonFossil, feedstock);
    }

    /// <summary>Every documented name, for help texts.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["gross", "new_renewable_excluded", "non_fossil_excluded", "feedstock_excluded", "new_renewable_excluded+feedstock_excluded", "non_fossil_excluded+feedstock_excluded"];

    private static string NonFossilName(NonFossilDeduction deduction) =>
        deduction == NonFossilDeduction.AllNonFossil ? "non_fossil_excluded" : "new_renewable_excluded";
}
