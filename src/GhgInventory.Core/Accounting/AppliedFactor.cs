using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Accounting;

/// <summary>A factor as one emission line used it: which one, from which rung of the resolution order.</summary>
/// <param name="FactorId">Database id of the factor.</param>
/// <param name="Parameter">Parameter name.</param>
/// <param name="Value">Value as published.</param>
/// <param name="Unit">Unit as published.</param>
/// <param name="EngineValue">Value in engine units, as used in the arithmetic.</param>
/// <param name="EngineUnit">Engine unit symbol.</param>
/// <param name="SetKey">Factor set.</param>
/// <param name="Source">Source document.</param>
/// <param name="Table">Table of the source.</param>
/// <param name="Status">Transcription status.</param>
/// <param name="Tier">Rung of the resolution order.</param>
/// <param name="SubstituteYear">Year of the factor when it is not the inventory year.</param>
/// <param name="Region">The factor's region column (a region code or <c>grid:KEY</c>); null for a factor without region or when not loaded.</param>
public sealed record AppliedFactor(
    long FactorId,
    string Parameter,
    double Value,
    string Unit,
    double EngineValue,
    string EngineUnit,
    string SetKey,
    string Source,
    string? Table,
    string Status,
    ResolutionTier Tier,
    int? SubstituteYear,
    string? Region = null)
{
    /// <summary>Records how <paramref name="resolution"/> was applied.</summary>
    public static AppliedFactor From(FactorResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var f = resolution.Factor;
        return new AppliedFactor(f.Id, f.Parameter, f.Value, f.Unit.Symbol, f.EngineValue, f.Unit.EngineSymbol,
            f.SetKey, f.Source, f.Table, f.Status, resolution.Tier, resolution.SubstituteYear, f.Region);
    }
}
