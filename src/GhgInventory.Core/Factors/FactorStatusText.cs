using System.Text.RegularExpressions;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Factors;

/// <summary>
/// A factor's stored status in the reader's language, wherever a status is shown (explain, the HTML report, <c>factors list</c>).
/// The parts the program writes (<c>local (as imported)</c>, <c>unstated</c>, <c>; outside the plausible range …, accepted: …</c>)
/// are stored in one fixed form and rendered here; the bundled factor files' labels (<c>verified (secondary transcription)</c>,
/// <c>UNVERIFIED (one code transcription)</c>, <c>not checked against the guideline PDF</c>, …) are put in words part by part;
/// a part this version does not know keeps its verdict in words (已核实 / 部分核实 / 未核实) and the rest quoted as written
/// (原文：…); the user's acceptance reason is data and shown as written. The status always agrees with the file's own label:
/// a part that says UNVERIFIED never reads 已核实.
/// </summary>
public static partial class FactorStatusText
{
    /// <summary>The bundled labels known word for word, each with its resource key.</summary>
    private static readonly Dictionary<string, string> Phrases = new(StringComparer.Ordinal)
    {
        ["verified"] = nameof(CoreText.StatusPhraseVerified),
        ["verified (secondary transcription)"] = nameof(CoreText.StatusPhraseSecondaryTranscription),
        ["verified (secondary news)"] = nameof(CoreText.StatusPhraseSecondaryNews),
        ["verified (secondary)"] = nameof(CoreText.StatusPhraseSecondary),
        ["verified (news report)"] = nameof(CoreText.StatusPhraseNewsReport),
        ["verified (news report of NDRC statement)"] = nameof(CoreText.StatusPhraseNewsReportNdrc),
        ["not checked against the guideline PDF"] = nameof(CoreText.StatusPhraseNotCheckedGuideline),
        ["verify against the standard text"] = nameof(CoreText.StatusPhraseVerifyStandard),
        ["bounds verified (secondary transcription)"] = nameof(CoreText.StatusPhraseBoundsSecondary),
        ["UNVERIFIED (code comments only)"] = nameof(CoreText.StatusPhraseCodeComments),
        ["UNVERIFIED (document preview only)"] = nameof(CoreText.StatusPhraseDocumentPreview),
        ["UNVERIFIED (one code transcription)"] = nameof(CoreText.StatusPhraseOneCodeTranscription),
        ["announcement number not verified"] = nameof(CoreText.StatusPhraseAnnouncementNumber),
        ["by definition"] = nameof(CoreText.StatusPhraseByDefinition),
        ["2008-style table, GB/T 2589-2020 Appendix A not read"] = nameof(CoreText.StatusPhraseOldTable),
        ["供电/发电 basis not stated"] = nameof(CoreText.StatusPhraseBasisNotStated),
        ["partly verified (statistical table)"] = nameof(CoreText.StatusPhrasePartlyStatistical),
        ["GB/T 2589 row not re-read"] = nameof(CoreText.StatusPhraseRowNotReread),
    };

    /// <summary>The bundled labels added in issue 15 (the sector sets' recalled defaults), each with its key in <c>Resources/TrialFixCoreText</c>.</summary>
    private static readonly Dictionary<string, string> Issue15Phrases = new(StringComparer.Ordinal)
    {
        ["UNVERIFIED (recalled)"] = nameof(TrialFixCoreText.StatusPhraseRecalled),
        ["no transcription read"] = nameof(TrialFixCoreText.StatusPhraseNoTranscription),
    };

    /// <summary>The status as a person reads it now; the stored English form is returned unchanged in English.</summary>
    public static string Render(string? stored)
    {
        if (string.IsNullOrEmpty(stored) || !UiCulture.IsChinese)
        {
            return stored ?? "";
        }
        string head = stored;
        string tail = "";
        var outside = Outside().Match(stored);
        if (outside.Success)
        {
            head = stored[..outside.Index];
            tail = Text.Format(CoreText.StatusOutsideShown, outside.Groups["range"].Value, outside.Groups["reason"].Value);
        }
        head = head switch
        {
            "local (as imported)" => CoreText.StatusLocalShown,
            "unstated" => CoreText.StatusUnstatedShown,
            _ => string.Join(CoreText.StatusSeparator, head.Split("; ").Select(Part)),
        };
        return head + tail;
    }

    /// <summary>One <c>; </c>-separated part of a bundled label in words; an unknown part with its verdict in words and the rest quoted.</summary>
    private static string Part(string part)
    {
        if (Phrases.TryGetValue(part.Trim(), out string? key))
        {
            return CoreText.ResourceManager.GetString(key, UiCulture.Chinese) ?? part;
        }
        if (Issue15Phrases.TryGetValue(part.Trim(), out string? recalled))
        {
            return TrialFixCoreText.ResourceManager.GetString(recalled, UiCulture.Chinese) ?? part;
        }
        if (!ContainsLatin().IsMatch(part))
        {
            return part;
        }
        // The verdict decides the word; UNVERIFIED anywhere in the part wins over "verified" (a part naming both says so).
        string format = part.Contains("UNVERIFIED", StringComparison.Ordinal) ? CoreText.StatusUnverifiedQuoted
            : part.StartsWith("partly verified", StringComparison.OrdinalIgnoreCase) ? CoreText.StatusPartlyVerifiedQuoted
            : part.StartsWith("verified", StringComparison.OrdinalIgnoreCase) ? CoreText.StatusVerifiedQuoted
            : CoreText.StatusQuoted;
        return Text.Format(format, part);
    }

    /// <summary>The suffix FactorRowChecker appends when an outlier is accepted (its reason runs to the end).</summary>
    [GeneratedRegex(@"; outside the plausible range (?<range>.*?), accepted: (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex Outside();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex ContainsLatin();
}
