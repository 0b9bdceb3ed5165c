using GhgInventory.Core.Accounting;
using GhgInventory.Core.Power;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Localization;

/// <summary>The name of an emission line's method in the reader's language.</summary>
/// <remarks>
/// A line stores its method as the method's label (e.g. <see cref="FuelCombustionMethod.Name"/>), which is also how code and stored
/// runs recognise it, so the stored label never changes. In English the label is the name, as it always was; in Chinese each
/// known label has its name in <c>Resources/CoreText</c> (燃料燃烧排放因子法, 碳平衡法, 外购电力/热力间接排放, …). An unknown label (a run
/// stored by another engine version) is shown as stored.
/// </remarks>
public static class MethodNames
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        [FuelCombustionMethod.Name] = nameof(CoreText.MethodFuelCombustion),
        [CarbonBalanceMethod.Name] = nameof(CoreText.MethodCarbonBalance),
        [NonEnergyUseMethod.Name] = nameof(CoreText.MethodNonEnergyUse),
        [PurchasedEnergyMethod.Name] = nameof(CoreText.MethodPurchasedEnergy),
        [DerivedHeatFactor.Method] = nameof(CoreText.MethodDerivedHeat),
        [InventoryCompiler.NotationMethod] = nameof(CoreText.MethodNotation),
        [InventoryCompiler.PartNotationMethod] = nameof(CoreText.MethodPartNotation),
        [InventoryCompiler.NoMethodLabel] = nameof(CoreText.MethodNone),
    };

    /// <summary>The Chinese names of the labels of every registry method, each from the method itself
    /// (<see cref="Accounting.Methods.IEmissionMethod.ChineseNames"/>: the one way a method names itself in Chinese, issue 15).</summary>
    private static readonly Dictionary<string, string> Registered = Accounting.Methods.MethodRegistry.Methods.Values
        .SelectMany(m => m.ChineseNames)
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The labels this engine writes, each with a name in both languages.</summary>
    public static IReadOnlyCollection<string> Known => [.. Keys.Keys, .. Registered.Keys];

    /// <summary>The name of <paramref name="method"/> (a stored method label) in the current UI culture.</summary>
    public static string Of(string method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!UiCulture.IsChinese)
        {
            return method;
        }
        return Keys.TryGetValue(method, out var key) ? Say.Now(key) : Registered.TryGetValue(method, out var name) ? name : method;
    }
}
