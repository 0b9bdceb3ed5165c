namespace GhgInventory.Core.Analysis;

/// <summary>The logarithmic mean of two positive numbers, the weight of the LMDI decomposition.</summary>
/// <remarks>
/// L(a, b) = (a − b) / (ln a − ln b) for a ≠ b, and L(a, a) = a (Ang 2004, Energy Policy 32:1131–1139; Ang 2005, Energy Policy
/// 33:867–871, eq. 4). L(a, 0) = L(0, b) = 0, the limit used for the zero values of Ang and Liu (2007, Energy Policy 35:238–246).
/// </remarks>
public static class LogarithmicMean
{
    /// <summary>L(<paramref name="a"/>, <paramref name="b"/>) of two non-negative numbers; 0 when either is 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite argument.</exception>
    public static double Of(double a, double b)
    {
        if (!(a >= 0) || !(b >= 0) || double.IsInfinity(a) || double.IsInfinity(b))
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"The logarithmic mean takes finite non-negative numbers; got {a} and {b}.");
        }
        if (a == 0 || b == 0)
        {
            return 0;
        }
        // Near a = b the quotient loses digits; the series a·(1 − u/2 + u²/3 …)/(…) is replaced by the exact limit within 1e-12.
        if (Math.Abs(a - b) <= 1e-12 * Math.Max(a, b))
        {
            return (a + b) / 2;
        }
        return (a - b) / (Math.Log(a) - Math.Log(b));
    }
}
