namespace GhgInventory.Data.Ingestion;

/// <summary>The issues of one file: all counted, the first <see cref="ActivityIngestor.IssueCap"/> kept, and the rows that have any counted once.</summary>
internal sealed class IssueList
{
    private readonly List<ValidationIssue> shown = [];
    private readonly int cap;
    private int lastRowLine;

    /// <summary>Creates a list that keeps <paramref name="cap"/> issues.</summary>
    public IssueList(int cap) => this.cap = cap;

    /// <summary>The issues kept, in the order found.</summary>
    public IReadOnlyList<ValidationIssue> Shown => shown;

    /// <summary>How many issues there were in all.</summary>
    public int Count { get; private set; }

    /// <summary>How many data rows (line 2 on) had at least one issue.</summary>
    public int Rows { get; private set; }

    /// <summary>Adds an issue. The issues of one row arrive together, so a row is counted when its line changes.</summary>
    public void Add(ValidationIssue issue)
    {
        Count++;
        if (issue.Line > 1 && issue.Line != lastRowLine)
        {
            Rows++;
            lastRowLine = issue.Line;
        }
        if (shown.Count < cap)
        {
            shown.Add(issue);
        }
    }
}
