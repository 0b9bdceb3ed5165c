using GhgInventory.Core.Accounting;

namespace GhgInventory.Core.Analysis;

/// <summary>Compares the lines of two runs (recalculation, issue 14 item 8): matches them by key and names why each differs.</summary>
/// <remarks>
/// Lines are matched by region, year, category, activity, use, gas and scope (<see cref="RecalcLineKey"/>). A matched pair
/// is a change when its CO2e, mass or notation key differs; its causes are every one of these that holds:
/// <list type="bullet">
/// <item>activity: the source's summed activity amount (base units) or its notation key differs;</item>
/// <item>factor set: the factors differ (parameter, value or unit, in formula order) and one of them belongs to a factor set
/// the other run did not have;</item>
/// <item>rule: the factors differ, every one of them was in a set both runs had, and the run options differ (the grid or
/// grid-year rule picked another factor); or the figure differs with nothing else differing and the options differ (CHP split);</item>
/// <item>GWP: the GWP applied differs; method: the method label differs;</item>
/// <item>derived: none of the above, but the line's arithmetic differs: a factor computed from other lines of the run (the heat
/// factor of the region's own heat supply) moved with them;</item>
/// <item>other: the figure differs and none of the above does, e.g. another engine version or reference data.</item>
/// </list>
/// A line in one run only is a new or removed line. Changes are summed per scope under their exact combination of causes
/// (see <see cref="RecalculationCause"/>). A notation key counts as nothing in its run's total, as in every report, so
/// Σ changes = total(B) − total(A) for each scope.
/// </remarks>
public static class RunComparison
{
    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/> over <paramref name="years"/>.</summary>
    public static RunDifference Compare(RecalcSide a, RecalcSide b, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(years);
        var linesA = Keyed(a.Lines);
        var linesB = Keyed(b.Lines);
        bool optionsDiffer = !string.Equals(a.Options, b.Options, StringComparison.Ordinal);
        var changes = new List<LineChange>();
        int unchanged = 0;
        foreach (var key in linesA.Keys.Union(linesB.Keys).OrderBy(k => k, KeyOrder.Instance))
        {
            linesA.TryGetValue(key, out var la);
            linesB.TryGetValue(key, out var lb);
            double delta = (lb?.Co2eTonnes ?? 0) - (la?.Co2eTonnes ?? 0);
            if (la is null || lb is null)
            {
                changes.Add(new LineChange(key, la, lb, la is null ? RecalculationCause.NewLine : RecalculationCause.RemovedLine, delta));
                continue;
            }
            if (la.Co2eTonnes == lb.Co2eTonnes && la.MassTonnes == lb.MassTonnes && la.Notation == lb.Notation)
            {
                unchanged++;
                continue;
            }
            changes.Add(new LineChange(key, la, lb, Causes(a, b, la, lb, optionsDiffer), delta));
        }

        var byCause = changes.GroupBy(c => (c.Key.Scope, c.Causes))
            .OrderBy(g => g.Key.Scope).ThenBy(g => g.Key.Causes)
            .Select(g => new CauseTotal(g.Key.Scope, g.Key.Causes, g.Count(), g.Sum(c => c.DeltaCo2eTonnes), g.Count(c => c.InvolvesNotation)))
            .ToList();
        var scopes = a.Lines.Select(l => l.Scope).Concat(b.Lines.Select(l => l.Scope)).Distinct().Order().ToList();
        var totals = scopes.Select(s => new ScopeTotals(s,
            a.Lines.Where(l => l.Scope == s).Sum(l => l.Co2eTonnes ?? 0),
            b.Lines.Where(l => l.Scope == s).Sum(l => l.Co2eTonnes ?? 0),
            changes.Where(c => c.Key.Scope == s).Sum(c => c.DeltaCo2eTonnes))).ToList();
        return new RunDifference(a, b, years, changes, byCause, totals, unchanged);
    }

