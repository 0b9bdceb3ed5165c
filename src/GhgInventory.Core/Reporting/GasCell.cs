using GhgInventory.Core.Domain;

namespace GhgInventory.Core.Reporting;

/// <summary>One cell of a gas total: the sum of its numeric lines, whether any number exists at all, and the notation keys its other lines carry.</summary>
/// <remarks>
/// A cell made only of notation lines has no number and shows its key (<see cref="OnlyKey"/>), never 0; a cell with numbers and
/// NE or C parts is a lower bound (<see cref="IncompleteBecause"/>). NO, IE and NA parts do not make a total incomplete: the
/// emission does not occur, is counted elsewhere, or does not apply (IPCC 2006 Vol 1 Ch 8 Table 8.2).
/// </remarks>
/// <param name="Tonnes">Sum of the numeric lines, t (0 when there are none).</param>
/// <param name="HasNumber">True when at least one line carries a number.</param>
/// <param name="Keys">The distinct notation keys of the lines without a number, in <see cref="KeyOrder"/>.</param>
public sealed record GasCell(double Tonnes, bool HasNumber, IReadOnlyList<NotationKey> Keys)
{
    /// <summary>The order keys are shown in when a cell holds several: NE before C before IE before NO before NA (what is missing first).</summary>
    public static readonly IReadOnlyList<NotationKey> KeyOrder = [NotationKey.NE, NotationKey.C, NotationKey.IE, NotationKey.NO, NotationKey.NA];

    /// <summary>A cell with no lines at all.</summary>
    public static readonly GasCell Empty = new(0, false, []);

    /// <summary>The key shown instead of a number when no line has one; null when a number exists or no line exists.</summary>
    public NotationKey? OnlyKey => !HasNumber && Keys.Count > 0 ? Keys[0] : null;

    /// <summary>The keys (NE, C) that make a numeric total a lower bound, in <see cref="KeyOrder"/>; empty without a number.</summary>
    public IReadOnlyList<NotationKey> IncompleteBecause =>
        HasNumber ? Keys.Where(NotationKeys.LeavesTotalIncomplete).ToList() : [];

    /// <summary>The number, or null when the cell has none (then <see cref="OnlyKey"/> or nothing stands).</summary>
    public double? Number => HasNumber ? Tonnes : null;

    /// <summary>Equal when the number, its presence and the keys are equal (the keys compared as a sequence).</summary>
    public bool Equals(GasCell? other) =>
        other is not null && Tonnes.Equals(other.Tonnes) && HasNumber == other.HasNumber && Keys.SequenceEqual(other.Keys);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tonnes, HasNumber, Keys.Count);

    /// <summary>Orders <paramref name="keys"/> by <see cref="KeyOrder"/>, each once.</summary>
    public static IReadOnlyList<NotationKey> Ordered(IEnumerable<NotationKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var set = keys.ToHashSet();
        return KeyOrder.Where(set.Contains).ToList();
    }
}
