using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Power;

/// <summary>The fuel of one (region, year, category) tied to the electricity and heat it made: a public plant category or an autoproducer (自备电厂) category.</summary>
/// <remarks>
/// Rows of several facilities at one category are summed into one group: the split is per category, not per facility.
/// Emissions are the fuel lines' numbers (t); a fuel line under a notation key adds nothing and sets <see cref="FuelNotEstimated"/>.
/// A group with a <see cref="Problem"/> is left out of the bridge (nothing removed, its output not counted), and the problem is shown.
/// </remarks>
/// <param name="Region">Region.</param>
/// <param name="Year">Inventory year.</param>
/// <param name="Category">Category of the fuel and output rows.</param>
/// <param name="Kind">Public plant or autoproducer.</param>
/// <param name="FuelSourceIndexes">The fuel sources of the group.</param>
/// <param name="FuelCo2eTonnes">CO2e of the fuel lines, t.</param>
/// <param name="FuelCo2Tonnes">CO2 of the fuel lines, t.</param>
/// <param name="FuelCh4Tonnes">CH4 of the fuel lines, t.</param>
/// <param name="FuelN2oTonnes">N2O of the fuel lines, t.</param>
/// <param name="FuelNotEstimated">True when some fuel line carries a notation key instead of a number.</param>
/// <param name="GenerationGj">Electricity generated (electricity_generation), GJ; null when no numeric row (not given or NE).</param>
/// <param name="HeatSuppliedGj">Heat supplied (heat_supply), GJ; null when no numeric row.</param>
/// <param name="ElectricityShare">Share of the emissions carried by electricity, 0 to 1; the rest is heat.</param>
/// <param name="ShareArithmetic">Why the share is what it is (the split's arithmetic, or the rule that applied).</param>
/// <param name="Problem">Why the group cannot be attributed (left out of the bridge), or null.</param>
/// <param name="OutputNotEstimated">True when an output row of the group is a notation key (NE), so its split rests on the other output alone.</param>
public sealed record PlantGroup(
    RegionCode Region,
    int Year,
    CategoryCode Category,
    PlantKind Kind,
    IReadOnlyList<int> FuelSourceIndexes,
    double FuelCo2eTonnes,
    double FuelCo2Tonnes,
    double FuelCh4Tonnes,
    double FuelN2oTonnes,
    bool FuelNotEstimated,
    double? GenerationGj,
    double? HeatSuppliedGj,
    double ElectricityShare,
    string ShareArithmetic,
    string? Problem,
    bool OutputNotEstimated = false)
{
    /// <summary>What the group's electricity_generation rows say when they give no positive number: <c>NE</c> (a notation row), <c>0</c> (given as 0), or null (no row, or a number).</summary>
    public string? GenerationGiven { get; init; }

    /// <summary>True when the group has an electricity_generation row under a notation key and no numeric one (generation NE, not 0).</summary>
    public bool GenerationNotEstimated { get; init; }

    /// <summary>True when the group is a CHP (1.A.1.a.ii) burning fuel with no output row at all: how its emissions divide between electricity and
    /// heat is unknown (issue 13 finding: its heat supply was shown as 0).</summary>
    public bool OutputsMissing { get; init; }

    /// <summary>True when the group is counted, its fuel has emissions, and their split between electricity and heat is unknown: an output row
    /// under a notation key (<see cref="OutputNotEstimated"/>) or a CHP without output rows (<see cref="OutputsMissing"/>). Its electricity and
    /// heat figures then carry NE, never a share taken as 0.</summary>
    public bool SplitUnknown => Counted && FuelCo2eTonnes > 0 && (OutputNotEstimated || OutputsMissing);

    /// <summary>True when the group takes part in the bridge (no <see cref="Problem"/>).</summary>
    public bool Counted => Problem is null;

    /// <summary>Emissions attributed to electricity generation, t CO2e (0 for a group left out).</summary>
    public double ElectricityCo2eTonnes => Counted ? FuelCo2eTonnes * ElectricityShare : 0;

    /// <summary>Emissions attributed to heat supply, t CO2e (0 for a group left out).</summary>
    public double HeatCo2eTonnes => Counted ? FuelCo2eTonnes * (1 - ElectricityShare) : 0;

    /// <summary>Electricity generated, kWh; null when not given.</summary>
    public double? GenerationKwh => GenerationGj / Unit.GigajoulesPerKilowattHour;

    /// <summary>True when the group carries electricity emissions (a number, or fuel under a notation key) but its generation
    /// is not known (NE, never 0): a plant whose fuel is NE and that has no generation row generated an unknown amount.</summary>
    public bool GenerationMissing => Counted && ElectricityShare > 0 && (FuelCo2eTonnes > 0 || FuelNotEstimated) && GenerationGj is null;

    /// <summary>True when the group carries heat emissions but the heat it supplied is not known (NE).</summary>
    public bool HeatMissing => Counted && ElectricityShare < 1 && FuelCo2eTonnes > 0 && HeatSuppliedGj is null;

    /// <summary>A short name, e.g. <c>150626 2023 1.A.2.c autoproducer</c>.</summary>
    public string Name => NameText.Render();

    /// <summary>The short name, language-neutral (for a note stored with a run).</summary>
    public LineText NameText => LineText.Of(nameof(CoreText.PlantName), Region.Value, Year, Category.Value,
        LineText.Of(Kind == PlantKind.Autoproducer ? nameof(CoreText.PlantAutoproducer) : nameof(CoreText.PlantPublic)));
}
