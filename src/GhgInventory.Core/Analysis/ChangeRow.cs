using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Analysis;

/// <summary>One group's territorial CO2e in two years and the change between them.</summary>
/// <remarks>A side is null when the run has no number for the group that year: no line at all (<see cref="FromNotation"/> null), or
/// only lines under a notation key (the key is given). The difference is then null: it is never computed against a silent 0.</remarks>
/// <param name="Key">The group: a category code, gas, activity key, use name or region code.</param>
/// <param name="FromTonnes">CO2e in the earlier year, t.</param>
/// <param name="ToTonnes">CO2e in the later year, t.</param>
/// <param name="FromNotation">The notation key standing for the earlier year's lines, when they have no number.</param>
/// <param name="ToNotation">Likewise for the later year.</param>
/// <param name="FromLowerBound">True when the earlier year's number leaves out lines under NE or C: a lower bound.</param>
/// <param name="ToLowerBound">Likewise for the later year.</param>
public sealed record ChangeRow(string Key, double? FromTonnes, double? ToTonnes, NotationKey? FromNotation = null, NotationKey? ToNotation = null,
    bool FromLowerBound = false, bool ToLowerBound = false)
{
    /// <summary>To − from, t; null without both numbers.</summary>
    public double? DifferenceTonnes => FromTonnes is { } a && ToTonnes is { } b ? b - a : null;

    /// <summary>The difference over the magnitude of the earlier year's CO2e (|from|: a removal group, LULUCF 3.B, is negative, and the
    /// share keeps the sign of the difference); null without both numbers or with 0 before.</summary>
    public double? Share => DifferenceTonnes is { } d && FromTonnes is { } a && a != 0 ? d / Math.Abs(a) : null;
}
