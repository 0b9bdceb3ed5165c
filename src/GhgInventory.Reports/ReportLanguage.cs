namespace GhgInventory.Reports;

/// <summary>Language of names and headings in a report; Chinese is the default.</summary>
public enum ReportLanguage
{
    /// <summary>Chinese names (省级指南 category names, 旗区 names).</summary>
    Zh,
    /// <summary>English names.</summary>
    En,
}
