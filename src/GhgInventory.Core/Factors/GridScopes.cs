using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Factors;

/// <summary>Readable names of the region column of a grid factor: <c>grid:KEY</c> for the national average and the seven MEE/NBS regional grids, or a province code.</summary>
public static class GridScopes
{
    /// <summary>Prefix of a grid key in the factor files' region column.</summary>
    public const string Prefix = "grid:";

    /// <summary>The grids of the MEE/NBS electricity CO2 factor announcements (公告2024年第12号 and after), by key, with their Chinese and English names.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> GridNames = new(StringComparer.Ordinal)
    {
        ["national"] = ("全国", "national grid"),
        ["north_china"] = ("华北", "North China grid"),
        ["northeast"] = ("东北", "Northeast China grid"),
        ["east_china"] = ("华东", "East China grid"),
        ["central_china"] = ("华中", "Central China grid"),
        ["northwest"] = ("西北", "Northwest China grid"),
        ["south_china"] = ("南方", "China Southern grid"),
        ["southwest"] = ("西南", "Southwest China grid"),
    };

    /// <summary>
    /// "North China grid" for <c>grid:north_china</c>, "Inner Mongolia (150000)" for a province in <paramref name="regions"/> (when given), the
    /// key or code itself for anything else; "the library" for a factor without region. In Chinese: 华北电网, 内蒙古自治区, 因子库 (no key shown).
    /// </summary>
    public static string Describe(string? scope, RegionTree? regions) => DescribeText(scope, regions).Render();

    /// <summary>What <see cref="Describe"/> says, language-neutral, for a text stored with a run.</summary>
    public static LineText DescribeText(string? scope, RegionTree? regions)
    {
        if (string.IsNullOrEmpty(scope))
        {
            return LineText.Of(nameof(Resources.CoreText.TheLibrary));
        }
        if (scope.StartsWith(Prefix, StringComparison.Ordinal))
        {
            string key = scope[Prefix.Length..];
            return GridNames.TryGetValue(key, out var name)
                ? LineText.Term(name.En, name.Zh + "电网")
                : LineText.Of(nameof(Resources.CoreText.GridNamed), key);
        }
        return regions is not null && RegionCode.TryParse(scope, out var code) && regions.Contains(code)
            ? LineText.Term($"{regions[code].NameEn} ({scope})", regions[code].NameZh)
            : LineText.Verbatim(scope);
    }
}
