namespace GhgInventory.Core.Domain;

/// <summary>What a notation key means for a total it is part of.</summary>
public static class NotationKeys
{
    /// <summary>
    /// True for NE and C: the emission occurs but its amount is not in the number, so a numeric total with such a part is a
    /// lower bound (shown as <c>x + NE</c>). NO, IE and NA leave a total complete: the emission does not occur, is counted
    /// elsewhere, or does not apply (IPCC 2006 Vol. 1 Ch. 8 Table 8.2).
    /// </summary>
    public static bool LeavesTotalIncomplete(NotationKey key) => key is NotationKey.NE or NotationKey.C;
}
