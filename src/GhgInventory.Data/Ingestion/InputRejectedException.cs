using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>Thrown by loaders of small data files (factor sets, regions) when a file is invalid; carries every issue found.</summary>
public sealed class InputRejectedException : Exception
{
    /// <summary>Creates the exception with the issues found.</summary>
    public InputRejectedException(IReadOnlyList<ValidationIssue> issues)
        : base(string.Join(Environment.NewLine, issues.Take(20)) + (issues.Count > 20 ? Environment.NewLine + Text.Format(DataText.AndMore, issues.Count - 20) : ""))
    {
        Issues = issues;
    }

    /// <summary>Creates the exception with a message (no location).</summary>
    public InputRejectedException() : this([]) { }

    /// <summary>Creates the exception with a message (no location).</summary>
    public InputRejectedException(string message) : base(message) => Issues = [];

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public InputRejectedException(string message, Exception inner) : base(message, inner) => Issues = [];

    /// <summary>Every issue found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }
}
