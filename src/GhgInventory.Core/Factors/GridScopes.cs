using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Factors;

/// <summary>Readable names of the region column of a grid factor: <c>grid:KEY</c> for the national average and the seven MEE/NBS regional grids, or a province code.</summary>
public static class GridScopes
{
    /// <summary>Prefix of a grid key in the factor files' region column.</summary>
    public const string Prefix = "grid:";

    /// <summary>The grids of the MEE/NBS electricity CO2 factor announcements (公告2024年第12号 and after), by key, with their Chinese names.</summary>
    private static readonly Dictionary<string, string> GridNamesZh = new(StringComparer.Ordinal)
    {
        ["national"] = "全国",
        ["north_china"] = "华北",
        ["northeast"] = "东北",
        ["east_china"] = "华东",
        ["central_china"] = "华中",
        ["northwest"] = "西北",
        ["south_china"] = "南方",
        ["southwest"] = "西南",
    };

    /// <summary>
    /// "华北 (north_china)" for <c>grid:north_china</c>, "内蒙古自治区 (150000)" for a province in <paramref name="regions"/> (when given), the
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
            return GridNamesZh.TryGetValue(key, out var zh)
                ? LineText.Term($"{zh} ({key})", zh + "电网")
                : LineText.Of(nameof(Resources.CoreText.GridNamed), key);
        }
        return regions is not null && RegionCode.TryParse(scope, out var code) && regions.Contains(code)
            ? LineText.Term($"{regions[code].NameZh} ({scope})", regions[code].NameZh)
            : LineText.Verbatim(scope);
    }
}
