using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GhgInventory.Tests.Support;

/// <summary>Golden-file comparison: normalised output against Approved/&lt;name&gt;.approved.json; a mismatch writes .received.json beside it.</summary>
internal static class Approvals
{
    /// <summary>Significant digits kept of every number: far below any reported digit, above summation-order noise.</summary>
    private const int SignificantDigits = 12;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compares <paramref name="json"/>, without the properties named in <paramref name="volatileProperties"/>, with the approved file.</summary>
    public static void VerifyJson(string json, string name, params string[] volatileProperties)
    {
        string received = Normalize(json, volatileProperties.ToHashSet(StringComparer.Ordinal));
        string approvedPath = Path.Combine(RepositoryPaths.Approved, name + ".approved.json");
        string receivedPath = Path.Combine(RepositoryPaths.Approved, name + ".received.json");
        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath, Encoding.UTF8).ReplaceLineEndings("\n") == received)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail(File.Exists(approvedPath)
            ? $"Output differs from {approvedPath}. Received output written to {receivedPath}; diff the two and, if the change is right, replace the approved file with it."
            : $"No approved file {approvedPath} yet. Received output written to {receivedPath}; review it and rename it to .approved.json.");
    }

    /// <summary>Re-indents, drops volatile properties and rounds numbers, keeping property and array order.</summary>
    public static string Normalize(string json, IReadOnlySet<string> volatileProperties)
    {
        var node = JsonNode.Parse(json) ?? throw new ArgumentException("empty JSON", nameof(json));
        var normalized = Walk(node, volatileProperties);
        return normalized!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode? Walk(JsonNode? node, IReadOnlySet<string> volatileProperties) => node switch
    {
        JsonObject o => new JsonObject(o
            .Where(p => !volatileProperties.Contains(p.Key))
            .Select(p => KeyValuePair.Create(p.Key, Walk(p.Value, volatileProperties)))),
        JsonArray a => new JsonArray(a.Select(e => Walk(e, volatileProperties)).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(Round(v.GetValue<double>())),
        _ => node?.DeepClone(),
    };

    private static double Round(double value) =>
        double.Parse(value.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
