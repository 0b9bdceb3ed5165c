using System.Text.RegularExpressions;

namespace GhgInventory.Tests.Support;

/// <summary>
/// Finds English left in a Chinese text: a run of two or more ASCII words (two letters or more each) separated by spaces.
/// Codes (1.A.3.b), gas formulas, unit symbols, single terms (CO2e, GWP, IPCC, heat_ef), options with their value (--grid-year none) and the command names a person types stay as
/// they are in Chinese, so they are no finding.
/// </summary>
internal static partial class UntranslatedText
{
    /// <summary>Terms that stay in English inside Chinese text (command and option names).</summary>
    private static readonly string[] Allowed = ["ghg factors import"];

    /// <summary>The English word runs of <paramref name="text"/>; empty when there are none.</summary>
    public static IReadOnlyList<string> EnglishRuns(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        foreach (var allowed in Allowed)
        {
            text = text.Replace(allowed, "", StringComparison.Ordinal);
        }
        text = OptionWithValue().Replace(text, "");
        return WordRun().Matches(text).Select(m => m.Value).ToList();
    }

    /// <summary>An option as typed, with its value: <c>--grid-year none</c>.</summary>
    [GeneratedRegex(@"--[a-z][a-z-]*(?: [A-Za-z0-9_.]+)?")]
    private static partial Regex OptionWithValue();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z_']+(?: +[A-Za-z][A-Za-z_']+)+\b")]
    private static partial Regex WordRun();
}
