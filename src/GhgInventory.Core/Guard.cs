namespace GhgInventory.Core;

/// <summary>Argument checks shared by the domain types; messages name the parameter and the allowed range.</summary>
public static class Guard
{
    /// <summary>Throws when <paramref name="value"/> lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int value, int min, int max, string paramName) =>
        value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be between {min} and {max}.");

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite or negative.</summary>
    public static double FiniteNonNegative(double value, string paramName) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number ≥ 0.");

    /// <summary>Throws when <paramref name="value"/> is null, empty or white space.</summary>
    public static string NotBlank(string? value, string paramName) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{paramName} must not be blank.", paramName)
            : value;
}
