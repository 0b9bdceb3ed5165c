namespace GhgInventory.Reports.Html;

/// <summary>One section of the HTML report: the extension point later capabilities (intensity targets, other sectors,
/// scenarios) fill with sections of their own; the built-in sections are implemented through it too.</summary>
/// <remarks>The report renders its sections in list order (<see cref="HtmlReport.BuiltInSections"/> followed by any added), each
/// as <c>&lt;section id="…"&gt;</c> with its title as heading and an entry in the table of contents. A section renders what it
/// is given and computes nothing.</remarks>
public interface IHtmlSection
{
    /// <summary>The section's anchor: lower-case ASCII letters and hyphens, unique in the report.</summary>
    string Id { get; }

    /// <summary>The section's heading in the current UI language.</summary>
    string Title(HtmlReportData data);

    /// <summary>Writes the section's body (below its heading) through <paramref name="w"/>.</summary>
    void Write(HtmlWriter w, HtmlReportData data);

    /// <summary>False when the section has nothing to show for <paramref name="data"/>: the report then leaves it out, heading and
    /// contents entry included (issue 16: no scenario section without scenario outcomes). True unless a section says otherwise.</summary>
    bool IsShown(HtmlReportData data) => true;
}
