using System.Text;
using CsvHelper;

namespace GhgInventory.Data.Ingestion;

/// <summary>Opens CSV input the one way every reader of the tool does: CsvHelper over UTF-8 bytes (other encodings transcoded), line numbers tracked.</summary>
/// <remarks>CsvHelper 34 was kept over Sylvan.Data.Csv because it read the 1M-row benchmark file 2–3× faster (tools/Benchmarks/README.md).</remarks>
internal static class CsvFiles
{
    /// <summary>The longest record read, in bytes: far above any real row, and it keeps one line of 50 MB from taking memory with it.</summary>
    public const int MaxRecordBytes = 1 << 20;

    /// <summary>A reader over <paramref name="stream"/> in <paramref name="encoding"/>; the caller disposes it, and it disposes the stream.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="encoding">Its encoding (TextDecoding).</param>
    /// <param name="onMalformed">Called for a record with broken quoting (an unterminated quote, text after a closing quote); null to recover silently.</param>
    public static CsvReader Open(Stream stream, Encoding encoding, Action<CsvMalformedRecord>? onMalformed = null) =>
        CsvReader.Create(stream, new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true, // issues name the line an editor shows, also after quoted fields that span lines
            SkipEmptyLines = true,   // spreadsheets leave blank lines at the end; they are not records
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = onMalformed,
            Encoding = encoding is UTF8Encoding ? null : encoding,
        }, leaveOpen: false);

    /// <summary>The header names, trimmed; empty for an empty input.</summary>
    public static List<string> Header(CsvReader csv)
    {
        csv.ReadHeader();
        return csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
    }
}
