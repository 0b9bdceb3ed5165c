using System.Text;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Tests.Support;

/// <summary>Small activity CSV files written in the tests, ingested from memory.</summary>
internal static class ActivityFile
{
    public const string Header = "region,year,category,activity,value,unit,source,note";

    /// <summary>The header with the optional use column last, as the plant and fuel-use cases of issue 12 write it.</summary>
    public const string UseHeader = Header + ",use";

    /// <summary>The header followed by <paramref name="rows"/>, LF line ends, UTF-8 without BOM.</summary>
    public static byte[] Utf8(params string[] rows) => Utf8WithHeader(Header, rows);

    /// <summary><see cref="UseHeader"/> followed by <paramref name="rows"/>, LF line ends, UTF-8 without BOM.</summary>
    public static byte[] Utf8WithUse(params string[] rows) => Utf8WithHeader(UseHeader, rows);

    /// <summary><paramref name="header"/> followed by <paramref name="rows"/>, LF line ends, UTF-8 without BOM.</summary>
    public static byte[] Utf8WithHeader(string header, params string[] rows) => Encoding.UTF8.GetBytes(TextWithHeader(header, rows));

    /// <summary>The header followed by <paramref name="rows"/>.</summary>
    public static string Text(params string[] rows) => TextWithHeader(Header, rows);

    /// <summary><paramref name="header"/> followed by <paramref name="rows"/>, one a line, with a final line end.</summary>
    public static string TextWithHeader(string header, params string[] rows) => header + "\n" + string.Join("\n", rows) + "\n";

    public static IngestResult Ingest(Workspace workspace, string fileName, byte[] content, bool checkOnly = false) =>
        Ingest(workspace, fileName, content, new IngestOptions(checkOnly));

    public static IngestResult Ingest(Workspace workspace, string fileName, byte[] content, IngestOptions options) =>
        workspace.Ingest(fileName, () => new MemoryStream(content, writable: false), options);
}
