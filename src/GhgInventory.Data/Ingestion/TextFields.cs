using System.Buffers;
using System.Globalization;
using System.Text;
using GhgInventory.Core.Domain;

namespace GhgInventory.Data.Ingestion;

/// <summary>What the reader does to a field's text: full-width forms folded only where a field needs it, control characters found, values quoted safely in messages.</summary>
/// <remarks>
/// Plain ASCII fields, nearly every field of a real file, pass through untouched; only a field with other characters is
/// decoded, width-folded (<see cref="WidthFold"/>) and encoded again. Values are not put through Unicode NFKC: it also
/// turns superscripts, subscripts and circled digits into digits, so a yearbook footnote mark (1234¹) would become 12341.
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

    /// <summary>Full-width ASCII forms (U+FF01–U+FF5E: digits, letters, punctuation as Chinese input methods type them) to ASCII and the other spaces (ideographic U+3000, no-break U+00A0, U+2000–U+200A, U+202F, U+205F) to a space; every other character unchanged.</summary>
    public static string WidthFold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, (span, s) =>
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>A facility id as it is stored and compared: width-folded, trimmed, runs of spaces as one; <paramref name="utf8"/> itself when it is plain ASCII already.</summary>
    /// <remarks>"Plant A", "Plant\u00A0A", "Ｐｌａｎｔ Ａ" and " Plant A " are one plant; a second spelling would add a plant instead of correcting it.</remarks>
    internal static ReadOnlySpan<byte> FacilityForm(ReadOnlySpan<byte> utf8, ref byte[] scratch)
    {
        if (System.Text.Ascii.IsValid(utf8) && utf8.IndexOf("  "u8) < 0 && (utf8.IsEmpty || (utf8[0] != ' ' && utf8[^1] != ' ')))
        {
            return utf8;
        }
        string folded = WidthFold(Encoding.UTF8.GetString(utf8)).Trim();
        folded = string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Ensure(ref scratch, Encoding.UTF8.GetMaxByteCount(folded.Length));
        int length = Encoding.UTF8.GetBytes(folded, scratch);
        return scratch.AsSpan(0, length);
    }

    /// <summary>True when the text holds a C1 control (U+0080–U+009F) or a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which can reorder or hide what a terminal shows.</summary>
    public static bool HasInvisibleControl(ReadOnlySpan<byte> utf8)
    {
        // All of these are above U+007F, so plain ASCII has none; C1 is C2 80–C2 9F in UTF-8, the others E2 80 AA–AE and E2 81 A6–A9.
        if (!MayHaveInvisible(utf8))
        {
            return false;
        }
        foreach (var rune in Encoding.UTF8.GetString(utf8).EnumerateRunes())
        {
            if (rune.Value is (>= 0x80 and <= 0x9F) or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the text holds an invisible format character (Unicode categories Cf, Zl, Zp: zero-width space U+200B, BOM U+FEFF, soft hyphen U+00AD, word joiner U+2060, direction marks, line separator U+2028 …).</summary>
    /// <remarks>In a key field such a character makes a second key that looks like the first on screen ("Plant A" and "Plant A\u200B" would be two plants).</remarks>
    public static bool HasInvisibleFormat(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOfAny(InvisibleLeadBytes) < 0)
        {
            return false;
        }
        foreach (var rune in Encoding.UTF8.GetString(utf8).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a record may hold a character <see cref="HasInvisibleControl"/> or <see cref="HasInvisibleFormat"/> finds: one of their UTF-8 lead bytes is there.</summary>
    public static bool MayHaveInvisible(ReadOnlySpan<byte> utf8) => utf8.IndexOfAny(InvisibleLeadBytes) >= 0;

    // UTF-8 lead bytes of C1 controls and U+00AD (C2), U+061C (D8), U+180E (E1), U+200B–U+206F (E2), U+FEFF and U+FFF9–U+FFFB (EF),
    // and the tag characters U+E0001–U+E007F (F3): every Cf, Zl and Zp character a text file is likely to carry.
    private static readonly SearchValues<byte> InvisibleLeadBytes = SearchValues.Create([0xC2, 0xD8, 0xE1, 0xE2, 0xEF, 0xF3]);

    /// <summary>A percentage as activity and factor files write it: a finite number ≥ 0, width-folded, with or without a trailing % ("5", "5%", "５％" are 5).</summary>
    public static bool TryPercent(ReadOnlySpan<byte> utf8, ref byte[] scratch, out double pct)
    {
        if (double.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out pct) && double.IsFinite(pct) && pct >= 0)
        {
            return true;
        }
        var normal = Normalized(utf8, ref scratch);
        if (normal.EndsWith("%"u8))
        {
            normal = normal[..^1].TrimEnd(" "u8);
        }
        return double.TryParse(normal, NumberStyles.Float, CultureInfo.InvariantCulture, out pct) && double.IsFinite(pct) && pct >= 0;
    }

    /// <summary>An amount as activity and control files write it: a finite number ≥ 0, as written or width-folded and trimmed; thousands separators only in strict groups of three ("1,234.5", never a decimal comma "1,5").</summary>
    public static bool TryAmount(ReadOnlySpan<byte> written, ref byte[] scratch, out double value)
    {
        if (double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return double.IsFinite(value) && value >= 0;
        }
        if (written.IsEmpty)
        {
            return false;
        }
        var normal = TextFields.Normalized(written, ref scratch);
        // A comma that reaches a field was typed inside the number: an ASCII one only survives in a quoted cell ("1,234.5"),
        // since an unquoted one separates fields, and a full-width one becomes ',' when width-folded. Accept it only in strict
        // groups of three (1,234.5), never as a decimal comma (1,5).
        if (normal.Contains((byte)',') && IsGrouped(normal))
        {
            var digits = new byte[normal.Length]; // the rare path: a field can be up to a record's 1 MiB, too much for the stack
            int n = 0;
            foreach (byte b in normal)
            {
                if (b != ',')
                {
                    digits[n++] = b;
                }
            }
            normal = digits.AsSpan(0, n);
        }
        return double.TryParse(normal, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= 0;
    }

    private static bool IsGrouped(ReadOnlySpan<byte> number)
    {
        int dot = number.IndexOf((byte)'.');
        var whole = dot >= 0 ? number[..dot] : number;
        int first = whole.IndexOf((byte)',');
        if (first is < 1 or > 3)
        {
            return false;
        }
        for (int i = 0; i < whole.Length; i++)
        {
            bool commaHere = (whole.Length - i) % 4 == 0;
            if (commaHere != (whole[i] == ',') || (!commaHere && !char.IsAsciiDigit((char)whole[i])))
            {
                return false;
            }
        }
        return dot < 0 || !number[(dot + 1)..].Contains((byte)',');
    }

    /// <summary>The unit a spelling means (<c>Unit.TryParse</c>), tried as written, then width-folded; null when neither is a unit.</summary>
    /// <remarks>As written first: NFKC would turn the accepted 10⁴ t into 104 t, so only full-width forms are folded.</remarks>
    public static Core.Units.Unit? UnitOf(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return Core.Units.Unit.TryParse(written, out var parsed) || Core.Units.Unit.TryParse(WidthFold(written), out parsed) ? parsed : null;
    }

    /// <summary>The position of the first control character (C0 or DEL; tab and line breaks too unless <paramref name="allowLineBreaks"/>), or −1.</summary>
    public static int IndexOfControl(ReadOnlySpan<byte> utf8, bool allowLineBreaks = false) =>
        utf8.IndexOfAny(allowLineBreaks ? ControlsButLineBreaks : Controls);

    /// <summary>The field width-folded (<see cref="WidthFold"/>) and trimmed: <paramref name="utf8"/> itself when it is ASCII, else written into <paramref name="scratch"/>.</summary>
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
        string text = WidthFold(Encoding.UTF8.GetString(utf8)).Trim();
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
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
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
