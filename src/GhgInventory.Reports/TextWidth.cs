using System.Text;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>How many terminal cells text takes (a CJK character two), as Spectre.Console measures it, and where it may break.</summary>
public static class TextWidth
{
    /// <summary>The cells <paramref name="text"/> takes on one line.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.GetCellWidth();
    }

    /// <summary>True for a character a line may break before or after without a space (CJK ideographs, kana, hangul, full-width forms).</summary>
    public static bool IsWide(Rune rune) => new string(rune.ToString()).GetCellWidth() >= 2;

    /// <summary>The widest run of <paramref name="text"/> that must stay on one line: a run between spaces of characters that are not wide (a number, a code, an English word); a wide character alone.</summary>
    public static int LongestUnbreakable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int longest = 0, run = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                run = 0;
                continue;
            }
            if (IsWide(rune))
            {
                run = 0;
                longest = Math.Max(longest, 2);
                continue;
            }
            run += Of(rune.ToString());
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
