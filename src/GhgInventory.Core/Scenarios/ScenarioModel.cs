using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using MathNet.Numerics.LinearAlgebra;

namespace GhgInventory.Core.Scenarios;

/// <summary>The projection of docs/scenarios.md §4: binds a scenario file to the base state of a stored run, refusing what cannot be
/// projected right (each problem with the file location it comes from), and gives the model that projects every part for a vector of
/// quantiles.</summary>
public static class ScenarioModel
{
    /// <summary>Binds <paramref name="scenario"/> to <paramref name="baseState"/>.</summary>
    /// <remarks>Refused (all problems at once): a lever the catalogue does not know; a region's own setting for a region that is not a part or
    /// for a lever that is not a rate; a level whose base comes from the file (catalogue <c>base = file</c>, no default) or whose inventory
    /// base is unknown, without a point at or before the base year; renewable capacity changing without <c>renewable_hours</c>; rail shift
    /// without <c>transport_freight_share</c> and <c>rail_energy_ratio</c>; NEV share without <c>ev_energy_ratio</c>; a city-shared lever
    /// whose weight is 0 or unknown in every part; a coal-to-gas switch with no gas burnt anywhere in the base; a correlation naming a
    /// setting that is not uncertain; a correlation matrix that is not positive definite (MathNet Cholesky).</remarks>
    /// <exception cref="ScenarioBindException">The scenario cannot be bound (every problem with its location).</exception>
    public static IScenarioModel Bind(ScenarioDefinition scenario, LeverCatalogue catalogue, ScenarioBase baseState)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(baseState);
        var problems = new List<LineText>();
        var say = SectorSay.Scenario;
        int b = baseState.BaseYear;
        if (scenario.Horizon <= b)
        {
            // Without base_year in the file the base year is the run's newest, known only now: a horizon at or before it projects nothing.
            throw new ScenarioBindException([say.Text("HorizonNotAfterBase", scenario.FileName, scenario.Horizon, b)]);
        }
        var partCodes = baseState.Parts.Where(p => !p.IsCityRest).Select(p => p.Region).ToHashSet();
        static LineText Word(LeverDefinition d) => LineText.Term(d.NameEn, d.NameZh);

        foreach (var setting in scenario.Levers)
        {
            var def = catalogue.Find(setting.Key);
            if (def is null)
            {
                problems.Add(say.Text("UnknownLever", setting.Location, setting.Key));
                continue;
            }
            if (setting.Region is { } region)
            {
                if (def.Kind != LeverKind.Rate)
                {
                    problems.Add(say.Text("RegionOwnNotRate", setting.Location, Word(def), def.Key));
                }
                else if (!partCodes.Contains(region))
                {
                    problems.Add(say.Text("UnknownRegion", setting.Location, Word(def), def.Key, region.Value, baseState.City.Value,
                        string.Join(", ", partCodes.Select(c => c.Value))));
                }
            }
        }
        if (problems.Count > 0)
        {
            throw new ScenarioBindException(problems);
        }

        var projection = new ScenarioProjection(scenario, catalogue, baseState, problems);

        // Correlations: every name an uncertain setting, the matrix positive definite.
        var dims = projection.Dimensions;
        var names = dims.Select(d => d.Name).ToList();
        bool namesOk = true;
        foreach (var c in scenario.Correlations)
        {
            foreach (var name in new[] { c.A, c.B })
            {
                if (!names.Contains(name))
                {
                    problems.Add(say.Text("CorrelationNotUncertain", c.Location, name, names.Count == 0 ? "—" : string.Join(", ", names)));
                    namesOk = false;
                }
            }
        }
        if (namesOk && scenario.Correlations.Count > 0)
        {
            var m = Matrix<double>.Build.DenseIdentity(names.Count);
            foreach (var c in scenario.Correlations)
            {
                int i = names.IndexOf(c.A), j = names.IndexOf(c.B);
                m[i, j] = c.Rho;
                m[j, i] = c.Rho;
            }
            bool positiveDefinite;
            try
            {
                // MathNet's Cholesky throws ArgumentException when the matrix is not symmetric positive definite.
                _ = m.Cholesky();
                positiveDefinite = true;
            }
            catch (ArgumentException)
            {
                positiveDefinite = false;
            }
            if (!positiveDefinite)
            {
                problems.Add(say.Text("CorrelationNotPositiveDefinite", scenario.Correlations[0].Location,
                    string.Join(", ", scenario.Correlations.SelectMany(c => new[] { c.A, c.B }).Distinct())));
            }
        }
        if (problems.Count > 0)
        {
            throw new ScenarioBindException(problems);
        }
        projection.CollectCentralFlags();
        return projection;
    }
}
