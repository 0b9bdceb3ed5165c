using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace GhgInventory.Data.Ingestion;

/// <summary>What a raw cell holds that ClosedXML does not keep: an error value, an ISO date (<c>t="d"</c>), an empty formula with a saved value.</summary>
internal enum XlsxRawKind
{
    /// <summary>An error value (<c>t="e"</c>: #REF!, #SPILL!, #GETTING_DATA…).</summary>
    Error,
    /// <summary>A date written as ISO 8601 text (<c>t="d"</c>).</summary>
    Date,
    /// <summary>A formula element with no expression and a saved value.</summary>
    EmptyFormula,
}

/// <summary>A cell read from the sheet's XML itself, with the text of its value.</summary>
internal sealed record XlsxRawCell(XlsxRawKind Kind, string Value);

/// <summary>Why a file is not a workbook that can be read, before ClosedXML is asked.</summary>
internal enum XlsxPackageProblem
{
    /// <summary>Nothing found wrong.</summary>
    None,
    /// <summary>The zip archive cannot be opened: the file is damaged or incomplete.</summary>
    Damaged,
    /// <summary>A zip archive with no workbook in it.</summary>
    NoWorkbook,
}

/// <summary>
/// Reads the sheets' XML of a workbook for the cells ClosedXML drops or cannot load (error values and empty formulas vanish,
/// a <c>t="d"</c> cell makes it refuse the whole workbook), so that each is refused at its cell; and checks that the file is a
/// zip archive holding a workbook, to say so in words.
/// </summary>
internal sealed partial class XlsxRawCells
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Dictionary<string, Dictionary<(int Row, int Column), XlsxRawCell>> cells = new(StringComparer.Ordinal);

    /// <summary>What is wrong with the package, if anything.</summary>
    public XlsxPackageProblem Problem { get; private set; }

    /// <summary>The workbook made loadable, or null when nothing needed changing: its <c>t="d"</c> cells as text (their value kept), and
    /// without its cell comments (comment, threaded-comment and VML drawing parts, their relationships and the sheets' <c>legacyDrawing</c>
    /// elements), which are never data and which ClosedXML 0.95 cannot load as LibreOffice Calc writes them back (issue 14's user trial:
    /// a template with comments, saved unchanged in Calc, was refused as not Office Open XML).</summary>
    public MemoryStream? Loadable { get; private set; }

    /// <summary>The parts of the package beyond the cells, strings, styles, theme and properties (drawings, charts, pivot tables,
    /// embedded objects …), by path: where to look when ClosedXML cannot load the workbook. Cell comments are not listed (they are dropped).</summary>
    public IReadOnlyList<string> OtherParts { get; private set; } = [];

    /// <summary>The cells of a sheet ClosedXML does not keep, by row and column.</summary>
    public IReadOnlyDictionary<(int Row, int Column), XlsxRawCell> Of(string sheet) =>
        cells.TryGetValue(sheet, out var found) ? found : None;

    private static readonly Dictionary<(int Row, int Column), XlsxRawCell> None = [];

    /// <summary>Scans the seekable <paramref name="stream"/> and leaves it at its start.</summary>
    public static XlsxRawCells Scan(Stream stream)
    {
        var raw = new XlsxRawCells();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            raw.ScanPackage(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or ArgumentException or NotSupportedException)
        {
            raw.Problem = raw.Problem == XlsxPackageProblem.None && e is InvalidDataException ? XlsxPackageProblem.Damaged : raw.Problem;
        }
        stream.Position = 0;
        return raw;
    }

    private void ScanPackage(ZipArchive zip)
    {
        string? workbookPath = Target(zip, "_rels/.rels", "", r => r.EndsWith("/officeDocument", StringComparison.Ordinal)).FirstOrDefault().Target;
        if (workbookPath is null || zip.GetEntry(workbookPath) is not { } workbookEntry)
        {
            Problem = XlsxPackageProblem.NoWorkbook;
            return;
        }
        string folder = workbookPath.Contains('/', StringComparison.Ordinal) ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : "";
        string relsPath = folder + "_rels/" + workbookPath[folder.Length..] + ".rels";
        var targets = Target(zip, relsPath, folder, _ => true).ToDictionary(t => t.Id, t => t.Target, StringComparer.Ordinal);
        var sheets = new List<(string Name, string Path)>();
        using (var reader = XmlReader.Create(workbookEntry.Open()))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == Main
                    && reader.GetAttribute("name") is { } name && reader.GetAttribute("id", Relationships) is { } id && targets.TryGetValue(id, out var path))
                {
                    sheets.Add((name, path));
                }
            }
        }
        var dated = new List<string>();
        var commented = new List<string>();
        var notes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, path) in sheets)
        {
            if (zip.GetEntry(path) is { } entry && ScanSheet(entry, name))
            {
                dated.Add(path);
            }
            string sheetFolder = path.Contains('/', StringComparison.Ordinal) ? path[..(path.LastIndexOf('/') + 1)] : "";
            var comments = Target(zip, SheetRels(path), sheetFolder, IsComment).Select(t => t.Target).ToList();
            if (comments.Count > 0)
            {
                commented.Add(path);
                notes.UnionWith(comments);
            }
        }
        OtherParts = [.. zip.Entries.Select(e => e.FullName)
            .Where(n => !n.EndsWith(".rels", StringComparison.Ordinal) && !notes.Contains(n) && n != "[Content_Types].xml" && n != workbookPath
                && !sheets.Any(sh => sh.Path == n) && !n.StartsWith("docProps/", StringComparison.Ordinal)
                && !CoreParts().IsMatch(n))
            .Order(StringComparer.Ordinal)];
        if (dated.Count > 0 || commented.Count > 0)
        {
            Loadable = Rewritten(zip, dated, commented, notes);
        }
    }

    /// <summary>The relationships part of a sheet part: <c>xl/worksheets/_rels/sheet1.xml.rels</c> for <c>xl/worksheets/sheet1.xml</c>.</summary>
    private static string SheetRels(string path)
    {
        int slash = path.LastIndexOf('/');
        return path[..(slash + 1)] + "_rels/" + path[(slash + 1)..] + ".rels";
    }

    /// <summary>True for the relationship types of cell comments: the comments part, the threaded comments part, the VML drawing that shows them.</summary>
    private static bool IsComment(string type) =>
        type.EndsWith("/comments", StringComparison.Ordinal) || type.EndsWith("/vmlDrawing", StringComparison.Ordinal)
        || type.EndsWith("/threadedComment", StringComparison.Ordinal);

    /// <summary>The targets of a relationships part, as paths in the archive.</summary>
    private static IEnumerable<(string Id, string Target)> Target(ZipArchive zip, string relsPath, string folder, Func<string, bool> type)
    {
        if (zip.GetEntry(relsPath) is not { } entry)
        {
            yield break;
        }
        using var reader = XmlReader.Create(entry.Open());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Target") is { } target && reader.GetAttribute("Id") is { } id && type(reader.GetAttribute("Type") ?? ""))
            {
                yield return (id, Resolve(folder, target));
            }
        }
    }

    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (string part in target.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>Records the sheet's cells ClosedXML does not keep; true when it has a <c>t="d"</c> cell.</summary>
    private bool ScanSheet(ZipArchiveEntry entry, string sheet)
    {
        bool dated = false;
        using var reader = XmlReader.Create(entry.Open());
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c" || reader.NamespaceURI != Main)
            {
                continue;
            }
            string type = reader.GetAttribute("t") ?? "";
            string? reference = reader.GetAttribute("r");
            if (reader.IsEmptyElement)
            {
                continue;
            }
            string? formula = null;
            string value = "";
            int depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && reader.Depth > depth)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Main && reader.LocalName is "f" or "v")
                {
                    bool isFormula = reader.LocalName == "f";
                    bool shared = isFormula && reader.GetAttribute("t") == "shared" && reader.GetAttribute("si") is not null;
                    // Reading the content moves past the element: no further Read here.
                    string text = reader.ReadElementContentAsString();
                    if (isFormula)
                    {
                        formula = shared && text.Length == 0 ? "shared" : text;
                    }
                    else
                    {
                        value = text;
                    }
                    continue;
                }
                reader.Read();
            }
            XlsxRawKind? kind = type == "e" ? XlsxRawKind.Error
                : type == "d" ? XlsxRawKind.Date
                : formula is { Length: 0 } && value.Length > 0 ? XlsxRawKind.EmptyFormula
                : null;
            if (kind is { } found && reference is not null && Parse(reference) is { } at)
            {
                dated |= found == XlsxRawKind.Date;
                if (!cells.TryGetValue(sheet, out var ofSheet))
                {
                    cells[sheet] = ofSheet = [];
                }
                ofSheet[at] = new XlsxRawCell(found, value);
            }
        }
        return dated;
    }

    /// <summary>Row and column of an A1 reference.</summary>
    private static (int Row, int Column)? Parse(string reference)
    {
        int column = 0;
        int i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }
        return i > 0 && int.TryParse(reference.AsSpan(i), out int row) && row > 0 ? (row, column) : null;
    }

    /// <summary>A copy of the archive in which the <c>t="d"</c> cells of <paramref name="dated"/> are string cells (ClosedXML cannot parse
    /// ISO dates) and the cell comments of <paramref name="commented"/> are gone: the <paramref name="notes"/> parts, the relationships
    /// to them, the sheets' <c>legacyDrawing</c> elements and their content-type overrides.</summary>
    private static MemoryStream Rewritten(ZipArchive source, List<string> dated, List<string> commented, HashSet<string> notes)
    {
        var rels = commented.Select(SheetRels).ToHashSet(StringComparer.Ordinal);
        var copy = new MemoryStream();
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                if (notes.Contains(entry.FullName))
                {
                    continue;
                }
                bool isDated = dated.Contains(entry.FullName);
                bool isCommented = commented.Contains(entry.FullName);
                bool isRels = rels.Contains(entry.FullName);
                bool isTypes = notes.Count > 0 && entry.FullName == "[Content_Types].xml";
                var written = target.CreateEntry(entry.FullName);
                using var input = entry.Open();
                using var output = written.Open();
                if (!(isDated || isCommented || isRels || isTypes))
                {
                    input.CopyTo(output);
                    continue;
                }
                using var text = new StreamReader(input, Encoding.UTF8);
                string xml = text.ReadToEnd();
                if (isDated)
                {
                    xml = DateType().Replace(xml, "$1t=\"str\"");
                }
                if (isCommented)
                {
                    xml = LegacyDrawing().Replace(xml, "");
                }
                if (isRels)
                {
                    xml = CommentRelationship().Replace(xml, "");
                }
                if (isTypes)
                {
                    xml = Override().Replace(xml, m => notes.Contains(m.Groups[1].Value.TrimStart('/')) ? "" : m.Value);
                }
                output.Write(Encoding.UTF8.GetBytes(xml));
            }
        }
        copy.Position = 0;
        return copy;
    }

    [GeneratedRegex("""^(?:.*/)?(?:sharedStrings|styles|theme\d*|calcChain|metadata)\.xml$""")]
    private static partial Regex CoreParts();

    [GeneratedRegex("""<(?:\w+:)?legacyDrawing\b[^>]*?/>""")]
    private static partial Regex LegacyDrawing();

    [GeneratedRegex("""<(?:\w+:)?Relationship\b[^>]*?Type\s*=\s*["'][^"']*/(?:comments|vmlDrawing|threadedComment)["'][^>]*?/>""")]
    private static partial Regex CommentRelationship();

    [GeneratedRegex("""<(?:\w+:)?Override\b[^>]*?PartName\s*=\s*["']([^"']+)["'][^>]*?/>""")]
    private static partial Regex Override();

    [GeneratedRegex("""(<(?:\w+:)?c\b[^>]*?\s)t\s*=\s*["']d["']""")]
    private static partial Regex DateType();
}
