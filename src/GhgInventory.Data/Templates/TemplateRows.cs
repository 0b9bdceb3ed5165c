using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data.Templates;

/// <summary>One row of <c>emission-factors/vocabulary/template-rows.csv</c>: an activity the data-entry workbook lists for the official to fill in.</summary>
/// <param name="Line">Its line in the file (the header is 1).</param>
/// <param name="Sheet">The sheet it belongs on, in Chinese (逸散排放); rows under 1.A go to the fuel-combustion sheet of their category.</param>
/// <param name="Category">Its IPCC category code.</param>
/// <param name="Activity">Its activity key.</param>
/// <param name="Unit">The unit it is usually written in.</param>
/// <param name="NoteZh">What to write, in Chinese.</param>
/// <param name="NoteEn">What to write, in English.</param>
/// <param name="Use">Its use key (feedstock, output), or empty for combustion.</param>
public sealed record TemplateRow(int Line, string Sheet, string Category, string Activity, string Unit, string NoteZh, string NoteEn, string Use);

/// <summary>Reads the bundled vocabulary of the workbook's listed rows and the English names of their sheets.</summary>
public static class TemplateRows
{
    /// <summary>The bundled file of listed rows.</summary>
    public const string File = "emission-factors/vocabulary/template-rows.csv";

    /// <summary>The bundled file of the English sheet names (<c>sheet,name_en</c>).</summary>
    public const string SheetsFile = "emission-factors/vocabulary/template-sheets.csv";

    /// <summary>Every row of <see cref="File"/>, in the file's order.</summary>
    /// <exception cref="InputRejectedException">The file's shape is wrong (a missing column, a row of another width).</exception>
    public static IReadOnlyList<TemplateRow> Read() =>
        CsvTable.ReadBundled(File, ["sheet", "category", "activity", "unit", "note_zh", "note_en"], ["use"]).Rows
            .Select(r => new TemplateRow(r.Line, r["sheet"] ?? "", r["category"] ?? "", r["activity"] ?? "", r["unit"] ?? "", r["note_zh"] ?? "", r["note_en"] ?? "", r["use"] ?? ""))
            .ToList();

    /// <summary>The English name of each sheet of <see cref="File"/>, by its Chinese name.</summary>
    public static IReadOnlyDictionary<string, string> SheetNamesEnglish() =>
        CsvTable.ReadBundled(SheetsFile, ["sheet", "name_en"]).Rows.ToDictionary(r => r["sheet"] ?? "", r => r["name_en"] ?? "", StringComparer.Ordinal);
}
