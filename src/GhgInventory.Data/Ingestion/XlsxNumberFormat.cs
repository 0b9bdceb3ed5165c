using System.Text;

namespace GhgInventory.Data.Ingestion;

/// <summary>
/// What a cell's number format makes of the number it holds, as far as the import must know: whether it shows a date or
/// time (the number is a day count), or shows another quantity than the one held (scaled by a trailing comma, or in a unit
/// such as 万 written into the format).
/// </summary>
/// <remarks>
/// Tokens are looked for outside the format's literal parts: quoted text (<c>"年"</c>), backslash escapes (<c>\,</c>),
/// <c>!</c> escapes, the character after <c>_</c> and <c>*</c>, and brackets (<c>[$-804]</c>, <c>[Red]</c>, <c>[DBNum1]</c>)
/// except the elapsed-time brackets <c>[h]</c>, <c>[mm]</c>, <c>[ss]</c>.
/// </remarks>
public static class XlsxNumberFormat
{
    /// <summary>The built-in format ids that show a date or time (ECMA-376 18.8.30 and the CJK ids 27–36, 50–58).</summary>
    public static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>True when a cell with format id <paramref name="id"/> and code <paramref name="format"/> shows its number as a date or time.</summary>
    public static bool IsDateOrTime(int id, string? format)
    {
        if (IsBuiltInDate(id))
        {
            return true;
        }
        foreach (string section in Sections(format ?? ""))
        {
            string tokens = Tokens(section, out _, keepElapsed: true).ToLowerInvariant().Replace("general", "", StringComparison.Ordinal);
            for (int i = 0; i < tokens.Length; i++)
            {
                char c = tokens[i];
                if (c is 'y' or 'm' or 'd' or 'h' or 's' or 'g' or 'b'
                    || c == 'e' && (i + 1 >= tokens.Length || tokens[i + 1] is not ('+' or '-'))
                    || tokens.AsSpan(i).StartsWith("am/pm") || tokens.AsSpan(i).StartsWith("a/p"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The quantity words that, written into a format (<c>0.0"万"</c>), make a cell show a multiple of the number it holds.</summary>
    private static readonly string[] QuantityWords = ["万", "亿", "千", "百", "十", "萬", "億", "‰"];

    /// <summary>
    /// True when the format shows another quantity than the number held: a comma after the last digit placeholder of a
    /// numeric section (<c>#,##0,</c> shows thousands), a quantity word in its literal text (<c>"万"</c>, <c>"亿"</c>, <c>"千"</c>),
    /// or a decimal point written as a literal (<c>0!.0000</c>, which moves the point without dividing).
    /// </summary>
    public static bool ShowsScaled(string? format)
    {
        foreach (string section in Sections(format ?? ""))
        {
            string tokens = Tokens(section, out string literals, keepElapsed: false);
            if (QuantityWords.Any(w => literals.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
            int lastDigit = tokens.LastIndexOfAny(['0', '#', '?']);
            if (lastDigit >= 0 && tokens.IndexOf(',', lastDigit) > lastDigit)
            {
                return true;
            }
            if (literals.Contains('.', StringComparison.Ordinal) && tokens.IndexOfAny(['0', '#', '?']) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The sections of a format (split at <c>;</c> outside quotes, escapes and brackets).</summary>
    private static List<string> Sections(string format)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (!quoted && bracket == 0 && c is '\\' or '!' or '_' or '*' && i + 1 < format.Length)
            {
                current.Append(c).Append(format[++i]);
                continue;
            }
            if (c == '"' && bracket == 0)
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket++;
            }
            else if (!quoted && c == ']' && bracket > 0)
            {
                bracket--;
            }
            else if (!quoted && bracket == 0 && c == ';')
            {
                sections.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections;
    }

    /// <summary>The section without its literal parts; <paramref name="literals"/> gets the literal text shown.</summary>
    private static string Tokens(string section, out string literals, bool keepElapsed)
    {
        var tokens = new StringBuilder();
        var text = new StringBuilder();
        for (int i = 0; i < section.Length; i++)
        {
            char c = section[i];
            switch (c)
            {
                case '"':
                    int end = section.IndexOf('"', i + 1);
                    end = end < 0 ? section.Length : end;
                    text.Append(section, i + 1, end - i - 1);
                    i = end;
                    break;
                case '\\' or '!' when i + 1 < section.Length:
                    text.Append(section[++i]);
                    break;
                case '_' or '*' when i + 1 < section.Length:
                    i++;
                    break;
                case '[':
                    int close = section.IndexOf(']', i + 1);
                    close = close < 0 ? section.Length : close;
                    string inside = section[(i + 1)..close];
                    if (keepElapsed && inside.Length > 0 && inside.All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                    {
                        tokens.Append(inside);
                    }
                    i = close;
                    break;
                default:
                    tokens.Append(c);
                    break;
            }
        }
        literals = text.ToString();
        return tokens.ToString();
    }
}
