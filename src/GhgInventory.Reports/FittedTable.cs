using GhgInventory.Core.Localization;
using Text = GhgInventory.Core.Localization.Text;
using GhgInventory.Reports.Resources;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>
/// A table laid out for the console's width (issue 13): label columns (a code, then a name) and value columns, written as
/// one Spectre table when it fits and as several, each with the labels and a share of the value columns (years in chunks),
/// when it does not. Values and codes never wrap; only the last label column (names) wraps, at spaces or between CJK
/// characters, and never narrower than its longest unbreakable word. A number is therefore never split over two lines.
/// </summary>
/// <remarks>
/// Width of a Spectre table with the default border and padding: 1 + Σ (column width + 3) cells (a border before each
/// column and one after the last, a space of padding on either side of each cell).
/// </remarks>
public sealed class FittedTable
{
    /// <summary>The narrowest a wrapping name column is made before value columns move to another table (cells).</summary>
    public const int PreferredNameWidth = 16;

    private readonly string title;
    private readonly string[] labelHeaders;
    private readonly string[] valueHeaders;
    private readonly List<(string[] Labels, string[] Values)> rows = [];
    private readonly List<string> notes = [];

    /// <summary>A table titled <paramref name="title"/> (markup) with these label and value column headers (markup; a header may hold a line break).</summary>
    public FittedTable(string title, IReadOnlyList<string> labelHeaders, IReadOnlyList<string> valueHeaders)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(labelHeaders);
        ArgumentNullException.ThrowIfNull(valueHeaders);
        if (labelHeaders.Count == 0)
        {
            throw new ArgumentException("a table needs at least one label column", nameof(labelHeaders));
        }
        this.title = title;
        this.labelHeaders = [.. labelHeaders];
        this.valueHeaders = [.. valueHeaders];
    }

    /// <summary>Adds a row: one markup cell per label column and per value column.</summary>
    public FittedTable AddRow(IReadOnlyList<string> labels, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        if (labels.Count != labelHeaders.Length || values.Count != valueHeaders.Length)
        {
            throw new ArgumentException($"a row needs {labelHeaders.Length} labels and {valueHeaders.Length} values; got {labels.Count} and {values.Count}");
        }
        rows.Add(([.. labels], [.. values]));
        return this;
    }

    /// <summary>Adds a line (markup) printed under the table, after the last part: a legend of abbreviations, a footnote.</summary>
    public FittedTable AddNote(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        notes.Add(markup);
        return this;
    }

    /// <summary>The groups of value columns, by index, that each fit beside the label columns within <paramref name="width"/> cells.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Parts(int width)
    {
        var labels = Enumerable.Range(0, labelHeaders.Length).Where(i => !EmptyLabel(i)).ToList();
        int labelWidth = 1 + labels.Sum(i => (i == labelHeaders.Length - 1 ? NameMinimum(i) : Natural(i, label: true)) + 3);
        var widths = Enumerable.Range(0, valueHeaders.Length).Select(i => Natural(i, label: false) + 3).ToList();
        int room = Math.Max(width - labelWidth, 1);
        // Greedy count of parts, then as even a share of columns per part as that count allows (10 years at 4 a part: 4, 3, 3).
        int partCount = 1;
        for (int used = 0, i = 0; i < widths.Count; i++)
        {
            if (used > 0 && used + widths[i] > room)
            {
                partCount++;
                used = 0;
            }
            used += widths[i];
        }
        var parts = new List<IReadOnlyList<int>>();
        int start = 0;
        for (int p = 0; p < partCount; p++)
        {
            int count = (widths.Count - start + (partCount - p) - 1) / (partCount - p);
            parts.Add(Enumerable.Range(start, count).ToList());
            start += count;
        }
        // A balanced split may not fit where the greedy one did: fall back to the greedy parts then.
        return parts.All(part => part.Sum(i => widths[i]) <= room || part.Count == 1) ? parts : Greedy(widths, room);
    }

    /// <summary>Writes the table (in parts when it is too wide for the console), then its notes.</summary>
    public void Write(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parts = valueHeaders.Length == 0 ? [[]] : Parts(console.Profile.Width);
        var labels = Enumerable.Range(0, labelHeaders.Length).Where(i => !EmptyLabel(i)).ToList();
        for (int p = 0; p < parts.Count; p++)
        {
            // Columns are kept from wrapping only when the part fits: on a console too narrow for even one value column
            // beside the labels (below about 40 columns) Spectre is left to wrap, rather than asked for the impossible.
            bool fits = Width(labels, parts[p]) <= console.Profile.Width;
            string partTitle = parts.Count == 1 ? title : Text.Format(ReportText.TablePart, title, p + 1, parts.Count);
            if (parts.Count > 1 && TextWidth.Of(Plain(partTitle)) > Math.Min(Width(labels, parts[p]), console.Profile.Width))
            {
                // Spectre wraps a title to the table's width, word by word, and would split the part marker ("(第 2/2" / "部分)"):
                // a title too wide for its part gets the marker on a line of its own, whole.
                partTitle = title + "\n" + Text.Format(ReportText.TablePartMarker, p + 1, parts.Count);
            }
            var table = new Table().Title(partTitle);
            foreach (int i in labels)
            {
                table.AddColumn(new TableColumn(labelHeaders[i]) { NoWrap = fits && i != labelHeaders.Length - 1 });
            }
            foreach (int i in parts[p])
            {
                table.AddColumn(new TableColumn(valueHeaders[i]) { NoWrap = fits }.RightAligned());
            }
            foreach (var (rowLabels, values) in rows)
            {
                table.AddRow([.. labels.Select(i => rowLabels[i]), .. parts[p].Select(i => values[i])]);
            }
            console.Write(table);
        }
        foreach (var note in notes)
        {
            console.MarkupLine(note);
        }
    }

    /// <summary>The narrowest a part can be drawn: label columns (the name at its minimum) and its value columns, with borders and padding.</summary>
    private int Width(IReadOnlyList<int> labels, IReadOnlyList<int> values) =>
        1 + labels.Sum(i => (i == labelHeaders.Length - 1 ? NameMinimum(i) : Natural(i, label: true)) + 3) + values.Sum(i => Natural(i, label: false) + 3);

    private static List<IReadOnlyList<int>> Greedy(List<int> widths, int room)
    {
        var parts = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        int used = 0;
        for (int i = 0; i < widths.Count; i++)
        {
            if (current.Count > 0 && used + widths[i] > room)
            {
                parts.Add(current);
                current = [];
                used = 0;
            }
            current.Add(i);
            used += widths[i];
        }
        parts.Add(current);
        return parts;
    }

    private bool EmptyLabel(int i) => Plain(labelHeaders[i]).Length == 0 && rows.All(r => Plain(r.Labels[i]).Length == 0);

    /// <summary>The widest cell of a column, header lines included.</summary>
    private int Natural(int i, bool label)
    {
        var header = label ? labelHeaders[i] : valueHeaders[i];
        var cells = rows.Select(r => label ? r.Labels[i] : r.Values[i]).Prepend(header);
        return cells.SelectMany(c => Plain(c).Split('\n')).Select(TextWidth.Of).DefaultIfEmpty(0).Max();
    }

    /// <summary>The narrowest the name column is made: its longest unbreakable run, and no less than <see cref="PreferredNameWidth"/> unless every name is shorter.</summary>
    private int NameMinimum(int i)
    {
        var cells = rows.Select(r => r.Labels[i]).Prepend(labelHeaders[i]).Select(Plain).ToList();
        int longestWord = cells.Select(TextWidth.LongestUnbreakable).DefaultIfEmpty(0).Max();
        return Math.Max(longestWord, Math.Min(Natural(i, label: true), PreferredNameWidth));
    }

    private static string Plain(string markup) => Markup.Remove(markup);
}
