using System.Globalization;

namespace GhgInventory.Reports;

/// <summary>Number formats shared by the renderers; invariant culture so output is the same on every machine.</summary>
public static class Format
{
    /// <summary>Tonnes with thousands separators and no decimals.</summary>
    public static string Tonnes(double tonnes) => tonnes.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Tonnes with up to <paramref name="decimals"/> decimals (small masses of CH4 and N2O).</summary>
    public static string Tonnes(double tonnes, int decimals) => tonnes.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>Millions of tonnes with two decimals.</summary>
    public static string Megatonnes(double tonnes) => (tonnes / 1e6).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A number in round-trip form, for CSV and JSON.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A value or its notation key.</summary>
    public static string TonnesOr(double? tonnes, string? notation, int decimals = 0) =>
        tonnes is { } t ? Tonnes(t, decimals) : notation ?? "";
}
