using System.Diagnostics.CodeAnalysis;

namespace GhgInventory.Core.Domain;

/// <summary>An IPCC 2006 category code such as <c>1.A.1.a.i</c>.</summary>
public readonly record struct CategoryCode
{
    private static readonly System.Buffers.SearchValues<char> PartChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private CategoryCode(string value) => Value = value;

    /// <summary>The code as written.</summary>
    public string Value { get; }

    /// <summary>Parses a code, throwing <see cref="FormatException"/> when it is not one.</summary>
    public static CategoryCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException(Localization.Say.Now(nameof(Resources.CoreText.NotACategoryCode), text));

    /// <summary>Accepts dot-separated parts of letters and digits starting with a sector digit.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CategoryCode code)
    {
        code = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || !char.IsAsciiDigit(s[0]))
        {
            return false;
        }
        foreach (var part in s.Split('.'))
        {
            if (part.Length == 0 || part.AsSpan().ContainsAnyExcept(PartChars))
            {
                return false;
            }
        }
        code = new CategoryCode(s);
        return true;
    }

    /// <summary>True when this code equals <paramref name="prefix"/> or lies below it (1.A.1.a is within 1.A.1).</summary>
    public bool IsWithin(string prefix) =>
        Value == prefix || (Value.StartsWith(prefix, StringComparison.Ordinal) && Value.Length > prefix.Length && Value[prefix.Length] == '.');

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}
