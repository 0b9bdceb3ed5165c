using GhgInventory.Core.Domain;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Analysis;

/// <summary>A run that does not cover every year a verb needs, with the years it does cover for the region.</summary>
/// <param name="Run">The run.</param>
/// <param name="Covered">The years it was compiled over, ascending.</param>
public sealed record PartialRun(RunHeader Run, IReadOnlyList<int> Covered);

/// <summary>Which run a verb reads (issue 14 after the user trial): the newest run covering every year needed for the region, the runs newer
/// than it that cover only some of them, or why none can be read.</summary>
/// <param name="Run">The run chosen; null when refused.</param>
/// <param name="Needed">The years needed, ascending, distinct.</param>
/// <param name="NewerPartial">Runs newer than <paramref name="Run"/> (newest first) whose region contains the region and which cover some but not all
/// of <paramref name="Needed"/>: their data (a correction compiled for one year) is not in what the verb prints.</param>
/// <param name="Refused">The run named with <c>--run</c> that does not cover the years (with its years), or, when no run covers them, the newest run
/// of the region; null when a run was chosen or no run exists at all.</param>
/// <param name="Missing">True when the run named with <c>--run</c> does not exist.</param>
public sealed record RunChoice(RunHeader? Run, IReadOnlyList<int> Needed, IReadOnlyList<PartialRun> NewerPartial, PartialRun? Refused, bool Missing);

/// <summary>The room behind <see cref="Workspace.ChooseRun"/>.</summary>
/// <param name="workspace">The open workspace.</param>
public sealed class RunChoiceService(Workspace workspace)
{
    /// <summary>The run to read for <paramref name="region"/> in every year of <paramref name="years"/>: run <paramref name="runId"/> when given
    /// (refused when it does not cover them all), else the newest run whose region contains <paramref name="region"/> and which covers each
    /// year. A run "covers" the years it was compiled over (its header's span, which names only years with data): a banner without
    /// emission data in one of them is read from that run and said missing there ("no energy data in 2020"), since no other compile would
    /// give it data; a one-year correction run does not cover the base year and is passed over (issue 14, after the user trial).</summary>
    public RunChoice Choose(RegionCode region, IEnumerable<int> years, long? runId = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        var needed = years.Distinct().Order().ToList();
        var regions = workspace.References.LoadRegions();
        bool Contains(RunHeader r) => regions.Contains(RegionCode.Parse(r.RegionCode)) && regions.IsWithin(region, RegionCode.Parse(r.RegionCode));
        if (runId is { } id)
        {
            if (workspace.Runs.Find(id) is not { } named)
            {
                return new(null, needed, [], null, Missing: true);
            }
            var covered = Contains(named) ? Span(named) : [];
            return needed.All(covered.Contains) ? new(named, needed, [], null, false) : new(null, needed, [], new(named, covered), false);
        }
        var partial = new List<PartialRun>();
        PartialRun? newest = null;
        foreach (var run in workspace.Runs.List().Where(Contains))
        {
            var covered = Span(run);
            newest ??= new(run, covered);
            if (needed.All(covered.Contains))
            {
                return new(run, needed, partial, null, false);
            }
            if (needed.Any(covered.Contains))
            {
                partial.Add(new(run, covered));
            }
        }
        return new(null, needed, partial, newest, false);
    }

    private static IReadOnlyList<int> Span(RunHeader run) => [.. Enumerable.Range(run.YearFrom, run.YearTo - run.YearFrom + 1)];
}
