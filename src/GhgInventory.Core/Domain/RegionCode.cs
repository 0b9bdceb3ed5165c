using System.Diagnostics.CodeAnalysis;

namespace GhgInventory.Core.Domain;

/// <summary>A region's code: six GB/T 2260 digits, or a locally assigned sub-county unit such as an industrial park (<c>150624-01</c>).</summary>
/// <remarks>Names and hierarchy come from a regions data file; the code alone only tells its administrative level.</remarks>
public readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    /// <summary>The code as written, e.g. <c>150622</c>.</summary>
    public string Value { get; }

    /// <summary>The administrative level implied by the digits.</summary>
    public RegionLevel Level =>
        Value.Length > 6 ? RegionLevel.Park
        : Value.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
        : Value.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.Prefecture
        : RegionLevel.County;

    /// <summary>Parses a code, throwing <see cref="FormatException"/> when it is not one.</summary>
    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException(Localization.Say.Now(nameof(Resources.CoreText.NotARegionCode), text));

    /// <summary>Parses six digits, optionally followed by '-' and two digits.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out RegionCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }
        var s = text.Trim();
        bool sixDigits = s.Length >= 6 && s.AsSpan(0, 6).ContainsAnyExceptInRange('0', '9') is false;
        bool valid = sixDigits && (s.Length == 6 || (s.Length == 9 && s[6] == '-' && char.IsAsciiDigit(s[7]) && char.IsAsciiDigit(s[8])));
        if (!valid)
        {
            return false;
        }
        code = new RegionCode(s);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}

/// <summary>Administrative level of a region.</summary>
public enum RegionLevel
{
    /// <summary>Province or autonomous region (省级).</summary>
    Province,
    /// <summary>Prefecture-level city (地级市).</summary>
    Prefecture,
    /// <summary>County-level unit: district, county or banner (区、县、旗).</summary>
    County,
    /// <summary>Industrial park or other unit below a county (园区).</summary>
    Park,
}
