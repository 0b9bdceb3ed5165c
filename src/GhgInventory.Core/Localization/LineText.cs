using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GhgInventory.Core.Localization;

/// <summary>
/// A text kept language-neutral until it is read: a message key of the Core resources with its arguments, a verbatim text (a
/// user's note, numbers and units), a term with its English and Chinese words, or a join of texts. Emission lines store their
/// notes and arithmetic in this form (<see cref="Encode"/>), so a run compiled in one language reads in the language of whoever
/// opens it later (<see cref="Render"/>).
/// </summary>
/// <remarks>
/// The stored form is stable: a verbatim text is stored as itself (so a note written before issue 13, plain English, reads as
/// stored), everything else as <see cref="Marker"/> followed by a small JSON tree: <c>{"k":KEY,"a":[…]}</c> a message,
/// <c>{"en":…,"zh":…}</c> a term, <c>{"j":SEPARATOR,"a":[…]}</c> a join, <c>{"v":…}</c> a verbatim text that itself starts
/// with the marker; a JSON string inside <c>"a"</c> is a verbatim argument. Text that does not decode is read verbatim.
/// Equality is equality of the stored form.
/// </remarks>
public sealed class LineText : IEquatable<LineText>
{
    /// <summary>The prefix of a stored text that is not plain verbatim text.</summary>
    public const string Marker = "l10n:";

    private readonly string? key;
    private readonly string? verbatim;
    private readonly string? english;
    private readonly string? chinese;
    private readonly string? separator;
    private readonly IReadOnlyList<LineText> args;
    private string? encoded;

    private LineText(string? key, string? verbatim, string? english, string? chinese, string? separator, IReadOnlyList<LineText> args)
    {
        this.key = key;
        this.verbatim = verbatim;
        this.english = english;
        this.chinese = chinese;
        this.separator = separator;
        this.args = args;
    }

    /// <summary>The resource key of a message; null for a verbatim text, a term or a join.</summary>
    public string? Key => key;

    /// <summary>The arguments of a message, or the parts of a join; empty otherwise.</summary>
    public IReadOnlyList<LineText> Arguments => args;

    /// <summary>The message <paramref name="key"/> of <c>Resources/CoreText</c> (pass <c>nameof(CoreText.X)</c>) filled with
    /// <paramref name="arguments"/>: each a <see cref="LineText"/>, a string (verbatim) or a value written with the invariant culture.</summary>
    public static LineText Of(string key, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(arguments);
        return new(key, null, null, null, null, arguments.Select(From).ToList());
    }

    /// <summary>A text shown as it is in every language (a user's note, a formula with numbers and unit symbols).</summary>
    public static LineText Verbatim(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(null, text, null, null, null, []);
    }

    /// <summary>A word or phrase given in both languages, e.g. an activity's key in English and its name 原煤 in Chinese.</summary>
    public static LineText Term(string english, string chinese)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(chinese);
        return new(null, null, english, chinese, null, []);
    }

    /// <summary>The texts joined by <paramref name="separator"/> (the same in both languages).</summary>
    public static LineText Join(string separator, IEnumerable<LineText> parts)
    {
        ArgumentNullException.ThrowIfNull(separator);
        ArgumentNullException.ThrowIfNull(parts);
        return new(null, null, null, null, separator, parts.ToList());
    }

    /// <summary>The text in the current UI culture.</summary>
    public string Render()
    {
        if (verbatim is not null)
        {
            return verbatim;
        }
        if (english is not null)
        {
            return UiCulture.IsChinese ? chinese! : english;
        }
        if (separator is not null)
        {
            return string.Join(separator, args.Select(a => a.Render()));
        }
        string? format = Resources.CoreText.ResourceManager.GetString(key!, CultureInfo.CurrentUICulture);
        object[] rendered = args.Select(a => (object)a.Render()).ToArray();
        // A key no resource has, or one whose text wants more arguments than were stored (a run stored by another engine
        // version): the key and its arguments, never an exception.
        if (format is not null)
        {
            try
            {
                return Text.Format(format, rendered);
            }
            catch (FormatException)
            {
            }
        }
        return $"{key}({string.Join(", ", rendered)})";
    }

    /// <summary>The text in the current UI culture (<see cref="Render"/>).</summary>
    public override string ToString() => Render();

    /// <summary>The stable stored form (see the remarks of the type).</summary>
    public string Encode()
    {
        if (encoded is not null)
        {
            return encoded;
        }
        if (verbatim is not null && !verbatim.StartsWith(Marker, StringComparison.Ordinal))
        {
            return encoded = verbatim;
        }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, top: true);
        }
        return encoded = Marker + Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The text stored as <paramref name="stored"/>: the encoded form, or any other text (a run stored before issue 13) verbatim.</summary>
    public static LineText Decode(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Marker, StringComparison.Ordinal))
        {
            return Verbatim(stored);
        }
        try
        {
            using var document = JsonDocument.Parse(stored.AsMemory(Marker.Length));
            return Read(document.RootElement) ?? Verbatim(stored);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return Verbatim(stored);
        }
    }

    /// <summary>Reads <paramref name="stored"/> as <see cref="Decode"/> does, null stays null.</summary>
    public static LineText? DecodeOrNull(string? stored) => stored is null ? null : Decode(stored);

    /// <inheritdoc/>
    public bool Equals(LineText? other) => other is not null && string.Equals(Encode(), other.Encode(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LineText);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Encode());

    private static LineText From(object? argument) => argument switch
    {
        LineText text => text,
        string s => Verbatim(s),
        null => Verbatim(""),
        IFormattable f => Verbatim(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Verbatim(argument.ToString() ?? ""),
    };

    private void Write(Utf8JsonWriter writer, bool top)
    {
        if (verbatim is not null)
        {
            if (top)
            {
                writer.WriteStartObject();
                writer.WriteString("v", verbatim);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteStringValue(verbatim);
            }
            return;
        }
        writer.WriteStartObject();
        if (english is not null)
        {
            writer.WriteString("en", english);
            writer.WriteString("zh", chinese);
        }
        else
        {
            if (separator is not null)
            {
                writer.WriteString("j", separator);
            }
            else
            {
                writer.WriteString("k", key);
            }
            writer.WriteStartArray("a");
            foreach (var a in args)
            {
                a.Write(writer, top: false);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static LineText? Read(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return Verbatim(e.GetString()!);
        }
        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (e.TryGetProperty("v", out var v))
        {
            return Verbatim(v.GetString()!);
        }
        if (e.TryGetProperty("en", out var en) && e.TryGetProperty("zh", out var zh))
        {
            return Term(en.GetString()!, zh.GetString()!);
        }
        var parts = new List<LineText>();
        if (e.TryGetProperty("a", out var a) && a.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in a.EnumerateArray())
            {
                if (Read(item) is not { } part)
                {
                    return null;
                }
                parts.Add(part);
            }
        }
        if (e.TryGetProperty("j", out var j))
        {
            return new(null, null, null, null, j.GetString()!, parts);
        }
        return e.TryGetProperty("k", out var k) && k.GetString() is { Length: > 0 } name ? new(name, null, null, null, null, parts) : null;
    }
}
