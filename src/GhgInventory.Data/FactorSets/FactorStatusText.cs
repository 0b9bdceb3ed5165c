using System.Text.RegularExpressions;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.FactorSets;

/// <summary>
/// A factor's stored status in the reader's language: the parts the program writes (<c>local (as imported)</c>, <c>unstated</c>,
/// <c>; outside the plausible range …, accepted: …</c>) are stored in one fixed form and rendered here; the rest (a bundled
/// file's transcription note, the user's acceptance reason) is data and shown as written.
/// </summary>
public static partial class FactorStatusText
{
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
            tail = Text.Format(DataFactorText.StatusOutsideShown, outside.Groups["range"].Value, outside.Groups["reason"].Value);
        }
        head = head switch
        {
            "local (as imported)" => DataFactorText.StatusLocalShown,
            "unstated" => DataFactorText.StatusUnstatedShown,
            _ => head,
        };
        return head + tail;
    }

    /// <summary>The suffix FactorRowChecker appends when an outlier is accepted (its reason runs to the end).</summary>
    [GeneratedRegex(@"; outside the plausible range (?<range>.*?), accepted: (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex Outside();
}
