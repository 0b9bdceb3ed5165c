using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Reporting;

/// <summary>The key and reason of lines under a notation key in one cell of the completeness matrix.</summary>
/// <param name="Key">The lines' key.</param>
/// <param name="Reason">Their reason (language-neutral, rendered when read).</param>
public sealed record CellNote(NotationKey Key, LineText Reason);
