using GhgInventory.Core.Factors;

namespace GhgInventory.Data.FactorSets;

/// <summary>One factor of a local set with where it came from.</summary>
/// <param name="SetId">Database id of the local set; 0 for a file checked but not stored.</param>
/// <param name="Line">Line of the factor in the imported file.</param>
/// <param name="Factor">The factor (its Id is the database id once stored).</param>
public sealed record LocalFactorLine(long SetId, int Line, Factor Factor);
