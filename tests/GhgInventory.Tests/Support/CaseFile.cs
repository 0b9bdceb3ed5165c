using CsvHelper;

namespace GhgInventory.Tests.Support;

/// <summary>Reads a CSV of table cases from Cases/ into rows of named string values.</summary>
internal static class CaseFile
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        string path = Path.Combine(RepositoryPaths.Cases, fileName);
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', HasHeader = true, TrimWhitespace = true });
        csv.ReadHeader();
        var names = csv.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < names.Count; i++)
            {
                row[names[i]] = csv.GetString(i);
            }
            rows.Add(row);
        }
        return rows;
    }
}
