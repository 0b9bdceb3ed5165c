namespace GhgInventory.Core.Reporting;

/// <summary>The bridge from the territorial to the consumption-based view of a region's emissions.</summary>
/// <remarks>
/// Consumption-based = territorial − power generation (1.A.1.a.i, 1.A.1.a.ii) + electricity used × grid factor,
/// and, when a heat factor is available, − heat plants (1.A.1.a.iii) + heat used × heat factor. CHP is attributed to electricity.
/// </remarks>
/// <param name="TerritorialCo2eTonnes">Territorial total.</param>
/// <param name="PowerGenerationCo2eTonnes">Emissions of power and CHP plants in the region.</param>
/// <param name="HeatPlantCo2eTonnes">Emissions of heat plants in the region.</param>
/// <param name="PurchasedElectricityCo2eTonnes">Electricity used × grid factor.</param>
/// <param name="PurchasedHeatCo2eTonnes">Heat used × heat factor; null when no heat factor is available (NE).</param>
/// <param name="ConsumptionBasedCo2eTonnes">The consumption-based total.</param>
/// <param name="GenerationKwh">Electricity generated in the region.</param>
/// <param name="ConsumptionKwh">Electricity used in the region.</param>
/// <param name="ElectricityNotEstimatedKwh">Electricity used for which no grid factor was found.</param>
public sealed record ElectricityBridge(
    double TerritorialCo2eTonnes,
    double PowerGenerationCo2eTonnes,
    double HeatPlantCo2eTonnes,
    double PurchasedElectricityCo2eTonnes,
    double? PurchasedHeatCo2eTonnes,
    double ConsumptionBasedCo2eTonnes,
    double GenerationKwh,
    double ConsumptionKwh,
    double ElectricityNotEstimatedKwh)
{
    /// <summary>True when the region's power and CHP plants burn fuel but no electricity generated (发电量) was given: generation, net export and its emissions are then not known (NE), never 0 or a negative export.</summary>
    public bool GenerationMissing => PowerGenerationCo2eTonnes > 0 && GenerationKwh <= 0;

    /// <summary>Electricity generated minus used: positive when the region exports power (meaningless while <see cref="GenerationMissing"/>).</summary>
    public double NetExportKwh => GenerationKwh - ConsumptionKwh;

    /// <summary>Emissions carried out with the net export, at the region's own generation intensity; null without generation data.</summary>
    public double? NetExportCo2eTonnes => GenerationKwh > 0 ? PowerGenerationCo2eTonnes * NetExportKwh / GenerationKwh : null;
}
