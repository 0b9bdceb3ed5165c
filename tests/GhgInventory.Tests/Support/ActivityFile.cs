using System.Text;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Tests.Support;

/// <summary>Small activity CSV files written in the tests, ingested from memory.</summary>
internal static class ActivityFile
{
    public const string Header = "region,year,category,activity,value,unit,source,note";

    /// <summary>The header followed by <paramref name="rows"/>, LF line ends, UTF-8 without BOM.</summary>
    public static byte[] Utf8(params string[] rows) => Encoding.UTF8.GetBytes(Text(rows));

    /// <summary>The header followed by <paramref name="rows"/>.</summary>
    public static string Text(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public static IngestResult Ingest(Workspace workspace, string fileName, byte[] content, bool checkOnly = false) =>
        Ingest(workspace, fileName, content, new IngestOptions(checkOnly));

    public static IngestResult Ingest(Workspace workspace, string fileName, byte[] content, IngestOptions options) =>
        workspace.Ingest(fileName, () => new MemoryStream(content, writable: false), options);
}
