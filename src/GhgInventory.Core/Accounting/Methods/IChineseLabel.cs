namespace GhgInventory.Core.Accounting.Methods;

/// <summary>A registry method whose label has a Chinese name: <see cref="Localization.MethodNames"/> shows it to a Chinese reader in place
/// of the stored English label (issue 15: a method's words live in its own resource file, not in CoreText).</summary>
public interface IChineseLabel
{
    /// <summary>The method's name in Chinese, with its guideline reference (e.g. 增长-损失法/碳储量变化法（IPCC 2006 第4卷第2章 …）).</summary>
    string LabelZh { get; }
}
