using GhgInventory.Core.Units;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data;

/// <summary>Words of the domain as a message in the current UI culture shows them (dimension names and the like), never an enum's identifier.</summary>
public static class DataWords
{
    /// <summary>The word for <paramref name="dimension"/>: "mass" / "质量".</summary>
    public static string Dimension(Dimension dimension) => dimension switch
    {
        Core.Units.Dimension.Mass => DataIngestText.DimensionMass,
        Core.Units.Dimension.Volume => DataIngestText.DimensionVolume,
        Core.Units.Dimension.Energy => DataIngestText.DimensionEnergy,
        Core.Units.Dimension.Count => DataIngestText.DimensionCount,
        Core.Units.Dimension.Money => DataIngestText.DimensionMoney,
        Core.Units.Dimension.Area => DataIngestText.DimensionArea,
        Core.Units.Dimension.Index => DataIngestText.DimensionIndex,
        Core.Units.Dimension.Power => DataIngestText.DimensionPower,
        _ => dimension.ToString().ToLowerInvariant(),
    };
}
