using System.Text;
using GhgInventory.Reports;

namespace GhgInventory.Cli;

/// <summary>
/// A writer that wraps each line of text at a width in terminal cells, breaking only at spaces or beside a CJK character,
/// never inside a number, a code or an English word (issue 13: at 80 columns no number is split). A continuation line is
/// indented two cells more than the line it continues. A run longer than the width is written whole.
/// </summary>
public sealed class WordWrapWriter : TextWriter
{
    private readonly TextWriter inner;
    private readonly int width;
    private readonly StringBuilder line = new();

    /// <summary>Wraps what is written to <paramref name="inner"/> at <paramref name="width"/> cells.</summary>
    public WordWrapWriter(TextWriter inner, int width)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 20);
        this.inner = inner;
        this.width = width;
    }

    /// <summary>The encoding of the writer wrapped.</summary>
    public override Encoding Encoding => inner.Encoding;

    /// <summary>The writer wrapped: for CSV and JSON, which are data and never wrapped.</summary>
    public TextWriter Inner => inner;

    /// <summary>Buffers <paramref name="value"/>; a line feed writes the buffered line, wrapped.</summary>
    public override void Write(char value)
    {
        if (value == '\n')
        {
            WriteWrapped(line.ToString().TrimEnd('\r'));
            line.Clear();
            return;
        }
        line.Append(value);
    }

    /// <summary>Writes a partial line as it is, then flushes the writer wrapped.</summary>
    public override void Flush()
    {
        if (line.Length > 0)
        {
            inner.Write(line.ToString());
            line.Clear();
        }
        inner.Flush();
    }

    /// <summary>The lines <paramref name="text"/> (one line, no line feed) is wrapped into at <paramref name="width"/> cells.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TextWidth.Of(text) <= width)
        {
            return [text];
        }
        string indent = new string(' ', Math.Min(text.Length - text.TrimStart(' ').Length + 2, width / 3));
        var lines = new List<string>();
        var current = new StringBuilder();
        int used = 0;
        foreach (string piece in Pieces(text))
        {
            bool space = piece[0] == ' ';
            int cells = TextWidth.Of(piece);
            if (!space && used + cells > width && current.ToString().Trim().Length > 0)
            {
                lines.Add(current.ToString().TrimEnd());
                current.Clear().Append(indent);
                used = indent.Length;
            }
            if (space && used == indent.Length && lines.Count > 0 && current.ToString() == indent)
            {
                continue; // no spaces at the start of a continuation line
            }
            current.Append(piece);
            used += cells;
        }
        lines.Add(current.ToString().TrimEnd());
        return lines;
    }

    /// <summary>Spaces, single wide (CJK) characters, and runs of other characters, in order.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var run = new StringBuilder();
        bool runIsSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            bool space = rune.Value == ' ';
            if (!space && TextWidth.IsWide(rune))
            {
                if (run.Length > 0)
                {
                    yield return run.ToString();
                    run.Clear();
                }
                yield return rune.ToString();
                continue;
            }
            if (run.Length > 0 && space != runIsSpace)
            {
                yield return run.ToString();
                run.Clear();
            }
            runIsSpace = space;
            run.Append(rune.ToString());
        }
        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    private void WriteWrapped(string text)
    {
        foreach (var part in Wrap(text, width))
        {
            inner.WriteLine(part);
        }
    }
}
