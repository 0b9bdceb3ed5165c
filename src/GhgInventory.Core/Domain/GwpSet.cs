using System.Diagnostics.CodeAnalysis;

namespace GhgInventory.Core.Domain;

/// <summary>A named set of 100-year global warming potentials (SAR, AR4, AR5, AR6); the values are data.</summary>
/// <param name="Name">The assessment report, e.g. <c>AR5</c>.</param>
public readonly record struct GwpSet(string Name)
{
    /// <summary>The default set: AR5 without climate-carbon feedback, as the Paris transparency framework uses.</summary>
    public static readonly GwpSet Default = new("AR5");

    /// <summary>Parses a set name case-insensitively (ar6 → AR6).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out GwpSet set)
    {
        set = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        set = new GwpSet(text.Trim().ToUpperInvariant());
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
