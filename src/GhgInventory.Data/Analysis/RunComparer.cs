using System.Globalization;
using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Data.Storage;

namespace GhgInventory.Data.Analysis;

/// <summary>Loads two stored runs and hands them to <see cref="RunComparison"/> (<c>ghg compare --run A --run B</c>).</summary>
/// <remarks>Reads only; works on runs made before schema 7 too (their status reads as final, the default they were made with).</remarks>
public sealed class RunComparer(Workspace workspace)
{
    /// <summary>What keeps two runs from being compared.</summary>
    public enum Refusal
    {
        /// <summary>Nothing: the comparison was made.</summary>
        None,

        /// <summary>No run with that id.</summary>
        NoSuchRun,

        /// <summary>The regions of the two runs do not nest, and no region was given that both contain.</summary>
        RegionsApart,

        /// <summary>The region asked for is not within both runs.</summary>
        RegionOutside,

        /// <summary>The runs have no year in common (or not the year asked for).</summary>
        NoCommonYear,
    }

    /// <summary>Compares run <paramref name="runA"/> with run <paramref name="runB"/> within <paramref name="region"/> (null: the narrower
    /// of the two runs' regions) for <paramref name="year"/> (null: every year both runs cover there).</summary>
    /// <returns>The difference, or null with the refusal and the run or region it concerns.</returns>
    public (RunDifference? Difference, Refusal Refusal, string Subject, IReadOnlyList<int> YearsA, IReadOnlyList<int> YearsB) Compare(
        long runA, long runB, RegionCode? region, int? year)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var headerA = workspace.Runs.Find(runA);
        var headerB = workspace.Runs.Find(runB);
        if (headerA is null || headerB is null)
        {
            return (null, Refusal.NoSuchRun, (headerA is null ? runA : runB).ToString(CultureInfo.InvariantCulture), [], []);
        }
        var regions = workspace.References.LoadRegions();
        var regionA = RegionCode.Parse(headerA.RegionCode);
        var regionB = RegionCode.Parse(headerB.RegionCode);
        RegionCode within;
        if (region is { } r)
        {
            if (!regions.Contains(r) || !regions.IsWithin(r, regionA) || !regions.IsWithin(r, regionB))
            {
                return (null, Refusal.RegionOutside, r.Value, [], []);
            }
            within = r;
        }
        else if (regions.IsWithin(regionA, regionB))
        {
            within = regionA;
        }
        else if (regions.IsWithin(regionB, regionA))
        {
            within = regionB;
        }
        else
        {
            return (null, Refusal.RegionsApart, $"{regionA} / {regionB}", [], []);
        }

        var yearsA = workspace.Runs.YearsCovered(headerA.Id, within, regions);
        var yearsB = workspace.Runs.YearsCovered(headerB.Id, within, regions);
        var years = yearsA.Intersect(yearsB).Where(y => year is null || y == year).Order().ToList();
        if (years.Count == 0)
        {
            return (null, Refusal.NoCommonYear, within.Value, yearsA, yearsB);
        }
        var difference = RunComparison.Compare(Side(headerA, within, years, regions), Side(headerB, within, years, regions), years);
        return (difference, Refusal.None, within.Value, yearsA, yearsB);
    }

    private RecalcSide Side(RunHeader run, RegionCode within, IReadOnlyList<int> years, RegionTree regions)
    {
        var lines = new List<EmissionLine>();
        var sources = new Dictionary<int, EmissionSource>();
        foreach (int y in years)
        {
            lines.AddRange(workspace.Runs.LoadLines(run.Id, y).Where(l => regions.Contains(l.Region) && regions.IsWithin(l.Region, within)));
            foreach (var s in workspace.Runs.LoadSources(run.Id, y))
            {
                sources[s.Index] = s;
            }
        }
        var factorIds = lines.SelectMany(l => l.Factors).Select(f => f.FactorId).Distinct().ToList();
        var setOf = workspace.Connection.Query<(long Id, long SetId)>("SELECT id, factor_set_id FROM factors WHERE id IN (SELECT value FROM json_each(@ids))",
            new { ids = "[" + string.Join(',', factorIds.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]" })
            .ToDictionary(f => f.Id, f => f.SetId);
        return new RecalcSide(run.Id, run.Status, run.GwpSet, run.Options, run.InputsSha256, workspace.Runs.FactorSetIdsOf(run.Id).ToHashSet(),
            setOf, lines, sources);
    }
}
