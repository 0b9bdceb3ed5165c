namespace GhgInventory.Core.Reporting;

/// <summary>Where the heat factor that priced a region's heat use came from; readers label it from this, never from the text of a note.</summary>
public enum HeatFactorSource
{
    /// <summary>No factor: the heat use is NE.</summary>
    NotEstimated,
    /// <summary>A local heat_ef of the region or an enclosing region.</summary>
    Local,
    /// <summary>Derived from the heat supply of the region or an enclosing region (emissions of its plants' heat ÷ heat supplied).</summary>
    Derived,
    /// <summary>Some lines priced by a local heat_ef, others by a derived factor.</summary>
    LocalAndDerived,
}
