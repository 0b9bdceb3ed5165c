using System.Buffers;
using System.Globalization;
using System.Text;
using GhgInventory.Core.Domain;

namespace GhgInventory.Data.Ingestion;

/// <summary>What the reader does to a field's text: NFKC only where a field needs it, control characters found, values quoted safely in messages.</summary>
/// <remarks>
/// Plain ASCII fields, nearly every field of a real file, pass through untouched; only a field with other characters is
/// decoded, normalised (full-width digits, punctuation and spaces to ASCII: Unicode NFKC) and encoded again.
/// </remarks>
public static class TextFields
{
    /// <summary>How many characters of a value a message quotes.</summary>
    public const int ShownChars = 80;

    private static readonly SearchValues<byte> Controls = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(b => (byte)b), 0x7F]);
    private static readonly SearchValues<byte> ControlsButLineBreaks =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r')).Select(b => (byte)b), 0x7F]);

    /// <summary>NFKC, trimmed, ASCII letters lower-cased: the form names are matched in.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ToLowerAscii(text.Normalize(NormalizationForm.FormKC).Trim());
    }

    /// <summary>The position of the first control character (C0 or DEL; tab and line breaks too unless <paramref name="allowLineBreaks"/>), or −1.</summary>
    public static int IndexOfControl(ReadOnlySpan<byte> utf8, bool allowLineBreaks = false) =>
        utf8.IndexOfAny(allowLineBreaks ? ControlsButLineBreaks : Controls);

    /// <summary>The field in NFKC form, trimmed: <paramref name="utf8"/> itself when it is ASCII or already normal, else written into <paramref name="scratch"/>.</summary>
    internal static ReadOnlySpan<byte> Normalized(ReadOnlySpan<byte> utf8, ref byte[] scratch, bool lowerAscii = false)
    {
        if (System.Text.Ascii.IsValid(utf8))
        {
            if (!lowerAscii || !HasUpperAscii(utf8))
            {
                return utf8;
            }
            Ensure(ref scratch, utf8.Length);
            System.Text.Ascii.ToLower(utf8, scratch, out int written);
            return scratch.AsSpan(0, written);
        }
        string text = Encoding.UTF8.GetString(utf8).Normalize(NormalizationForm.FormKC).Trim();
        if (lowerAscii)
        {
            text = ToLowerAscii(text);
        }
        Ensure(ref scratch, Encoding.UTF8.GetMaxByteCount(text.Length));
        int length = Encoding.UTF8.GetBytes(text, scratch);
        return scratch.AsSpan(0, length);
    }

    /// <summary>The inventory year a field gives (<c>2023</c>, <c>2023年</c>, full-width digits), or −1 when it is not a year in [<see cref="InventoryYear.Min"/>, <see cref="InventoryYear.Max"/>].</summary>
    public static int Year(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] scratch = [];
        return Year(Encoding.UTF8.GetBytes(text), ref scratch);
    }

    /// <summary>The inventory year a field gives, or −1; tried as written first, then in NFKC form with a trailing 年 dropped.</summary>
    internal static int Year(ReadOnlySpan<byte> written, ref byte[] scratch)
    {
        if (!int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            var normal = Normalized(written, ref scratch);
            if (normal.EndsWith("年"u8))
            {
                normal = normal[..^"年"u8.Length];
            }
            if (!int.TryParse(normal, NumberStyles.None, CultureInfo.InvariantCulture, out year))
            {
                return -1;
            }
        }
        return year is < InventoryYear.Min or > InventoryYear.Max ? -1 : year;
    }

    /// <summary>A value as a message quotes it: at most <see cref="ShownChars"/> characters, control characters escaped (\u001b).</summary>
    public static string Shown(ReadOnlySpan<byte> utf8)
    {
        // Decode no more than a message can show, so a 50 MB field costs 80 characters.
        int take = Math.Min(utf8.Length, ShownChars * 4);
        string text = Encoding.UTF8.GetString(utf8[..take]);
        return Shown(text, truncated: take < utf8.Length);
    }

    /// <summary>A value as a message quotes it: at most <paramref name="max"/> characters, control characters escaped (\u001b).</summary>
    public static string Shown(string? text, bool truncated = false, int max = ShownChars)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        bool cut = truncated || text.Length > max;
        var shown = text.Length > max ? text.AsSpan(0, max) : text.AsSpan();
        if (char.IsHighSurrogate(shown[^1]))
        {
            shown = shown[..^1];
        }
        var builder = new StringBuilder(shown.Length + 8);
        foreach (char c in shown)
        {
            if (char.IsControl(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }
        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool HasUpperAscii(ReadOnlySpan<byte> ascii) => ascii.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0;

    private static string ToLowerAscii(string text) =>
        string.Create(text.Length, text, (span, s) =>
        {
            for (int i = 0; i < s.Length; i++)
            {
                span[i] = s[i] is >= 'A' and <= 'Z' ? (char)(s[i] + 32) : s[i];
            }
        });

    private static void Ensure(ref byte[] scratch, int length)
    {
        if (scratch.Length < length)
        {
            scratch = new byte[Math.Max(length, scratch.Length * 2)];
        }
    }
}
