using Sylvan.Data.Csv;

namespace GhgInventory.Data.Ingestion;

/// <summary>Physical-line bookkeeping over a CSV reader, so issues name the line an editor shows, not the record number.</summary>
internal static class CsvLines
{
    /// <summary>Lines the current record spans beyond its first: a quoted field may hold line breaks.</summary>
    public static int ExtraLines(CsvDataReader csv)
    {
        int extra = 0;
        for (int i = 0; i < csv.RowFieldCount; i++)
        {
            extra += csv.GetFieldSpan(i).Count('\n');
        }
        return extra;
    }

    /// <summary>True for a line with nothing on it, which spreadsheets often leave at the end; it is not a record.</summary>
    public static bool IsBlank(CsvDataReader csv) => csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).Trim().IsEmpty;

    /// <summary>Opens a reader, or returns null when the text has no header row at all (an empty file).</summary>
    public static CsvDataReader? TryCreate(TextReader text, int bufferSize = 1 << 16)
    {
        try
        {
            return CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', BufferSize = bufferSize });
        }
        catch (CsvMissingHeadersException)
        {
            return null;
        }
    }
}
