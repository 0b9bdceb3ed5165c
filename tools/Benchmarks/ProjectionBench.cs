using System.Diagnostics;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Scenarios;

namespace GhgInventory.Benchmarks;

/// <summary>Times <see cref="IScenarioModel.Project"/> (issue 16): a synthetic city of nine banners and its rest, base year 2024 to 2060, with
/// six uncertain levers, <c>draws</c> projections on one thread, with every indicator and with the Monte Carlo's kind of
/// <see cref="ProjectionBuffer.IndicatorMask"/>; prints wall and CPU time (CPU time is the figure on a shared machine) and the bytes allocated while projecting.</summary>
/// <remarks>Synthetic, illustrative figures: no published statistics. The lever catalogue is a minimal copy of the catalogue's rows used.</remarks>
internal static class ProjectionBench
{
    private static readonly string[] Banners = ["150602", "150603", "150621", "150622", "150623", "150624", "150625", "150626", "150627"];

    /// <summary>Runs the measurement; returns the exit code.</summary>
    public static int Run(int draws)
    {
        var catalogue = new LeverCatalogue(
        [
            new("gdp_growth", LeverKind.Rate, "%/a", LeverScope.Region, "", LeverBase.None, 0, "地区生产总值增速", "GDP growth", ""),
            new("energy_intensity_industry", LeverKind.Rate, "%/a", LeverScope.Region, "", LeverBase.None, 0, "工业能效提升率", "industry efficiency", ""),
            new("electrification", LeverKind.Level, "%", LeverScope.CityDelta, "", LeverBase.Inventory, null, "电气化率", "electrification", ""),
            new("renewable_capacity", LeverKind.Level, "GW", LeverScope.CityShared, "renewable_capacity", LeverBase.Inventory, null, "新能源装机容量", "renewable capacity", ""),
            new("renewable_hours", LeverKind.Level, "h", LeverScope.Region, "", LeverBase.File, null, "新能源年利用小时数", "renewable hours", ""),
            new("coal_power_rate", LeverKind.Level, "gce/kWh", LeverScope.Region, "", LeverBase.File, null, "煤电供电标准煤耗", "coal rate", ""),
            new("coal_chemical_output", LeverKind.Rate, "%/a", LeverScope.Region, "", LeverBase.None, 0, "现代煤化工产量增速", "coal-chemical output", ""),
        ]);
        var parts = Banners.Select((code, i) => Part(code, false, 1 + i * 0.3)).Append(Part("150600", true, 0.2)).ToList();
        var baseState = new ScenarioBase(RegionCode.Parse("150600"), 1, "bench", 2024, new ScenarioGwp("AR5", 28, 265), parts,
            new ScenarioHistory(new Dictionary<(RegionCode, int), double>(), new Dictionary<(RegionCode, int), double>(), []), [], []);
        static PathPoint P(int year, Uncertain value) => new(year, value, "bench");
        LeverSetting S(string key, params PathPoint[] points) => new(key, catalogue.Find(key)!.Unit, "illustrative", null, points, null, "bench");
        var scenario = new ScenarioDefinition("bench", "bench", "", true, RegionCode.Parse("150600"), null, 2024, 2060, null, null,
        [
            S("gdp_growth", P(2025, new Uncertain.TriangularValue(4, 5.5, 7)), P(2060, new Uncertain.NormalValue(2, 0.5))),
            S("energy_intensity_industry", P(2025, new Uncertain.UniformValue(1, 4))),
            S("electrification", P(2060, new Uncertain.TriangularValue(40, 50, 65))),
            S("renewable_capacity", P(2030, new Uncertain.LogNormalValue(80, 1.2))),
            S("renewable_hours", P(2024, new Uncertain.Fixed(2000))),
            S("coal_power_rate", P(2024, new Uncertain.Fixed(305)), P(2030, new Uncertain.NormalValue(295, 3))),
            S("coal_chemical_output", P(2025, new Uncertain.NormalValue(3, 1))),
        ], [], "bench.toml", "");
        var model = ScenarioModel.Bind(scenario, catalogue, baseState);
        var buffer = model.NewBuffer();
        var u = new double[model.Dimensions.Count];
        ulong state = 2024;
        double Next()
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            return ((state >> 11) + 0.5) / (1UL << 53);
        }
        for (int i = 0; i < 200; i++)
        {
            for (int k = 0; k < u.Length; k++)
            {
                u[k] = Next();
            }
            model.Project(u, buffer);
        }
        Console.Out.WriteLine($"| parts | years | dimensions | indicators | draws | wall ms | CPU ms | CPU µs per projection | bytes allocated |");
        Console.Out.WriteLine($"|---|---|---|---|---|---|---|---|---|");
        Measure("every cell");
        // As the Monte Carlo's runs: the indicators of a target year only (here 2025 in every area).
        var mask = new bool[buffer.Areas * buffer.Years];
        for (int a = 0; a < buffer.Areas; a++)
        {
            mask[buffer.At(a, 1)] = true;
        }
        buffer.IndicatorMask = mask;
        Measure("one year per area");
        void Measure(string indicators)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            double sum = 0;
            for (int i = 0; i < draws; i++)
            {
                for (int k = 0; k < u.Length; k++)
                {
                    u[k] = Next();
                }
                model.Project(u, buffer);
                sum += buffer.Co2e[buffer.Years - 1];
            }
            watch.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.Out.WriteLine($"| {parts.Count} | {buffer.Years} | {u.Length} | {indicators} | {draws} | {watch.Elapsed.TotalMilliseconds:F1} | {cpu.TotalMilliseconds:F1} | {cpu.TotalMilliseconds * 1000 / draws:F2} | {allocated} |");
            Console.Out.WriteLine($"(checksum {sum:E3})");
        }
        return 0;
    }

    private static RegionBase Part(string code, bool rest, double s)
    {
        static SectorBase Sector(double coal, double oil, double gas, double kwh) =>
            new(new FuelAmounts(coal, oil, gas), new FuelAmounts(coal * 2.66, oil * 2.1, gas * 1.6), coal * 1e-3, coal * 4e-5, kwh);
        return new RegionBase(RegionCode.Parse(code), rest, 5e10 * s, 3e9 * s, 3e10 * s, 1.7e10 * s, 2.5e5 * s,
            Sector(8e5 * s, 2e4 * s, 5e4 * s, 4e9 * s), Sector(0, 3e5 * s, 2e4 * s, 1e8 * s), Sector(2e5 * s, 1e4 * s, 3e4 * s, 1e9 * s),
            Sector(5e6 * s, 1e3 * s, 1e4 * s, 0), 1.6e10 * s, Sector(3e5 * s, 0, 0, 0), Sector(6e5 * s, 0, 1e5 * s, 0), 8e9 * s, 3 * s,
            new EnergyAccountBase(7e6 * s, 6.5e6 * s, 6e6 * s, 2e5 * s, 5e5 * s, 2e6 * s, 5.1e9 * s, 5e6 * s, -1.4e10 * s, 3.05e-4, 1.229e-4, 6e9 * s, 4e9 * s, 1.5e7 * s),
            new ProductOutputs(null, 1e5 * s, 2e5 * s, 5e7 * s),
            [new BlockBase(BlockKind.FugitiveCoal, 1e4 * s, 5e4 * s, 0, 1.4e6 * s), new BlockBase(BlockKind.CoalChemical, 3e6 * s, 0, 0, 3e6 * s),
             new BlockBase(BlockKind.Lulucf, -5e5 * s, 0, 0, -5e5 * s), new BlockBase(BlockKind.Waste, 0, 1e3 * s, 10 * s, 3e4 * s)], []);
    }
}
