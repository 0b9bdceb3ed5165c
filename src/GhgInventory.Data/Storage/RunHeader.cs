using NodaTime;

namespace GhgInventory.Data.Storage;

/// <summary>An inventory run as stored: what it covered and which inputs it used.</summary>
/// <param name="Id">Run id.</param>
/// <param name="CreatedAt">When it was compiled.</param>
/// <param name="EngineVersion">Version of the engine that compiled it.</param>
/// <param name="GwpSet">GWP set.</param>
/// <param name="YearFrom">First year.</param>
/// <param name="YearTo">Last year.</param>
/// <param name="RegionCode">Region compiled (with everything below it).</param>
/// <param name="Options">Run options, e.g. <c>grid=Regional</c>.</param>
/// <param name="InputsSha256">Hash of the inputs by content (see <see cref="RunStore.InputsHash"/>): equal hashes mean equal inputs, in any database.</param>
public sealed record RunHeader(long Id, Instant CreatedAt, string EngineVersion, string GwpSet, int YearFrom, int YearTo,
    string RegionCode, string Options, string InputsSha256)
{
    /// <summary>The reference data version (<c>reference_versions</c>) the run was compiled with; null for runs made before schema 4.</summary>
    public long? ReferenceVersionId { get; init; }

    /// <summary>Final (年报, the default and every run made before schema 7) or provisional (快报); not part of <see cref="InputsSha256"/>.</summary>
    public Core.Domain.RunStatus Status { get; init; }

    /// <summary>The compiler's note on a provisional run (what is partial or estimated); null when none was given.</summary>
    public string? StatusNote { get; init; }
}
