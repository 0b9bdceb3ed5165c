using System.Globalization;
using System.Text;

namespace GhgInventory.Benchmarks;

/// <summary>
/// Writes a file of corrections to a generated activity file: N of its rows, keys unchanged, values raised by 10 %,
/// taken evenly from the rows of a few regions, the way a banner re-sends some corrected figures of its year.
/// </summary>
internal static class Corrections
{
    /// <summary>Reads <paramref name="from"/> twice (count, then pick) and writes the corrections; returns the rows written.</summary>
    public static long Write(string from, string output, long rows, IReadOnlySet<string> regions)
    {
        long inRegions = 0;
        string? header = null;
        foreach (var line in File.ReadLines(from, Encoding.UTF8))
        {
            if (header is null)
            {
                header = line;
                continue;
            }
            if (regions.Contains(Region(line)))
            {
                inRegions++;
            }
        }
        if (header is not (Generator.Header or Generator.HeaderWithUse))
        {
            throw new InvalidDataException($"{from} does not start with a header of 'ghg-bench generate' ({Generator.Header}[,use])");
        }
        if (inRegions < rows)
        {
            throw new InvalidDataException($"{from} has only {inRegions:N0} rows of {string.Join(", ", regions)}; {rows:N0} corrections asked");
        }

        // Every stride-th row of the regions, so the corrections spread over their categories and facilities.
        long stride = inRegions / rows, seen = 0, written = 0;
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        foreach (var line in File.ReadLines(from, Encoding.UTF8).Skip(1))
        {
            if (written == rows || !regions.Contains(Region(line)))
            {
                continue;
            }
            if (seen++ % stride == 0)
            {
                writer.WriteLine(Raise(line));
                written++;
            }
        }
        return written;
    }

    /// <summary>The region of a row of 2023 (the year corrected; the landfill history of --sectors all is not), or "" for another year.</summary>
    private static string Region(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        return line.AsSpan(comma + 1).StartsWith("2023,") ? line[..comma] : "";
    }

    /// <summary>The row with its value (field 5, two decimals) times 1.1, rounded to the cent, at least one cent more.</summary>
    private static string Raise(string line)
    {
        var fields = line.Split(',');
        long cents = long.Parse(fields[4].Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
        long raised = Math.Max(cents + 1, (cents * 11 + 5) / 10);
        fields[4] = string.Create(CultureInfo.InvariantCulture, $"{raised / 100}.{raised % 100:D2}");
        return string.Join(',', fields);
    }
}
