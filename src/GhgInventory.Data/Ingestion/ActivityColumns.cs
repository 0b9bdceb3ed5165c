using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>The column contract of an activity file (DESIGN.md): names, their Chinese aliases, and which are required.</summary>
public static class ActivityColumns
{
    /// <summary>Columns every activity file has.</summary>
    public static readonly string[] Required = ["region", "year", "category", "activity", "value", "unit"];

    /// <summary>Columns an activity file may have.</summary>
    public static readonly string[] Optional = ["source", "note", "uncertainty_pct", "facility", "use"];

    /// <summary>The Chinese headers statistics offices write, by the column they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["地区"] = "region", ["行政区划代码"] = "region",
        ["年份"] = "year",
        ["类别"] = "category", ["部门"] = "category",
        ["品种"] = "activity", ["能源品种"] = "activity",
        // An indicator file (GDP, growth index, population) names its key column so: region,year,indicator,value,unit.
        ["indicator"] = "activity", ["指标"] = "activity", ["指标名称"] = "activity",
        ["数值"] = "value", ["实物量"] = "value",
        ["单位"] = "unit", ["计量单位"] = "unit",
        ["来源"] = "source",
        ["备注"] = "note",
        ["不确定性"] = "uncertainty_pct",
        ["企业"] = "facility", ["单位名称"] = "facility",
        ["用途"] = "use",
    };

    /// <summary>True for a required column a file may leave out: <c>category</c>, which an indicator file does without (its rows go to category 0, and any other row is then refused at its line).</summary>
    public static bool MayBeAbsent(string column) => column == "category";

    /// <summary>The header a file should have, with its optional columns and the Chinese form, for messages.</summary>
    /// <remarks>English: <c>region,…[,use] (or in Chinese 地区,…[,用途])</c>; Chinese: the Chinese header first, the English one beside it.</remarks>
    public static string Contract =>
        Text.Format(DataIngestText.Contract, string.Join(",", Required) + "[," + string.Join("][,", Optional) + "]", "地区,年份,类别,品种,数值,单位[,来源][,备注][,不确定性][,企业][,用途]");

    /// <summary>The column a header cell names (any ASCII case, full-width forms, a Chinese alias), or null.</summary>
    public static string? Resolve(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return ColumnNames.Resolve(header, Required.Concat(Optional), Aliases);
    }
}

/// <summary>The fields of an activity row, as the validator reads them.</summary>
public enum ActivityField
{
    /// <summary>Region code or name.</summary>
    Region,
    /// <summary>Inventory year.</summary>
    Year,
    /// <summary>IPCC category code.</summary>
    Category,
    /// <summary>Activity key or name.</summary>
    Activity,
    /// <summary>Amount, or a notation key.</summary>
    Value,
    /// <summary>Unit as written.</summary>
    Unit,
    /// <summary>Source of the figure (free text).</summary>
    Source,
    /// <summary>Note; the reason of a notation key.</summary>
    Note,
    /// <summary>Uncertainty in percent.</summary>
    Uncertainty,
    /// <summary>Enterprise or plant id.</summary>
    Facility,
    /// <summary>Use of the fuel.</summary>
    Use,
}
