namespace GhgInventory.Core.Scenarios;

/// <summary>The sectors a projection reports emissions by: the six energy sectors, then the non-energy blocks in <see cref="BlockKind"/> order.</summary>
public enum ScenarioSector
{
    /// <summary>1.A.1.a power and heat.</summary>
    Power,

    /// <summary>1.A.1.c.i coke making.</summary>
    CokeMaking,

    /// <summary>Other energy industries.</summary>
    OtherEnergyIndustry,

    /// <summary>1.A.2 industry.</summary>
    Industry,

    /// <summary>1.A.3 transport.</summary>
    Transport,

    /// <summary>1.A.4, 1.A.5 buildings and other.</summary>
    Buildings,

    /// <summary>1.B.1.</summary>
    FugitiveCoal,

    /// <summary>1.B.2.</summary>
    FugitiveOilGas,

    /// <summary>2.C.1.</summary>
    Steel,

    /// <summary>2.C.2.</summary>
    Ferroalloy,

    /// <summary>2.B.8, 2.B.10 (net of CCUS capture).</summary>
    CoalChemical,

    /// <summary>Rest of 2.B.</summary>
    OtherChemical,

    /// <summary>2.A.</summary>
    Minerals,

    /// <summary>2.D–2.H.</summary>
    OtherIppu,

    /// <summary>3.A, 3.C, 3.D.</summary>
    Agriculture,

    /// <summary>3.B (not in the headline total).</summary>
    Lulucf,

    /// <summary>4.</summary>
    Waste,
}

/// <summary>The (indicator, rule) pairs a projection computes each year, in a fixed order (the index into <see cref="ProjectionBuffer.Indicators"/>).
/// Keys and rules are those of the scorecard (<see cref="Analysis.IntensityIndicators"/>), so a target's check reads the same figure.</summary>
public static class ScenarioIndicators
{
    /// <summary>Every pair, in buffer order.</summary>
    public static IReadOnlyList<(string Indicator, string Rule)> All { get; } = Build();

    /// <summary>The index of (<paramref name="indicator"/>, <paramref name="rule"/>), or −1 when the projection does not compute it.</summary>
    public static int IndexOf(string indicator, string rule)
    {
        for (int i = 0; i < All.Count; i++)
        {
            if (All[i].Indicator == indicator && All[i].Rule == rule)
            {
                return i;
            }
        }
        return -1;
    }

    private static List<(string, string)> Build()
    {
        var all = new List<(string, string)>();
        foreach (var rule in Energy.EnergyRule.Names)
        {
            all.Add((Analysis.IntensityIndicators.EnergyTotal, rule));
            all.Add((Analysis.IntensityIndicators.EnergyIntensity, rule));
        }
        foreach (var rule in new[] { Energy.Co2Rules.NationalGridName, Energy.Co2Rules.RegionGridName })
        {
            all.Add((Analysis.IntensityIndicators.Co2Target, rule));
            all.Add((Analysis.IntensityIndicators.Co2Intensity, rule));
            all.Add((Analysis.IntensityIndicators.Co2PerCapita, rule));
        }
        all.Add((Analysis.IntensityIndicators.Co2PerCapita, Analysis.IntensityIndicators.Territorial));
        all.Add((Analysis.IntensityIndicators.CoalShare, ""));
        all.Add((Analysis.IntensityIndicators.NonFossilShare, ""));
        all.Add((Analysis.IntensityIndicators.ElectricityShareFinal, ""));
        all.Add((Analysis.IntensityIndicators.RenewableCapacity, ""));
        all.Add((Analysis.IntensityIndicators.IndustryEnergyIntensity, ""));
        return all;
    }
}
