namespace GhgInventory.Core.Reporting;

/// <summary>One sheet of the data-entry workbook: a sector (<c>1.A.1 能源工业</c>) or the categories outside fuel combustion.</summary>
/// <param name="Code">The sector's category code; empty for the sheet of other categories.</param>
/// <param name="Name">The sheet's name in the UI language (能源工业).</param>
/// <param name="CategoryLabels">The drop-down labels of the categories on this sheet (<c>1.A.1.a.i 公用电力与热力</c>), by code.</param>
public sealed record TemplateSector(string Code, string Name, IReadOnlyList<string> CategoryLabels)
{
    /// <summary>The rows listed for the official to fill in, each with its 说明 (issue 15, from template-rows.csv); empty for a sheet that lists none.</summary>
    public IReadOnlyList<TemplateEntryRow> Rows { get; init; } = [];

    /// <summary>The unit drop-down of the sheet's empty rows when the sheet lists rows: every unit of their dimensions; null for the workbook's whole list.</summary>
    public IReadOnlyList<string>? BlankUnits { get; init; }
}

/// <summary>An activity as the workbook lists it.</summary>
/// <param name="Name">Its name in the UI language (原煤), which the import reads back.</param>
/// <param name="Units">The units its dimension takes, e.g. "吨, 万吨".</param>
public sealed record TemplateActivity(string Name, string Units);

/// <summary>One row of the workbook's socio-economic indicator sheet (issue 14): an indicator key with the units of its dimension.</summary>
/// <param name="Name">Its name in the UI language (地区生产总值), which the import reads back.</param>
/// <param name="Units">The units its drop-down offers, the usual one first (亿元, 万元, 元).</param>
/// <param name="Note">What it is, in a few words (上年=100 for an index, 年末常住人口 …).</param>
public sealed record TemplateIndicator(string Name, IReadOnlyList<string> Units, string Note);

/// <summary>A use of fuel as the workbook lists it.</summary>
/// <param name="Name">Its name in the UI language (自备电厂), which the import reads back.</param>
/// <param name="FileValue">What a CSV file writes for it (autoproducer).</param>
public sealed record TemplateUse(string Name, string FileValue);

/// <summary>One row of the previous year's current version, shown beside the input column.</summary>
/// <param name="SectorCode">The sheet it goes on (<see cref="TemplateSector.Code"/>).</param>
/// <param name="CategoryLabel">Its category as the drop-down shows it.</param>
/// <param name="Activity">Its activity's name.</param>
/// <param name="Use">Its use's name; empty for combustion.</param>
/// <param name="Facility">Its facility, or empty.</param>
/// <param name="Value">The value as stored, or null for a notation row.</param>
/// <param name="Notation">The notation key (NE, NO …) of a notation row, or null.</param>
/// <param name="Unit">The unit as written.</param>
public sealed record TemplatePreviousRow(string SectorCode, string CategoryLabel, string Activity, string Use, string Facility, double? Value, string? Notation, string Unit)
{
    /// <summary>True when the row is shown beside a listed row of its sheet (<see cref="TemplateSector.Rows"/>), not as a row of its own.</summary>
    public bool Listed { get; init; }
}

/// <summary>Everything the data-entry workbook of one region and year shows, names in the UI language; no formatting.</summary>
/// <param name="RegionName">The region's name (准格尔旗).</param>
/// <param name="RegionCode">The region's code (150622).</param>
/// <param name="Year">The year the workbook is for.</param>
/// <param name="PreviousVersion">The version of the previous year shown, or null when the database has none.</param>
/// <param name="Sectors">One sheet each.</param>
/// <param name="Activities">The activity drop-down.</param>
/// <param name="Units">The unit drop-down: the spellings the import reads.</param>
/// <param name="Uses">The use drop-down.</param>
/// <param name="Previous">The previous year's rows.</param>
/// <param name="PreviousHeaders">The headers of the two reference columns (previous value, previous unit), which the import recognises and skips.</param>
public sealed record TemplateContent(string RegionName, string RegionCode, int Year, int? PreviousVersion, IReadOnlyList<TemplateSector> Sectors,
    IReadOnlyList<TemplateActivity> Activities, IReadOnlyList<string> Units, IReadOnlyList<TemplateUse> Uses, IReadOnlyList<TemplatePreviousRow> Previous,
    (string Value, string Unit) PreviousHeaders)
{
    /// <summary>The sheet code (<see cref="TemplateSector.Code"/>) of the socio-economic indicator sheet: category 0, not an emission category.</summary>
    public const string IndicatorSheetCode = "0";

    /// <summary>The rows of the indicator sheet, one per indicator key, in the vocabulary's order; empty when the database has none.</summary>
    public IReadOnlyList<TemplateIndicator> Indicators { get; init; } = [];

    /// <summary>The header of the 说明 column of sheets that list rows, as the import recognises it (never read).</summary>
    public string HintHeader { get; init; } = "";

    /// <summary>The heading of a unit list on the Lists sheet, <c>{0}</c> the units it holds.</summary>
    public string UnitListHeading { get; init; } = "{0}";

    /// <summary>Instructions about the listed rows of the sector sheets, added to the instructions sheet; empty when none is listed.</summary>
    public IReadOnlyList<string> SectorInstructions { get; init; } = [];

    /// <summary>The units the drop-down offers: the spellings Chinese statistics use, each read by the import (a test parses them all).</summary>
    public static IReadOnlyList<string> UnitChoices { get; } =
        ["吨", "万吨", "立方米", "万立方米", "亿立方米", "千瓦时", "万千瓦时", "亿千瓦时", "吉焦", "万吉焦", "吨标准煤", "万吨标准煤"];

    /// <summary>How a category is shown in a drop-down and read back: <c>1.A.1.a.i 公用电力与热力</c>.</summary>
    public static string CategoryLabel(string code, string name) => $"{code} {name}";
}
