using System.Text;
using CsvHelper;

namespace GhgInventory.Data.Ingestion;

/// <summary>Opens CSV input the one way every reader of the tool does: CsvHelper over UTF-8 bytes (GB18030 transcoded), line numbers tracked.</summary>
/// <remarks>CsvHelper 34 was kept over Sylvan.Data.Csv because it read the 1M-row benchmark file 2–3× faster (tools/Benchmarks/README.md).</remarks>
internal static class CsvFiles
{
    /// <summary>A reader over <paramref name="stream"/> in <paramref name="encoding"/>; the caller disposes it, and it disposes the stream.</summary>
    public static CsvReader Open(Stream stream, Encoding encoding) =>
        CsvReader.Create(stream, new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true, // issues name the line an editor shows, also after quoted fields that span lines
            SkipEmptyLines = true,   // spreadsheets leave blank lines at the end; they are not records
            Encoding = encoding is UTF8Encoding ? null : encoding,
        }, leaveOpen: false);

    /// <summary>The header names, trimmed; empty for an empty input.</summary>
    public static List<string> Header(CsvReader csv)
    {
        csv.ReadHeader();
        return csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
    }
}
