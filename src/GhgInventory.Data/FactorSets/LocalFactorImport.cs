namespace GhgInventory.Data.FactorSets;

/// <summary>What <c>ghg factors import</c> did, or with <c>--check</c> would do.</summary>
/// <param name="Id">Id of the factor set (new, or the stored set of the same content); 0 when checked and not stored.</param>
/// <param name="IsNew">True when the content is not stored yet (and, unless checked only, was stored now).</param>
/// <param name="Rows">Number of factor rows.</param>
/// <param name="Outliers">Values outside their plausible range accepted with --accept-outlier, one sentence each.</param>
/// <param name="OutlierReason">The reason stored with the set, when outliers were accepted.</param>
/// <param name="WithdrawnAt">When the same content is an already stored set that was withdrawn, when that was; null otherwise.</param>
/// <param name="Supersedes">Factors of earlier active local sets that this set gives again; new compiles use this set's values.</param>
/// <param name="Stored">False when the file was only checked (<c>--check</c>).</param>
public sealed record LocalFactorImport(long Id, bool IsNew, int Rows, IReadOnlyList<string> Outliers, string? OutlierReason, string? WithdrawnAt,
    IReadOnlyList<Supersession> Supersedes, bool Stored);
