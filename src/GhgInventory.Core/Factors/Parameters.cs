using GhgInventory.Core.Domain;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Factors;

/// <summary>The parameter names the methods look up, in one place: each with the unit kind, per what, gases and activities it is read for.</summary>
/// <remarks>
/// A factor file row is accepted only when it matches one of <see cref="All"/>: anything else could never be used by a compile.
/// <c>FuelCombustionMethod</c> reads ncv, carbon_content, oxidation and ef (CH4, N2O); <c>PurchasedEnergyMethod</c>
/// reads grid_ef and heat_ef; coal_equivalent and power_coal_rate are the GB/T 2589 energy accounts.
/// </remarks>
public static class Parameters
{
    /// <summary>Net calorific value, energy per unit of fuel.</summary>
    public const string Ncv = "ncv";
    /// <summary>Carbon content per unit of energy.</summary>
    public const string CarbonContent = "carbon_content";
    /// <summary>Carbon oxidation rate.</summary>
    public const string Oxidation = "oxidation";
    /// <summary>Emission factor of a gas per unit of energy (or activity).</summary>
    public const string EmissionFactor = "ef";
    /// <summary>Standard-coal coefficient (GB/T 2589, calorific value).</summary>
    public const string CoalEquivalent = "coal_equivalent";
    /// <summary>Coal consumption per kWh of thermal power (GB/T 2589 coal-equivalent method for electricity).</summary>
    public const string PowerCoalRate = "power_coal_rate";
    /// <summary>Grid average CO2 emission factor of purchased electricity.</summary>
    public const string GridEmissionFactor = "grid_ef";
    /// <summary>CO2 emission factor of purchased heat.</summary>
    public const string HeatEmissionFactor = "heat_ef";

    private const string Combustion = "fuel combustion (CO2 = AD × ncv × carbon_content × oxidation × 44/12; CH4, N2O = AD × ncv × ef)";
    private const string Purchased = "purchased electricity and heat (AD × grid_ef or heat_ef)";
    private const string EnergyAccounts = "energy accounts (GB/T 2589 standard coal)";

    /// <summary>The resource key of each reader's name, for <see cref="ParameterSpec.ReadByName"/>.</summary>
    internal static readonly IReadOnlyDictionary<string, string> ReadByKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Combustion] = nameof(Resources.CoreText.ReadByCombustion),
        [Purchased] = nameof(Resources.CoreText.ReadByPurchased),
        [EnergyAccounts] = nameof(Resources.CoreText.ReadByEnergyAccounts),
        [ReferenceOnlyReader] = nameof(Resources.CoreText.ReadByNone),
    };

    private const string ReferenceOnlyReader = "none (reference only)";

    /// <summary>Every parameter a method reads, and the published variants bundled sets carry for reference only.</summary>
    public static IReadOnlyList<ParameterSpec> All { get; } = WithMethods(
    [
        new(Ncv, QuantityKind.Energy, FactorPer.ActivityUnit, [], ActivityScope.Fuel, Combustion),
        new(CarbonContent, QuantityKind.Carbon, FactorPer.Energy, [], ActivityScope.Fuel, Combustion),
        new(Oxidation, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Fuel, Combustion),
        new(EmissionFactor, QuantityKind.GasMass, FactorPer.Energy, [Gas.CH4, Gas.N2O], ActivityScope.Fuel, Combustion),
        new(GridEmissionFactor, QuantityKind.GasMass, FactorPer.Energy, [Gas.CO2], ActivityScope.Electricity, Purchased),
        new(HeatEmissionFactor, QuantityKind.GasMass, FactorPer.Energy, [Gas.CO2], ActivityScope.Heat, Purchased),
        new(CoalEquivalent, QuantityKind.CoalEquivalent, FactorPer.ActivityUnitOrEnergy, [], ActivityScope.Energy, EnergyAccounts),
        new(PowerCoalRate, QuantityKind.CoalEquivalent, FactorPer.Energy, [], ActivityScope.Electricity, EnergyAccounts),
        // Published variants kept beside grid_ef for comparison (china-grid-ef/SOURCES.md); never read by a method.
        .. new[] { "grid_ef_fossil_only", "grid_ef_excl_market_nonfossil", "grid_ef_ets", "grid_ef_ets_unverified",
                   "grid_ef_mee2021_unverified", "grid_ef_mee2022_unverified",
                   "grid_ef_ccer_om_unverified" }
            .Select(n => new ParameterSpec(n, QuantityKind.GasMass, FactorPer.Energy, [Gas.CO2], ActivityScope.Electricity, ReferenceOnlyReader, ReferenceOnly: true)),
    ]);

    /// <summary>The energy parameters above, then every parameter a registry method reads (<see cref="Accounting.Methods.IEmissionMethod.Reads"/>),
    /// each name once: two methods reading one name must read it alike.</summary>
    private static List<ParameterSpec> WithMethods(IReadOnlyList<ParameterSpec> energy)
    {
        var all = energy.ToList();
        foreach (var spec in Accounting.Methods.MethodRegistry.Methods.Values.OrderBy(m => m.Key, StringComparer.Ordinal).SelectMany(m => m.Reads))
        {
            var known = all.FirstOrDefault(p => p.Name == spec.Name);
            if (known is null)
            {
                all.Add(spec);
            }
            else if (known.Numerator != spec.Numerator || known.Per != spec.Per)
            {
                throw new InvalidOperationException($"Parameter '{spec.Name}' is read as {spec.Numerator} per {spec.Per} by one method and as {known.Numerator} per {known.Per} elsewhere.");
            }
        }
        return all;
    }

    /// <summary>The parameters a local factor file may give (those some method reads).</summary>
    public static IReadOnlyList<string> Readable { get; } = All.Where(p => !p.ReferenceOnly).Select(p => p.Name).ToList();

    /// <summary>The spec of <paramref name="name"/> (exact, lower case), or null.</summary>
    public static ParameterSpec? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>The numerator kind each parameter must have.</summary>
    public static IReadOnlyDictionary<string, QuantityKind> ExpectedKind { get; } = All.ToDictionary(p => p.Name, p => p.Numerator);

    /// <summary>True for a CO2 <c>ef</c> of a fuel per energy: IPCC Table 1.4 values bundled as a cross-check of carbon content, never read.</summary>
    public static bool IsReferenceCo2Ef(string parameter, Gas? gas) => parameter == EmissionFactor && gas == Gas.CO2;
}
