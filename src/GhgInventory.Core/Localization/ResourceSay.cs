using System.Globalization;
using System.Resources;
using GhgInventory.Core.Accounting;

namespace GhgInventory.Core.Localization;

/// <summary>The words of one resource file (a sector's <c>Resources/*Text</c>) as stored texts with both languages filled at once
/// (<see cref="LineText.Term"/>, so a line reads in its reader's language without Core's text table knowing the file), or rendered
/// at once for a refusal. One instance per resource file: <see cref="SectorSay"/>.</summary>
/// <param name="resources">The resource file's manager.</param>
/// <param name="number">How a <see cref="double"/> argument is written (invariant, e.g. <see cref="Numbers.Format(double, int)"/>); LineText arguments are rendered in the same language.</param>
internal sealed class ResourceSay(ResourceManager resources, Func<double, string> number)
{
    /// <summary>The text <paramref name="key"/> with <paramref name="args"/>, in English and Chinese.</summary>
    public LineText Text(string key, params object?[] args) =>
        LineText.Term(Render(key, UiCulture.English, args), Render(key, UiCulture.Chinese, args));

    /// <summary>The text <paramref name="key"/> in the current UI culture, for a message shown at once (a refusal).</summary>
    public string Now(string key, params object?[] args) => Render(key, CultureInfo.CurrentUICulture, args);

    /// <summary>The Chinese text of <paramref name="key"/>, without arguments (a method's Chinese name).</summary>
    public string Chinese(string key) => resources.GetString(key, UiCulture.Chinese) ?? key;

    private string Render(string key, CultureInfo culture, object?[] args)
    {
        using var scope = UiCulture.Use(culture);
        string format = resources.GetString(key, culture) ?? key;
        return Localization.Text.Format(format, args.Select(a => a is LineText t ? t.Render() : a is double d ? number(d) : a).ToArray());
    }
}

/// <summary>The <see cref="ResourceSay"/> of each sector's resource file (issue 15: one class instead of a copy per sector).</summary>
internal static class SectorSay
{
    /// <summary>Resources/EnergyText (issue 14).</summary>
    public static readonly ResourceSay Energy = new(Resources.EnergyText.ResourceManager, d => Numbers.Format(d));
    /// <summary>Resources/FugitiveText.</summary>
    public static readonly ResourceSay Fugitive = new(Resources.FugitiveText.ResourceManager, d => Numbers.Format(d));
    /// <summary>Resources/IppuText (factor-like arguments keep their digits).</summary>
    public static readonly ResourceSay Ippu = new(Resources.IppuText.ResourceManager, Numbers.Factor);
    /// <summary>Resources/CoalChemText.</summary>
    public static readonly ResourceSay CoalChem = new(Resources.CoalChemText.ResourceManager, d => Numbers.Format(d));
    /// <summary>Resources/AgricultureText (small masses to 6 decimals).</summary>
    public static readonly ResourceSay Agriculture = new(Resources.AgricultureText.ResourceManager, d => Numbers.Format(d, 6));
    /// <summary>Resources/LandText.</summary>
    public static readonly ResourceSay Land = new(Resources.LandText.ResourceManager, d => Numbers.Format(d));
    /// <summary>Resources/WasteText.</summary>
    public static readonly ResourceSay Waste = new(Resources.WasteText.ResourceManager, d => Numbers.Format(d));
    /// <summary>Resources/WasteWaterText.</summary>
    public static readonly ResourceSay WasteWater = new(Resources.WasteWaterText.ResourceManager, d => Numbers.Format(d));
    /// <summary>Resources/EditionText.</summary>
    public static readonly ResourceSay Edition = new(Resources.EditionText.ResourceManager, d => Numbers.Format(d));
    /// <summary>Resources/ScenarioText (issue 16: the projection's refusals and flags).</summary>
    public static readonly ResourceSay Scenario = new(Resources.ScenarioText.ResourceManager, d => Numbers.Format(d));
}
