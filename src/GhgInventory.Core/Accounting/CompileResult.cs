namespace GhgInventory.Core.Accounting;

/// <summary>What one compile produces: the sources (summed activity) and the emission lines computed from them.</summary>
/// <param name="Sources">Sources ordered by year, region, category, activity.</param>
/// <param name="Lines">Lines in source order, then gas, then view.</param>
public sealed record CompileResult(IReadOnlyList<EmissionSource> Sources, IReadOnlyList<EmissionLine> Lines)
{
    /// <summary>Why the result must not be stored (a transformation whose outputs hold more carbon than its inputs, with the numbers); empty when it may.</summary>
    public IReadOnlyList<string> Refusals { get; init; } = [];
}
