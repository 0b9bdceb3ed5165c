using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Factors;

/// <summary>Which edition of China's provincial inventory guideline (省级温室气体清单编制指南) a compile holds its combustion factors to
/// (<c>ghg compile --edition</c>): the one China provincial combustion set that takes part in the run. A run names its edition in its
/// options (<c>edition=provincial-2025</c>) and applies it to every year it compiles: the whole series under one edition.</summary>
public enum GuidelineEdition
{
    /// <summary>省级温室气体清单编制指南（试行）, 2011: set <c>china-provincial-2011</c> (raw coal 20 908 kJ/kg, 26.37 tC/TJ, 0.94). The default.</summary>
    Provincial2011,
    /// <summary>省级温室气体清单编制指南（2025年版）: set <c>china-provincial-2025</c> (raw coal on the bituminous row: 19.57 GJ/t, 26.1 tC/TJ, 0.93);
    /// fuels it does not carry fall to GB/T 32151.22-2024 (the next China set), not to the 2011 edition.</summary>
    Provincial2025,
}

/// <summary>Names, factor sets and words of the guideline editions.</summary>
public static class GuidelineEditions
{
    /// <summary>Every edition, oldest first.</summary>
    public static IReadOnlyList<GuidelineEdition> All { get; } = [GuidelineEdition.Provincial2011, GuidelineEdition.Provincial2025];

    /// <summary>The option value of <paramref name="edition"/>: <c>provincial-2011</c> or <c>provincial-2025</c>.</summary>
    public static string Name(this GuidelineEdition edition) => edition switch
    {
        GuidelineEdition.Provincial2025 => "provincial-2025",
        _ => "provincial-2011",
    };

    /// <summary>The bundled factor set of <paramref name="edition"/> (<c>china-provincial-2011</c>, <c>china-provincial-2025</c>).</summary>
    public static string SetKey(this GuidelineEdition edition) => edition switch
    {
        GuidelineEdition.Provincial2025 => "china-provincial-2025",
        _ => "china-provincial-2011",
    };

    /// <summary>True when the factor set <paramref name="setKey"/> takes part in a compile under <paramref name="edition"/>: every set but
    /// the provincial-guideline sets of the other editions.</summary>
    public static bool TakesPart(this GuidelineEdition edition, string setKey) =>
        !All.Any(e => e != edition && string.Equals(e.SetKey(), setKey, StringComparison.Ordinal));

    /// <summary>The edition named <paramref name="text"/> (<c>provincial-2011</c>, <c>provincial-2025</c>, also <c>2011</c>, <c>2025</c>); null when unknown.</summary>
    public static GuidelineEdition? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "provincial-2011" or "2011" => GuidelineEdition.Provincial2011,
        "provincial-2025" or "2025" => GuidelineEdition.Provincial2025,
        _ => null,
    };

    /// <summary>The option part a run stores, e.g. <c>edition=provincial-2025</c>.</summary>
    public static string OptionText(this GuidelineEdition edition) => "edition=" + edition.Name();

    /// <summary>The edition a run's options text names; <see cref="GuidelineEdition.Provincial2011"/> for a run stored before issue 15 (which
    /// was compiled with the 2011 set, the only one then).</summary>
    public static GuidelineEdition FromOptionsText(string? options)
    {
        foreach (var part in (options ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("edition=", StringComparison.Ordinal) && Parse(part["edition=".Length..]) is { } edition)
            {
                return edition;
            }
        }
        return GuidelineEdition.Provincial2011;
    }

    /// <summary>The edition in the reader's language (省级温室气体清单编制指南（2025年版）).</summary>
    public static string Label(this GuidelineEdition edition) =>
        edition == GuidelineEdition.Provincial2025 ? EditionText.Edition2025 : EditionText.Edition2011;

    /// <summary>An option part (<c>edition=provincial-2025</c>) in words ("factor edition: …"); null when <paramref name="part"/> is no edition part.</summary>
    public static string? OptionInWords(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return part.StartsWith("edition=", StringComparison.Ordinal) && Parse(part["edition=".Length..]) is { } edition
            ? Text.Format(EditionText.OptionEdition, edition.Label())
            : null;
    }
}
