using System.Text.RegularExpressions;

namespace GhgInventory.Tests.Support;

/// <summary>The language a text should be written in.</summary>
internal enum TextLanguage
{
    /// <summary>Chinese: no English word outside the allow-list.</summary>
    Zh,
    /// <summary>English: no Chinese character outside the allow-list.</summary>
    En,
}

/// <summary>
/// Finds what was left untranslated in a text a person reads: in Chinese, English words; in English, Chinese characters.
/// What a person types or reads as a symbol in either language is allowed: option names (--year), placeholders (&lt;file&gt;),
/// paths and file names, CSV header lists (region,year,…), snake_case keys (raw_coal), codes, numbers and hashes, and the short
/// lists below, each with its reason. Callers add the words of their context (verb names, the values an option accepts).
/// </summary>
internal static partial class UntranslatedText
{
    /// <summary>Latin words allowed in Chinese text: names, symbols and terms the guideline and the statistics bureau write in Latin letters.</summary>
    public static readonly IReadOnlySet<string> LatinInChinese = new HashSet<string>(StringComparer.Ordinal)
    {
        // The program and the formats and standards it names: a Chinese reader sees them so on screen and in documents.
        "ghg", "GhgInventory", "SQLite", "CSV", "XLSX", "JSON", "HTML", "UTF", "GB18030", "GBK", "FIFO", "UTC",
        // Gases, CO2 equivalent, GWP sets, the IPCC and its notation keys: the provincial guideline writes them in Latin letters.
        "CO2", "CH4", "N2O", "CO2e", "GWP", "SAR", "TAR", "AR4", "AR5", "AR6", "IPCC", "NE", "IE", "NO", "NA",
        // Fluorinated gases by formula or ASHRAE number, as the guideline writes them (issue 15).
        "SF6", "HFCs", "PFCs", "CF4", "C2F6", "NF3",
        // Units written as symbols in Chinese statistics.
        "tce", "kWh", "GJ", "TJ", "MJ", "kg", "MWh", "GWh", "tC",
        // Factor parameters as factor files name them (the parameter column), shown beside their Chinese names.
        "ncv", "oxidation", "ef",
    };

    /// <summary>Chinese allowed in English text: words a user types or a document is called by, so the English text names them as written.</summary>
    public static readonly IReadOnlySet<string> ChineseInEnglish = new HashSet<string>(StringComparer.Ordinal)
    {
        // Units as activity files write them (e.g. "…,raw_coal,<new value>,万吨").
        "万吨", "吨", "万千瓦时", "亿千瓦时", "吨标准煤", "万吨标准煤", "万立方米", "亿立方米", "吉焦", "太焦",
        // Activity names accepted beside their keys (--activity 原煤).
        "原煤",
        // The value of --unit as typed (万t: 10^4 t).
        "万",
        // The document control totals come from, named as the statistics bureau titles it.
        "能源平衡表",
    };

    /// <summary>The untranslated pieces of <paramref name="text"/> (distinct, in order of appearance); empty when it reads entirely in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Find(string text, TextLanguage language, IEnumerable<string>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var extra = new HashSet<string>(allowed ?? [], StringComparer.Ordinal);
        string rest = Protected().Replace(text, " ");
        if (language == TextLanguage.Zh)
        {
            rest = Path().Replace(rest, " ");
            return LatinWord().Matches(rest).Select(m => m.Value)
                .Where(w => w.Count(char.IsAsciiLetter) >= 2 && !w.Contains('_', StringComparison.Ordinal))
                .Where(w => !LatinInChinese.Contains(w) && !extra.Contains(w))
                .Distinct(StringComparer.Ordinal).ToList();
        }
        return ChineseRun().Matches(ChineseHeaderList().Replace(rest, " ")).Select(m => m.Value)
            .Where(w => !ChineseInEnglish.Contains(w) && !extra.Contains(w))
            .Distinct(StringComparer.Ordinal).ToList();
    }

    // Option names with a value as typed (--chp-split, --grid-year none, -h), placeholders (<file>, <zh|en>), CSV header lists (region,year,value[,note]), hashes (fba504c1e2d3),
    // IPCC category codes (1.A.1.a.iii), a file's field with its value (use=autoproducer) and commands as typed (ghg factors import).
    [GeneratedRegex(@"(?<![\w-])--?[A-Za-z?][\w-]*( [a-z]+\b(?![\w-]))?|<[^<>\n]*>|\b[a-z_]+(\[?,[a-z_]+\]?)+|\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b|\b\d(\.[A-Za-z0-9]+)+\b|\b[a-z_]+=([a-z_]+\b|\{\d+\})|\bghg( [a-z]+)+")]
    private static partial Regex Protected();

    // Paths and file names: anything with a slash, a backslash or a file extension (ghg-demo.db, /dev/stdin, emission-factors/…).
    [GeneratedRegex(@"[^\s'""“”()\[\],;:：，、；（）\u3000-\u9FFF]*([/\\][^\s'""“”()\[\],;\u3000-\u9FFF]*|\.(csv|xlsx|db|json|html|md|sql|txt)(-journal)?\b)")]
    private static partial Regex Path();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]*")]
    private static partial Regex LatinWord();

    // Chinese characters and Chinese punctuation (CJK symbols, full-width forms).
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]+")]
    private static partial Regex ChineseRun();

    // A Chinese CSV header accepted beside the English one (地区,年份,品种,数值,单位[,来源][,备注]).
    [GeneratedRegex(@"[\u4E00-\u9FFF]+(\[?,[\u4E00-\u9FFF]+\]?)+")]
    private static partial Regex ChineseHeaderList();

    /// <summary>The English words left in a Chinese text (<see cref="Find"/> with <see cref="TextLanguage.Zh"/>); empty when there are none.</summary>
    public static IReadOnlyList<string> EnglishRuns(string? text) => string.IsNullOrEmpty(text) ? [] : Find(text, TextLanguage.Zh);
}
