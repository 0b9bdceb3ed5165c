using GhgInventory.Core.Units;

namespace GhgInventory.Core.Domain;

/// <summary>An activity key of the factor library's vocabulary (e.g. <c>raw_coal</c> 原煤) with the dimension its data must have.</summary>
/// <param name="Key">Vocabulary key.</param>
/// <param name="NameZh">Chinese name as in the energy balance table.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Dimension">Mass, volume or energy; units of other dimensions are rejected at ingestion.</param>
/// <param name="Kind">How the accounting core treats it.</param>
public sealed record ActivityDefinition(string Key, string NameZh, string NameEn, Dimension Dimension, ActivityKind Kind);
