using System.Globalization;

namespace GhgInventory.Core.Accounting;

/// <summary>Invariant formatting of numbers for arithmetic texts, so stored explanations do not depend on the machine's culture.</summary>
public static class Numbers
{
    /// <summary>A quantity with thousands separators and up to <paramref name="decimals"/> decimals.</summary>
    public static string Format(double value, int decimals = 3) =>
        value.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>A factor value in full precision (round-trip form).</summary>
    public static string Factor(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
