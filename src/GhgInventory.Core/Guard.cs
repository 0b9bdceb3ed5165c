namespace GhgInventory.Core;

/// <summary>Argument checks shared by the domain types; messages name the parameter and the allowed range.</summary>
public static class Guard
{
    /// <summary>Throws when <paramref name="value"/> lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int value, int min, int max, string paramName) =>
        value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, Localization.Say.Now(nameof(Resources.CoreText.GuardRange), paramName, min, max));
}
