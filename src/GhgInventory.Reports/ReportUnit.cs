namespace GhgInventory.Reports;

/// <summary>The unit of CO2 and CO2e masses in terminal tables (issue 13): 万吨 with one decimal by default, tonnes on request (<c>--unit t</c>). JSON and explain always give tonnes.</summary>
public enum ReportUnit
{
    /// <summary>万吨 (10^4 t), one decimal: the unit of the provincial guideline's summary tables.</summary>
    TenThousandTonnes,
    /// <summary>Tonnes, no decimals.</summary>
    Tonnes,
}

/// <summary>The option text of <see cref="ReportUnit"/>: <c>万t</c> (also written 万吨) and <c>t</c> (also 吨).</summary>
public static class ReportUnits
{
    /// <summary>The values <c>--unit</c> accepts.</summary>
    public static IReadOnlyList<string> OptionValues { get; } = ["万t", "万吨", "t", "吨"];

    /// <summary>The unit of an option value: <c>t</c> or <c>吨</c> is tonnes; anything else (<c>万t</c>, <c>万吨</c>, the default) 万吨.</summary>
    public static ReportUnit Parse(string? text) => text?.Trim() is "t" or "T" or "吨" ? ReportUnit.Tonnes : ReportUnit.TenThousandTonnes;

    /// <summary>Tonnes per unit: 10^4 for 万吨, 1 for tonnes.</summary>
    public static double Scale(this ReportUnit unit) => unit == ReportUnit.Tonnes ? 1 : 1e4;

    /// <summary>Decimals shown: one for 万吨, none for tonnes.</summary>
    public static int Decimals(this ReportUnit unit) => unit == ReportUnit.Tonnes ? 0 : 1;
}
