using System.Text.Encodings.Web;
using System.Text.Json;

namespace GhgInventory.Reports;

/// <summary>What every JSON report writes alike: the writer's options and a number that may be absent.</summary>
internal static class JsonOutput
{
    /// <summary>Indented, with Chinese and other non-ASCII text written as it is (not as \u escapes) for a person reading the file.</summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="value"/>, or <c>null</c> when there is none (a figure not computed: the report says why beside it).</summary>
    /// <exception cref="InvalidOperationException">The value is NaN or infinite: the core lets none out, so one here is a defect to fix, never a
    /// number to print or a silent null.</exception>
    public static void NumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (value is not { } v)
        {
            w.WriteNull(name);
            return;
        }
        if (!double.IsFinite(v))
        {
            throw new InvalidOperationException($"JSON field '{name}' would be {v}: a non-finite figure reached a report.");
        }
        w.WriteNumber(name, v);
    }

    /// <summary>Writes <paramref name="value"/>, or <c>null</c> when there is none.</summary>
    public static void NumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
