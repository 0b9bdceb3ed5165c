namespace GhgInventory.Core.Reporting;

/// <summary>A plausibility flag on an activity row a run used, shown by reports until a person accepts it.</summary>
/// <param name="Id">Flag id (for <c>ghg data accept-flag</c>).</param>
/// <param name="Region">Region code.</param>
/// <param name="Year">Year.</param>
/// <param name="Kind">year_jump or county_bound.</param>
/// <param name="Message">What was found against what bound.</param>
/// <param name="FileName">File of the row.</param>
/// <param name="FileLine">Line of the row (its row on <paramref name="Sheet"/> for a workbook).</param>
/// <param name="Sheet">Worksheet of a row read from a workbook; null for a text file.</param>
public sealed record QualityFlag(long Id, string Region, int Year, string Kind, string Message, string FileName, long FileLine, string? Sheet = null)
{
    /// <summary>Where the flagged row is: <c>file.csv:7</c>, <c>file.xlsx!能源工业!3</c>.</summary>
    public SourceLocation Location => new(FileName, checked((int)FileLine), Sheet);

    /// <inheritdoc/>
    /// <remarks>The message is read as a stored text (<see cref="Localization.LineText.Decode"/>): plain text as it is, a language-neutral one in the reader's language.</remarks>
    public override string ToString() =>
        Localization.Say.Now(nameof(Resources.CoreText.QualityFlagLine), Id, Location.ToString(), Localization.LineText.Decode(Message));
}
