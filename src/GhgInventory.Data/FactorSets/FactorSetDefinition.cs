using GhgInventory.Core.Factors;

namespace GhgInventory.Data.FactorSets;

/// <summary>A factor set parsed from its files, not yet stored: its manifest entry, content hash and rows.</summary>
/// <param name="Key">Set name, e.g. ipcc-2006.</param>
/// <param name="Tier">local, china_guideline, ipcc_default or gwp.</param>
/// <param name="Rank">Order within the tier.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="Edition">Edition of the source.</param>
/// <param name="Description">What the set holds.</param>
/// <param name="FileName">File the rows came from.</param>
/// <param name="ContentHash">SHA-256 of the file, the set's version identity.</param>
/// <param name="Factors">Factor rows (Id holds the file line until stored).</param>
/// <param name="GwpValues">GWP rows, for the GWP set.</param>
/// <param name="OutlierReason">Why values outside their plausible range were accepted (ghg factors import --accept-outlier); null when none was.</param>
/// <param name="Outliers">The accepted out-of-range values, one sentence each (file:line, value, range, source).</param>
public sealed record FactorSetDefinition(
    string Key,
    string Tier,
    int Rank,
    string NameEn,
    string NameZh,
    string? Edition,
    string? Description,
    string FileName,
    string ContentHash,
    IReadOnlyList<Factor> Factors,
    IReadOnlyList<GwpValue> GwpValues,
    string? OutlierReason = null,
    IReadOnlyList<string>? Outliers = null);
