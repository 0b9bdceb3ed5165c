using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using GhgInventory.Core.Domain;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Data.ReferenceData;

/// <summary>The reference data a run is compiled with — regions (parent, level, names, grid, years of existence), the category
/// tree, the activity vocabulary and the substances — as one canonical text, so it can be hashed into a run's identity and
/// stored once per content (table <c>reference_versions</c>), and an old run summarized with the regions and categories it had.</summary>
/// <remarks>
/// Canonical form: four sections <c>[regions]</c>, <c>[categories]</c>, <c>[activities]</c>, <c>[substances]</c>, each row one line
/// of tab-separated fields in a fixed order, rows sorted ordinally by their key; empty fields are empty strings; LF line ends.
/// The same reference data in two databases gives the same text and hash whatever the order it was loaded in.
/// </remarks>
public sealed class ReferenceSnapshot
{
    private ReferenceSnapshot(string text, RegionTree regions, IReadOnlyDictionary<CategoryCode, Category> categories)
    {
        Text = text;
        Regions = regions;
        Categories = categories;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The canonical text.</summary>
    public string Text { get; }

    /// <summary>SHA-256 of <see cref="Text"/> (UTF-8), lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>The regions of the snapshot.</summary>
    public RegionTree Regions { get; }

    /// <summary>The category tree of the snapshot, by code.</summary>
    public IReadOnlyDictionary<CategoryCode, Category> Categories { get; }

    /// <summary>The reference data the database holds now.</summary>
    public static ReferenceSnapshot Current(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var text = new StringBuilder();
        text.Append("[regions]\n");
        foreach (var r in connection.Query<(string Code, string? Parent, string Level, string NameZh, string NameEn, string? Grid, long? From, long? To)>(
                     "SELECT code, parent_code, level, name_zh, name_en, grid, valid_from, valid_to FROM regions").OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            Line(text, r.Code, r.Parent, r.Level, r.NameZh, r.NameEn, r.Grid, Year(r.From), Year(r.To));
        }
        text.Append("[categories]\n");
        foreach (var c in connection.Query<(string Code, string? Parent, string NameZh, string NameEn)>(
                     "SELECT code, parent_code, name_zh, name_en FROM categories").OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            Line(text, c.Code, c.Parent, c.NameZh, c.NameEn);
        }
        text.Append("[activities]\n");
        foreach (var a in connection.Query<(string Key, string NameZh, string NameEn, string Dimension, string Kind)>(
                     "SELECT key, name_zh, name_en, dimension, kind FROM activities").OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Line(text, a.Key, a.NameZh, a.NameEn, a.Dimension, a.Kind);
        }
        text.Append("[substances]\n");
        foreach (var s in connection.Query<(string Gas, string NameZh, string NameEn, string Kind)>(
                     "SELECT gas, name_zh, name_en, kind FROM substances").OrderBy(s => s.Gas, StringComparer.Ordinal))
        {
            Line(text, s.Gas, s.NameZh, s.NameEn, s.Kind);
        }
        return Parse(text.ToString());
    }

    /// <summary>Reads a canonical text back (a stored reference version).</summary>
    /// <exception cref="InvalidDataException">The text is not in the canonical form.</exception>
    public static ReferenceSnapshot Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = new List<Region>();
        var categories = new Dictionary<CategoryCode, Category>();
        string section = "";
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (line[0] == '[')
            {
                section = line;
                continue;
            }
            var f = line.Split('\t');
            switch (section)
            {
                case "[regions]" when f.Length == 8:
                    regions.Add(new Region(RegionCode.Parse(f[0]), f[1].Length == 0 ? null : RegionCode.Parse(f[1]), f[3], f[4], f[5].Length == 0 ? null : f[5])
                    {
                        ValidFrom = f[6].Length == 0 ? null : int.Parse(f[6], CultureInfo.InvariantCulture),
                        ValidTo = f[7].Length == 0 ? null : int.Parse(f[7], CultureInfo.InvariantCulture),
                    });
                    break;
                case "[categories]" when f.Length == 4:
                    var code = CategoryCode.Parse(f[0]);
                    categories[code] = new Category(code, f[1].Length == 0 ? null : CategoryCode.Parse(f[1]), f[2], f[3]);
                    break;
                case "[activities]" or "[substances]":
                    break;
                default:
                    throw new InvalidDataException($"reference version text: unexpected line in section {section}: {line}");
            }
        }
        return new ReferenceSnapshot(text, new RegionTree(regions), categories);
    }

    /// <summary>The id of this snapshot in <c>reference_versions</c>, stored now when the content is new.</summary>
    public long Save(SqliteConnection connection, string createdAt, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute("""
            INSERT INTO reference_versions (content_sha256, canonical_text, created_at) VALUES (@Sha256, @Text, @createdAt)
            ON CONFLICT (content_sha256) DO NOTHING
            """, new { Sha256, Text, createdAt }, transaction);
        return connection.ExecuteScalar<long>("SELECT id FROM reference_versions WHERE content_sha256 = @Sha256", new { Sha256 }, transaction);
    }

    /// <summary>The stored snapshot with id <paramref name="id"/>.</summary>
    public static ReferenceSnapshot Load(SqliteConnection connection, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Parse(connection.QuerySingle<string>("SELECT canonical_text FROM reference_versions WHERE id = @id", new { id }));
    }

    /// <summary>The content hash of stored reference version <paramref name="id"/>.</summary>
    public static string StoredSha256(SqliteConnection connection, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.QuerySingle<string>("SELECT content_sha256 FROM reference_versions WHERE id = @id", new { id });
    }

    private static string Year(long? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static void Line(StringBuilder text, params string?[] fields)
    {
        // Tabs and line ends inside a field would break the form: written escaped (none occur in the bundled files).
        text.Append(string.Join('\t', fields.Select(f => (f ?? "").Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal))));
        text.Append('\n');
    }
}
