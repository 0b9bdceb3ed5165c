using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Scenarios;

/// <summary>A scenario that cannot be bound to its base (a level path without its base-year point, a correlation matrix that is not
/// positive definite, a cap on a lever whose weight is 0 everywhere …): each problem names the file location it comes from.</summary>
public sealed class ScenarioBindException : Exception
{
    /// <summary>Creates the exception with every problem found.</summary>
    public ScenarioBindException(IReadOnlyList<LineText> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Render())))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScenarioBindException() : this([]) { }

    /// <summary>Creates the exception with a message.</summary>
    public ScenarioBindException(string message) : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ScenarioBindException(string message, Exception inner) : base(message, inner) => Problems = [];

    /// <summary>Every problem, with its location.</summary>
    public IReadOnlyList<LineText> Problems { get; }
}
