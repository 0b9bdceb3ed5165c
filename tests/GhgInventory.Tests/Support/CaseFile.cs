using System.Text;
using Sylvan.Data.Csv;

namespace GhgInventory.Tests.Support;

/// <summary>Reads a CSV of table cases from Cases/ into rows of named string values.</summary>
internal static class CaseFile
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        string path = Path.Combine(RepositoryPaths.Cases, fileName);
        using var text = new StreamReader(path, Encoding.UTF8);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        var names = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < names.Count; i++)
            {
                row[names[i]] = csv.GetString(i).Trim();
            }
            rows.Add(row);
        }
        return rows;
    }
}