    private static RecalculationCause Causes(RecalcSide a, RecalcSide b, EmissionLine la, EmissionLine lb, bool optionsDiffer)
    {
        var causes = RecalculationCause.None;
        var sa = a.Sources.GetValueOrDefault(la.SourceIndex);
        var sb = b.Sources.GetValueOrDefault(lb.SourceIndex);
        // Exact comparison: the same records sum to the same double (RunStore.LoadSourceRows sums in id order).
        if (sa is null || sb is null || sa.ActivityBase != sb.ActivityBase || sa.Notation != sb.Notation || sa.PartNotation != sb.PartNotation)
        {
            causes |= RecalculationCause.Activity;
        }
        if (!SameFactors(la.Factors, lb.Factors))
        {
            bool fromSetOnlyOneHad = lb.Factors.Any(f => !a.FactorSetIds.Contains(b.FactorSetOf.GetValueOrDefault(f.FactorId, -1)))
                || la.Factors.Any(f => !b.FactorSetIds.Contains(a.FactorSetOf.GetValueOrDefault(f.FactorId, -1)));
            causes |= fromSetOnlyOneHad || !optionsDiffer ? RecalculationCause.FactorSet : RecalculationCause.Rule;
        }
        // A line under a notation key has no GWP applied: only two numbers can differ in GWP.
        if (la.Co2eTonnes is not null && lb.Co2eTonnes is not null && la.Gwp != lb.Gwp)
        {
            causes |= RecalculationCause.Gwp;
        }
        if (!string.Equals(la.Method, lb.Method, StringComparison.Ordinal))
        {
            causes |= RecalculationCause.Method;
        }
        if (causes == RecalculationCause.None)
        {
            // Nothing of the line's own inputs differs: the options chose otherwise, or a factor derived from other lines of the
            // run (its figures are in the arithmetic) moved with them, or else something outside the line (engine, reference data).
            causes = optionsDiffer ? RecalculationCause.Rule
                : la.ArithmeticText.Encode() != lb.ArithmeticText.Encode() ? RecalculationCause.Derived
                : RecalculationCause.Other;
        }
        return causes;
    }

    private static bool SameFactors(IReadOnlyList<AppliedFactor> a, IReadOnlyList<AppliedFactor> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.FactorId == p.Second.FactorId
            || (p.First.Parameter == p.Second.Parameter && p.First.Value == p.Second.Value && p.First.Unit == p.Second.Unit
                && p.First.SetKey == p.Second.SetKey));

    private static Dictionary<RecalcLineKey, EmissionLine> Keyed(IReadOnlyList<EmissionLine> lines)
    {
        var keyed = new Dictionary<RecalcLineKey, EmissionLine>();
        foreach (var group in lines.GroupBy(l => new RecalcLineKey(l.Region, l.Year, l.Category, l.Activity, l.Use, l.Gas.Code, l.Scope, 0)))
        {
            int ordinal = 0;
            foreach (var l in group.OrderBy(l => l.Method, StringComparer.Ordinal))
            {
                keyed[group.Key with { Ordinal = ordinal++ }] = l;
            }
        }
        return keyed;
    }

    /// <summary>Year, region, category (as the tree orders codes), activity, use, gas, scope.</summary>
    private sealed class KeyOrder : IComparer<RecalcLineKey>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(RecalcLineKey x, RecalcLineKey y)
        {
            int c = x.Year.CompareTo(y.Year);
            c = c != 0 ? c : string.CompareOrdinal(x.Region.Value, y.Region.Value);
            c = c != 0 ? c : string.CompareOrdinal(x.Category.Value, y.Category.Value);
            c = c != 0 ? c : string.CompareOrdinal(x.Activity, y.Activity);
            c = c != 0 ? c : x.Use.CompareTo(y.Use);
            c = c != 0 ? c : string.CompareOrdinal(x.Gas, y.Gas);
            c = c != 0 ? c : x.Scope.CompareTo(y.Scope);
            return c != 0 ? c : x.Ordinal.CompareTo(y.Ordinal);
        }
    }
}
