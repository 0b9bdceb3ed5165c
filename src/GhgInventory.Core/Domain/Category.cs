namespace GhgInventory.Core.Domain;

/// <summary>A node of the IPCC 2006 category tree with the Chinese name of the provincial guideline.</summary>
/// <param name="Code">IPCC code.</param>
/// <param name="Parent">Parent code; null at the top.</param>
/// <param name="NameZh">Chinese name (省级温室气体清单编制指南).</param>
/// <param name="NameEn">English name.</param>
public sealed record Category(CategoryCode Code, CategoryCode? Parent, string NameZh, string NameEn);
