using GhgInventory.Core.Domain;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Data.ReferenceData;

/// <summary>The substances of the bundled vocabulary (emission-factors/vocabulary/substances.csv): formula, Chinese and English names, and
/// kind (<c>ghg</c> or <c>air_pollutant</c>).</summary>
public static class SubstanceKinds
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string NameZh, string NameEn, string Kind)>> Table = new(() =>
        CsvTable.ReadBundled("emission-factors/vocabulary/substances.csv", ["gas", "name_zh", "name_en", "kind"]).Rows
            .ToDictionary(r => r["gas"]!, r => (r["name_zh"]!, r["name_en"]!, r["kind"]!), StringComparer.Ordinal));

    /// <summary>True unless substances.csv lists <paramref name="gas"/> as an air pollutant: a substance not listed (an HFC a method
    /// reports before its row is added) counts as a greenhouse gas, so its missing CO2e makes a CO2e total incomplete rather than silent.</summary>
    public static bool IsGreenhouse(Gas gas) => !(Table.Value.TryGetValue(gas.Code, out var s) && s.Kind == "air_pollutant");

    /// <summary>The Chinese and English names of <paramref name="gas"/>, or its formula twice when substances.csv does not list it.</summary>
    public static (string NameZh, string NameEn) Names(Gas gas) =>
        Table.Value.TryGetValue(gas.Code, out var s) ? (s.NameZh, s.NameEn) : (gas.Code, gas.Code);
}
