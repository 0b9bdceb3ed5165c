namespace GhgInventory.Data.Ingestion;

/// <summary>The column contract of an activity file (DESIGN.md).</summary>
public static class ActivityColumns
{
    /// <summary>Columns every activity file has.</summary>
    public static readonly string[] Required = ["region", "year", "category", "activity", "value", "unit"];

    /// <summary>Columns an activity file may have.</summary>
    public static readonly string[] Optional = ["source", "note", "uncertainty_pct", "facility"];
}
