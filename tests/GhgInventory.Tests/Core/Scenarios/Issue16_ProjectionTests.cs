using GhgInventory.Core.Analysis;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Scenarios;
using static GhgInventory.Tests.Core.Scenarios.ScenarioBuilders;

namespace GhgInventory.Tests.Core.Scenarios;

public class Issue16_ProjectionTests
{
    private const double RelTol = 1e-12; // arithmetic only

    private static IScenarioModel Bind(ScenarioDefinition scenario, ScenarioBase baseState) => ScenarioModel.Bind(scenario, Catalogue(), baseState);

    private static ProjectionBuffer Central(IScenarioModel model)
    {
        var buffer = model.NewBuffer();
        var u = new double[model.Dimensions.Count];
        Array.Fill(u, 0.5);
        model.Project(u, buffer);
        return buffer;
    }

    private static double[] CityPath(IScenarioModel model, ProjectionBuffer buffer) => buffer.Co2e.AsSpan(0, buffer.Years).ToArray();

    private static int Ind(string indicator, string rule = "") => ScenarioIndicators.IndexOf(indicator, rule);

    private static RegionBase IndustryCoalPart() => Part("150622") with
    {
        // 100 tce of coal in industry, 260 t CO2 (2.6 t/tce), no electricity.
        Industry = Sector(coal: 100, co2Coal: 260),
    };

    [Test]
    public void Kaya_ConstantRates_MatchHandCalculation()
    {
        // CO2_t = CO2_b × (1.05 × 0.97)^(t − 2020): industry activity = VA2 index = GDP index (secondary share held), efficiency 0.97 a year.
        // 1.05 × 0.97 = 1.0185; 1.0185^5 = 1.0959864041 → 2025: 260 × 1.0959864041 = 284.956465064 t
        // 1.0185^10 = 1.2011861980 → 2030: 260 × 1.2011861980 = 312.308411468 t
        var model = Bind(Scenario(2030, Value("gdp_growth", 5), Value("energy_intensity_industry", 3)), Base(IndustryCoalPart()));
        var buffer = Central(model);
        Assert.Multiple(() =>
        {
            Assert.That(buffer.Co2e[buffer.At(0, 0)], Is.EqualTo(260));
            Assert.That(buffer.Co2e[buffer.At(0, 5)], Is.EqualTo(284.956465064).Within(1e-8));
            Assert.That(buffer.Co2e[buffer.At(0, 10)], Is.EqualTo(312.308411468).Within(1e-8));
            Assert.That(buffer.Co2e[buffer.At(1, 10)], Is.EqualTo(312.308411468).Within(1e-8), "the one part is the city");
            Assert.That(PeakFinder.Find(CityPath(model, buffer), 2020).Year, Is.Null, "still growing in the horizon year");
        });
    }

    [Test]
    public void Ar6_NonFossilCh4OfASector_KeepsTheLinesPriceAndTiesOutToTheInventory()
    {
        // Review of issue 16: under AR6 the projection priced every energy sector's CH4 at fossil 29.8, while the run's lines price biomass
        // CH4 (1.A.4.b firewood, straw) at non-fossil 27.0: +227 t on the demo's base year. The part's industry: 100 tce coal, 260 t CO2,
        // 1 t CH4 the lines priced at 27.0 → base CO2e 260 + 27 = 287 t (not 260 + 29.8 = 289.8); with GDP +5 %/a the sector's fuel and its
        // CH4 grow by 1.05: 2021 = 287 × 1.05 = 301.35 t.
        var part = IndustryCoalPart() with { Industry = Sector(coal: 100, co2Coal: 260, ch4: 1) with { NonCo2Co2eTonnes = 27 } };
        var model = Bind(Scenario(2021, Value("gdp_growth", 5)), Base(part) with { Gwp = new ScenarioGwp("AR6", 29.8, 273) });
        var buffer = Central(model);
        Assert.Multiple(() =>
        {
            Assert.That(buffer.Co2e[buffer.At(0, 0)], Is.EqualTo(287).Within(1e-9));
            Assert.That(buffer.Co2e[buffer.At(0, 1)], Is.EqualTo(301.35).Within(1e-9));
        });
    }

    [Test]
    public void Kaya_GrowthFallingBelowEfficiency_PeaksInTheHandYear()
    {
        // g_t linear from 8 %/a in 2021 to 0 in 2031: g_t = 8 − 0.8 (t − 2021); efficiency 3 %/a.
        // CO2 grows while (1 + g/100) × 0.97 > 1, i.e. g > 3.0928 %: 2027 g = 3.2 → 1.032 × 0.97 = 1.00104 (grows),
        // 2028 g = 2.4 → 1.024 × 0.97 = 0.99328 (falls): the peak is 2027.
        var model = Bind(Scenario(2035, Path("gdp_growth", 2021, 8, 2031, 0), Value("energy_intensity_industry", 3)), Base(IndustryCoalPart()));
        var buffer = Central(model);
        var path = CityPath(model, buffer);
        var peak = PeakFinder.Find(path, 2020);
        Assert.Multiple(() =>
        {
            Assert.That(peak.Year, Is.EqualTo(2027));
            Assert.That(path[7], Is.GreaterThan(path[6]));
            Assert.That(path[8], Is.LessThan(path[7]));
        });
    }

    private static RegionBase RichPart(string code, bool rest, double scale, double netImportKwh)
    {
        var p = Part(code, rest);
        return p with
        {
            Industry = Sector(coal: 800 * scale, oil: 50, gas: 150, co2Coal: 2080 * scale, co2Oil: 105, co2Gas: 240, ch4: 1.5, n2o: 0.3, electricityKwh: 2e6 * scale),
            Transport = Sector(coal: 0, oil: 400, gas: 30, co2Oil: 840, co2Gas: 48, ch4: 0.2, n2o: 0.1, electricityKwh: 1e5),
            Buildings = Sector(coal: 120, gas: 60, co2Coal: 312, co2Gas: 96, ch4: 0.4, n2o: 0.05, electricityKwh: 5e5),
            Power = Sector(coal: 3000 * scale, gas: 10, co2Coal: 7800 * scale, co2Gas: 16, ch4: 0.1, n2o: 0.2),
            ThermalGenerationKwh = 1e7 * scale,
            CokeMaking = Sector(coal: 500, co2Coal: 1300),
            OtherEnergyIndustry = Sector(coal: 700, gas: 40, co2Coal: 1820, co2Gas: 64),
            ConsumptionKwh = 4e6,
            RenewableCapacityGw = 0.002,
            Account = Account(gross: 7000 * scale, coal: 6500 * scale, nonFossil: 300, feedstock: 900, final: 2500, finalElectricityKwh: 2.6e6, industry: 6000,
                netImportKwh: netImportKwh, renewableKwh: 1e6, renewable2020Kwh: 8e5, energyCo2: 14000, fossil: 6800),
            Outputs = new ProductOutputs(1000, 500, 300, 1e6),
            Blocks =
            [
                new BlockBase(BlockKind.FugitiveCoal, 10, 300, 0, 8410),
                new BlockBase(BlockKind.Steel, 2000, 0, 0, 2000),
                new BlockBase(BlockKind.CoalChemical, 5000 * scale, 0, 0, 5000 * scale),
                new BlockBase(BlockKind.Minerals, 700, 0, 0, 700),
                new BlockBase(BlockKind.Agriculture, 0, 100, 10, 5450),
                new BlockBase(BlockKind.Lulucf, -3000, 0, 0, -3000),
                new BlockBase(BlockKind.Waste, 0, 50, 2, 1930),
            ],
        };
    }

    [Test]
    public void AllLeversZero_ReproduceTheBaseYearEveryYear()
    {
        var parts = new[] { RichPart("150621", false, 1, -6e6), RichPart("150622", false, 2, 2e6), RichPart("150600", true, 0.5, -1e5) };
        var scenario = Scenario(2030, Value("gdp_growth", 0), Value("energy_intensity_industry", 0), Value("coal_chemical_output", 0), Value("power_export_growth", 0),
            Path("coal_power_rate", 2020, 300), Path("grid_factor", 2020, 0.58), Path("renewable_hours", 2020, 2000),
            Path("steel_cap", 2020, 1000), Path("ccus_capture", 2020, 0));
        var model = Bind(scenario, Base(parts));
        var buffer = Central(model);
        int n = ScenarioIndicators.All.Count;
        Assert.Multiple(() =>
        {
            for (int area = 0; area < buffer.Areas; area++)
            {
                for (int y = 1; y < buffer.Years; y++)
                {
                    Assert.That(buffer.Co2e[buffer.At(area, y)], Is.EqualTo(buffer.Co2e[buffer.At(area, 0)]), $"area {area} year {y}");
                    Assert.That(buffer.Co2eIncludingLulucf[buffer.At(area, y)], Is.EqualTo(buffer.Co2eIncludingLulucf[buffer.At(area, 0)]));
                    Assert.That(buffer.TerritorialCo2[buffer.At(area, y)], Is.EqualTo(buffer.TerritorialCo2[buffer.At(area, 0)]));
                    for (int k = 0; k < n; k++)
                    {
                        double v0 = buffer.Indicators[buffer.At(area, 0) * n + k], v = buffer.Indicators[buffer.At(area, y) * n + k];
                        Assert.That(v, Is.EqualTo(v0).Within(Math.Abs(v0) * RelTol), $"{ScenarioIndicators.All[k]} area {area} year {y}");
                    }
                }
            }
            var detail = model.ProjectDetailed([]);
            foreach (var year in detail)
            {
                var first = detail.First(d => d.Region == year.Region && d.IsCityRest == year.IsCityRest);
                foreach (var (sector, co2) in year.Co2Tonnes)
                {
                    Assert.That(co2, Is.EqualTo(first.Co2Tonnes[sector]), $"{year.Region} {year.Year} {sector} CO2");
                    Assert.That(year.Ch4Tonnes[sector], Is.EqualTo(first.Ch4Tonnes[sector]));
                    Assert.That(year.N2oTonnes[sector], Is.EqualTo(first.N2oTonnes[sector]));
                }
                Assert.That(year.FuelTce, Is.EqualTo(first.FuelTce));
                Assert.That(year.ThermalGenerationKwh, Is.EqualTo(first.ThermalGenerationKwh));
            }
        });
    }

    [Test]
    public void BaseYear_TiesOutToTheBaseState()
    {
        // Part 150621: gross 7000 tce, coal 6500 tce (account's numerator), non-fossil 300 tce; GDP 10^9 yuan = 10^5 × 10^4 yuan.
        // energy_intensity gross = 7000 / 100000 = 0.07; non_fossil_excluded: (7000 − 300) / 100000 = 0.067; feedstock_excluded total = 7000 − 900 = 6100;
        // new_renewable_excluded total = 7000 − (1e6 − 8e5) × 3e-4 = 7000 − 60 = 6940, intensity still 0.07;
        // coal share = 6500 / 7000 = 92.857142857 %; non-fossil share = 300 / 7000 = 4.285714286 %;
        // electricity share of final = 2.6e6 × 1.229e-4 / 2500 = 319.54 / 2500 = 12.7816 %; industry intensity = 6000 / (5e8 / 1e4) = 0.12.
        // CO2 for target (grid 0.58 t/MWh): 14000 + (−6e6 × 0.58 / 1000) = 14000 − 3480 = 10520 t; per capita 10520 / 1e5 = 0.1052.
        var part = RichPart("150621", false, 1, -6e6);
        var model = Bind(Scenario(2025, Path("grid_factor", 2020, 0.58)), Base(part));
        var buffer = Central(model);
        int n = ScenarioIndicators.All.Count;
        double At(string indicator, string rule = "") => buffer.Indicators[buffer.At(1, 0) * n + Ind(indicator, rule)];
        Assert.Multiple(() =>
        {
            Assert.That(At(IntensityIndicators.EnergyTotal, "gross"), Is.EqualTo(7000));
            Assert.That(At(IntensityIndicators.EnergyIntensity, "gross"), Is.EqualTo(0.07).Within(1e-15));
            Assert.That(At(IntensityIndicators.EnergyIntensity, "non_fossil_excluded"), Is.EqualTo(0.067).Within(1e-15));
            Assert.That(At(IntensityIndicators.EnergyTotal, "feedstock_excluded"), Is.EqualTo(6100));
            Assert.That(At(IntensityIndicators.EnergyTotal, "new_renewable_excluded"), Is.EqualTo(6940).Within(1e-9));
            Assert.That(At(IntensityIndicators.EnergyIntensity, "new_renewable_excluded"), Is.EqualTo(0.07).Within(1e-15));
            Assert.That(At(IntensityIndicators.CoalShare), Is.EqualTo(92.857142857).Within(1e-8));
            Assert.That(At(IntensityIndicators.NonFossilShare), Is.EqualTo(4.285714286).Within(1e-8));
            Assert.That(At(IntensityIndicators.ElectricityShareFinal), Is.EqualTo(12.7816).Within(1e-9));
            Assert.That(At(IntensityIndicators.IndustryEnergyIntensity), Is.EqualTo(0.12).Within(1e-15));
            Assert.That(At(IntensityIndicators.Co2Target, "co2_national_grid"), Is.EqualTo(10520).Within(1e-9));
            Assert.That(At(IntensityIndicators.Co2PerCapita, "co2_region_grid"), Is.EqualTo(0.1052).Within(1e-15));
            Assert.That(At(IntensityIndicators.RenewableCapacity), Is.EqualTo(0.002));
        });
    }

    [Test]
    public void Indicators_DivisorZero_AreNaN()
    {
        // A part with no GDP, no people and no energy: every ratio is NaN, never 0 or Infinity.
        var part = Part("150622") with { GdpYuan = 0, Va1Yuan = 0, Va2Yuan = 0, Va3Yuan = 0, Population = 0 };
        var buffer = Central(Bind(Scenario(2022), Base(part)));
        int n = ScenarioIndicators.All.Count;
        Assert.Multiple(() =>
        {
            foreach (var (indicator, rule) in new[] { (IntensityIndicators.EnergyIntensity, "gross"), (IntensityIndicators.CoalShare, ""),
                (IntensityIndicators.Co2PerCapita, IntensityIndicators.Territorial), (IntensityIndicators.ElectricityShareFinal, "") })
            {
                Assert.That(buffer.Indicators[buffer.At(1, 1) * n + Ind(indicator, rule)], Is.NaN, indicator);
            }
        });
    }

    [Test]
    public void Power_RenewablesAndCoalRate_MatchHandNumbersAndFlagThermalZero()
    {
        // Industry all-electric: 10^9 kWh; GDP +10 %/a → 1.1e9 kWh in 2021, 1.21e9 in 2022. Consumption 1.2e9 (0.2e9 other uses held).
        // Thermal 1.5e9 kWh; capacity 1 GW × 2000 h = 2e9 kWh renewables; net export X_b = 1.5 + 2 − 1.2 = 2.3e9 held (growth 0).
        // Capacity from the inventory's 1 GW (2020) to 2 GW (2022): a point at the base year is refused (base from the inventory).
        // 2021: capacity 1.5 GW → R = 3e9 (ΔR = 1e9); ΔC = 0.1e9; T = 1.5e9 + 0.1e9 − 1e9 = 0.6e9 kWh.
        //   Coal of power: 4.5e5 tce × (0.6/1.5) × (290/300) = 174000 tce; CO2 1.197e6 × 0.4 × 29/30 = 462840 t.
        // 2022: capacity 2 GW → R = 4e9 (ΔR = 2e9); ΔC = 0.21e9; T = 1.5 + 0.21 − 2 = −0.29e9 → 0, flagged; power CO2 0.
        var part = Part("150622") with
        {
            Industry = Sector(electricityKwh: 1e9),
            ConsumptionKwh = 1.2e9,
            ThermalGenerationKwh = 1.5e9,
            RenewableCapacityGw = 1,
            Power = Sector(coal: 4.5e5, co2Coal: 1.197e6),
            Account = Account(netImportKwh: 1.2e9 - 3.5e9, renewableKwh: 1.2e9),
        };
        var scenario = Scenario(2022, Value("gdp_growth", 10), Path("renewable_capacity", 2022, 2), Path("renewable_hours", 2020, 2000),
            Path("coal_power_rate", 2020, 300, 2021, 290));
        var model = Bind(scenario, Base(part));
        var detail = model.ProjectDetailed([]).Where(d => !(d.Region == City)).ToList();
        var y2021 = detail.Single(d => d.Year == 2021);
        var y2022 = detail.Single(d => d.Year == 2022);
        Assert.Multiple(() =>
        {
            Assert.That(y2021.FinalElectricityKwh, Is.EqualTo(1.1e9).Within(1e-3));
            Assert.That(y2021.RenewableGenerationKwh, Is.EqualTo(3e9).Within(1e-3));
            Assert.That(y2021.ThermalGenerationKwh, Is.EqualTo(0.6e9).Within(1e-3));
            Assert.That(y2021.FuelTce.Coal, Is.EqualTo(174000).Within(1e-6));
            Assert.That(y2021.Co2Tonnes[ScenarioSector.Power], Is.EqualTo(462840).Within(1e-6));
            Assert.That(y2021.RenewableCapacityGw, Is.EqualTo(1.5).Within(1e-12));
            Assert.That(y2022.ThermalGenerationKwh, Is.EqualTo(0));
            Assert.That(y2022.Co2Tonnes[ScenarioSector.Power], Is.EqualTo(0));
            Assert.That(y2022.Flags.Select(Render), Has.Some.Contains("thermal generation reaches 0"));
            Assert.That(model.Flags.Select(Render), Has.Some.Contains("2022").And.Some.Contains("thermal generation reaches 0"));
            Assert.That(y2021.Flags.Select(Render), Has.None.Contains("thermal generation reaches 0"));
        });
    }

    private static string Render(LineText text)
    {
        using var scope = UiCulture.Use(UiCulture.English);
        return text.Render();
    }

    [Test]
    public void Caps_SteelCapSharedByBaseOutput_AndCcusCappedAtCoalChemicalCo2()
    {
        // Steel: base output 60 and 40 万吨 (6e5, 4e5 t), 2 t CO2/t; cap 120 万吨 shared 0.6 / 0.4 → 7.2e5 and 4.8e5 t; growth 10 %/a.
        // 2021: 6.6e5 and 4.4e5 (under the caps) → CO2 1.32e6 and 0.88e6. 2022: 7.26e5 > 7.2e5 → 7.2e5 (CO2 1.44e6); 4.84e5 > 4.8e5 → 0.96e6.
        // CCUS: coal-chemical CO2 1e6 and 3e6 t → shares 0.25 / 0.75; path 0 (2020), 100 万吨 (2021), 500 万吨 (2022).
        // 2021: 1e6 × 0.25 = 250000 and 750000 captured → 750000 and 2250000 t left.
        // 2022: 5e6 × 0.25 = 1.25e6 > 1e6 → capped at 1e6 (0 left); 3.75e6 > 3e6 → capped (0 left).
        RegionBase Make(string code, double steel, double cc) => Part(code) with
        {
            Outputs = new ProductOutputs(steel, null, null, null),
            Blocks = [new BlockBase(BlockKind.Steel, 2 * steel, 0, 0, 2 * steel), new BlockBase(BlockKind.CoalChemical, cc, 0, 0, cc)],
        };
        var scenario = Scenario(2022, Value("steel_output", 10), Path("steel_cap", 2020, 120), Path("ccus_capture", 2020, 0, 2021, 100, 2022, 500));
        var model = Bind(scenario, Base(Make("150621", 6e5, 1e6), Make("150622", 4e5, 3e6)));
        var detail = model.ProjectDetailed([]);
        ProjectedYear Y(string code, int year) => detail.Single(d => d.Region.Value == code && d.Year == year);
        Assert.Multiple(() =>
        {
            Assert.That(Y("150621", 2021).Co2Tonnes[ScenarioSector.Steel], Is.EqualTo(1.32e6).Within(1e-6));
            Assert.That(Y("150622", 2021).Co2Tonnes[ScenarioSector.Steel], Is.EqualTo(0.88e6).Within(1e-6));
            Assert.That(Y("150621", 2022).Co2Tonnes[ScenarioSector.Steel], Is.EqualTo(1.44e6).Within(1e-6));
            Assert.That(Y("150622", 2022).Co2Tonnes[ScenarioSector.Steel], Is.EqualTo(0.96e6).Within(1e-6));
            Assert.That(Y("150621", 2021).CcusTonnes, Is.EqualTo(250000).Within(1e-6));
            Assert.That(Y("150622", 2021).Co2Tonnes[ScenarioSector.CoalChemical], Is.EqualTo(2250000).Within(1e-6));
            Assert.That(Y("150621", 2022).CcusTonnes, Is.EqualTo(1e6));
            Assert.That(Y("150621", 2022).Co2Tonnes[ScenarioSector.CoalChemical], Is.EqualTo(0));
            Assert.That(Y("150622", 2022).Co2Tonnes[ScenarioSector.CoalChemical], Is.EqualTo(0));
            Assert.That(Y("150600", 2022).CcusTonnes, Is.EqualTo(4e6), "the city: 1e6 + 3e6");
            Assert.That(model.Flags.Select(Render), Has.Some.Contains("binds"));
            Assert.That(model.Flags.Select(Render), Has.Some.Contains("CCUS capture held"));
        });
    }

    [Test]
    public void Cap_OnAPartWithoutOutput_IsFlagged()
    {
        var known = Part("150621") with { Outputs = new ProductOutputs(6e5, null, null, null), Blocks = [new BlockBase(BlockKind.Steel, 1.2e6, 0, 0, 1.2e6)] };
        var unknown = Part("150622") with { Blocks = [new BlockBase(BlockKind.Steel, 5e5, 0, 0, 5e5)] };
        var model = Bind(Scenario(2022, Value("steel_output", 10), Path("steel_cap", 2020, 60)), Base(known, unknown));
        var detail = model.ProjectDetailed([]);
        Assert.Multiple(() =>
        {
            Assert.That(model.Flags.Select(Render), Has.Some.Contains("cap cannot act").And.Some.Contains("150622"));
            // The unknown part follows its growth rate: 5e5 × 1.1 = 550000 t in 2021; the known one is capped at 60 万吨 × 1 = 6e5 t → 1.2e6 t CO2.
            Assert.That(detail.Single(d => d.Region.Value == "150622" && d.Year == 2021).Co2Tonnes[ScenarioSector.Steel], Is.EqualTo(550000).Within(1e-6));
            Assert.That(detail.Single(d => d.Region.Value == "150621" && d.Year == 2021).Co2Tonnes[ScenarioSector.Steel], Is.EqualTo(1.2e6).Within(1e-6));
        });
    }

    [Test]
    public void Transport_RailShiftAndNev_MatchHandNumbers()
    {
        // Transport oil 1000 tce, 2100 t CO2, no electricity; GDP flat. 2025: rail share 20 → 60 %: Δρ = 40/80 = 0.5;
        // freight 50 % of transport energy: M = 1000 × 0.5 × 0.5 = 250 tce to rail, electricity 250 × 0.2 = 50 tce.
        // NEV 0 → 50 %: Δν = 0.5 of the remaining 750 → 375 tce removed, electricity 375 × 0.3 = 112.5 tce.
        // Fuel 1000 − 250 − 375 = 375 tce → CO2 2100 × 0.375 = 787.5 t; electricity 162.5 tce / 1.229e-4 = 1322213.18145 kWh.
        var part = Part("150622") with { Transport = Sector(oil: 1000, co2Oil: 2100) };
        var scenario = Scenario(2025, Path("rail_freight_share", 2020, 20, 2025, 60), Value("transport_freight_share", 50), Value("rail_energy_ratio", 0.2),
            Path("nev_share", 2020, 0, 2025, 50), Value("ev_energy_ratio", 0.3));
        var y2025 = Bind(scenario, Base(part)).ProjectDetailed([]).Single(d => d.Region.Value == "150622" && d.Year == 2025);
        Assert.Multiple(() =>
        {
            Assert.That(y2025.FuelTce.Oil, Is.EqualTo(375).Within(1e-9));
            Assert.That(y2025.Co2Tonnes[ScenarioSector.Transport], Is.EqualTo(787.5).Within(1e-9));
            Assert.That(y2025.FinalElectricityKwh, Is.EqualTo(1322213.18145).Within(1e-4));
        });
    }

    [Test]
    public void Industry_ElectrificationAndCoalToGas_MatchHandNumbers()
    {
        // Industry coal 800, gas 200 tce (2.6 and 1.6 t/tce: 2080 + 320 t), no electricity; GDP flat.
        // Electrification 0 → 10 % by 2025: ε = 0.1, electricity 0.1 × 1000 = 100 tce = 100 / 1.229e-4 = 813669.650122 kWh; fuel N = 900 tce.
        // Coal in final fuel 80 → 60 %: c = 0.8 − 0.2 = 0.6, g = 0.2 + 0.2 = 0.4 → coal 540, gas 360 tce;
        // CO2 540 × 2.6 + 360 × 1.6 = 1404 + 576 = 1980 t.
        var part = Part("150622") with { Industry = Sector(coal: 800, gas: 200, co2Coal: 2080, co2Gas: 320) };
        var scenario = Scenario(2025, Path("electrification", 2025, 10), Path("coal_share_final_fuel", 2025, 60));
        var y2025 = Bind(scenario, Base(part)).ProjectDetailed([]).Single(d => d.Region.Value == "150622" && d.Year == 2025);
        Assert.Multiple(() =>
        {
            Assert.That(y2025.FuelTce.Coal, Is.EqualTo(540).Within(1e-9));
            Assert.That(y2025.FuelTce.Gas, Is.EqualTo(360).Within(1e-9));
            Assert.That(y2025.Co2Tonnes[ScenarioSector.Industry], Is.EqualTo(1980).Within(1e-9));
            Assert.That(y2025.FinalElectricityKwh, Is.EqualTo(813669.650122).Within(1e-5));
        });
    }

    [Test]
    public void Uncertain_Setting_IsOneDimensionAndMovesTheProjection()
    {
        var model = Bind(Scenario(2021, [Uncertain("gdp_growth", 0, 10)], []), Base(IndustryCoalPart()));
        var buffer = model.NewBuffer();
        model.Project([0.2], buffer);
        // u = 0.2 of uniform(0, 10) = 2 %/a: 260 × 1.02 = 265.2 t.
        Assert.Multiple(() =>
        {
            Assert.That(model.Dimensions.Select(d => d.Name), Is.EqualTo(new[] { "gdp_growth" }));
            Assert.That(buffer.Co2e[buffer.At(0, 1)], Is.EqualTo(265.2).Within(1e-9));
            Assert.Throws<ArgumentException>(() => model.Project([], buffer));
        });
    }

    private static ScenarioBindException Refused(ScenarioDefinition scenario, ScenarioBase? baseState = null) =>
        Assert.Throws<ScenarioBindException>(() => Bind(scenario, baseState ?? Base(IndustryCoalPart())))!;

    [Test]
    public void Bind_LevelWithoutBasePoint_IsRefusedWithItsLocation()
    {
        var setting = Path("coal_power_rate", 2025, 300);
        var ex = Refused(Scenario(2030, setting));
        Assert.That(ex.Problems.Select(Render), Has.Some.Contains(setting.Location).And.Some.Contains("coal_power_rate").And.Some.Contains("2020"));
    }

    [Test]
    public void Bind_CapacityChangingWithoutHours_IsRefused()
    {
        var setting = Path("renewable_capacity", 2020, 1, 2025, 2);
        var ex = Refused(Scenario(2030, setting), Base(IndustryCoalPart() with { RenewableCapacityGw = 1 }));
        Assert.That(ex.Problems.Select(Render), Has.Some.Contains(setting.Location).And.Some.Contains("renewable_hours"));
    }

    [Test]
    public void Bind_RailAndNevWithoutRatios_AreRefused()
    {
        var rail = Path("rail_freight_share", 2020, 20, 2025, 60);
        var nev = Path("nev_share", 2020, 0, 2025, 50);
        var ex = Refused(Scenario(2030, rail, nev, Value("transport_freight_share", 50)));
        var text = ex.Problems.Select(Render).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(text, Has.Some.Contains(rail.Location).And.Some.Contains("rail_energy_ratio"));
            Assert.That(text, Has.Some.Contains(nev.Location).And.Some.Contains("ev_energy_ratio"));
            Assert.That(text, Has.None.Contains("[transport_freight_share], which"), "the ratio that is set is not named as missing");
        });
    }

    [Test]
    public void Bind_CapOnAProductNoPartReports_IsRefused()
    {
        var setting = Path("coke_cap", 2020, 100);
        var ex = Refused(Scenario(2030, setting));
        Assert.That(ex.Problems.Select(Render), Has.Some.Contains(setting.Location).And.Some.Contains("coke_t"));
    }

    [Test]
    public void Bind_CorrelationOfASettingNotUncertain_IsRefused()
    {
        var correlation = new LeverCorrelation("gdp_growth", "energy_intensity_industry", -0.4, "plan.toml:40:1");
        var ex = Refused(Scenario(2030, [Uncertain("gdp_growth", 3, 6), Value("energy_intensity_industry", 3)], [correlation]));
        Assert.That(ex.Problems.Select(Render), Has.Some.Contains("plan.toml:40:1").And.Some.Contains("energy_intensity_industry"));
    }

    [Test]
    public void Bind_CorrelationMatrixNotPositiveDefinite_IsRefused()
    {
        // ρ(a,b) = ρ(a,c) = 0.9, ρ(b,c) = −0.9: determinant 1 − 3 × 0.81 − 2 × 0.729 < 0.
        var ex = Refused(Scenario(2030, [Uncertain("gdp_growth", 3, 6), Uncertain("energy_intensity_industry", 1, 4), Uncertain("population_growth", 0, 1)],
            [new LeverCorrelation("gdp_growth", "energy_intensity_industry", 0.9, "plan.toml:41:1"),
             new LeverCorrelation("gdp_growth", "population_growth", 0.9, "plan.toml:45:1"),
             new LeverCorrelation("energy_intensity_industry", "population_growth", -0.9, "plan.toml:49:1")]));
        Assert.That(ex.Problems.Select(Render), Has.Some.Contains("plan.toml:41:1").And.Some.Contains("positive definite"));
    }

    [Test]
    public void Bind_CorrelationPositiveDefinite_IsAccepted()
    {
        var model = Bind(Scenario(2030, [Uncertain("gdp_growth", 3, 6), Uncertain("energy_intensity_industry", 1, 4)],
            [new LeverCorrelation("gdp_growth", "energy_intensity_industry", -0.4, "plan.toml:41:1")]), Base(IndustryCoalPart()));
        Assert.That(model.Dimensions, Has.Count.EqualTo(2));
    }

    [Test]
    public void Bind_RefusalIsInChinese()
    {
        var ex = Refused(Scenario(2030, Path("coal_power_rate", 2025, 300)));
        using var scope = UiCulture.Use(UiCulture.Chinese);
        Assert.That(ex.Problems[0].Render(), Does.Contain("基准年").And.Contain("煤电供电标准煤耗"));
    }

    [Test]
    public void City_IsTheSumOfItsPartsEveryYear()
    {
        var parts = new[] { RichPart("150621", false, 1, -6e6), RichPart("150622", false, 2, 2e6), RichPart("150600", true, 0.5, -1e5) };
        var scenario = Scenario(2035, Value("gdp_growth", 6), Value("energy_intensity_industry", 2), Path("electrification", 2030, 40),
            Path("renewable_capacity", 2030, 0.02), Path("renewable_hours", 2020, 2000), Value("coal_chemical_output", 4),
            Path("ccus_capture", 2020, 0, 2030, 0.1), Value("sink", 1));
        var model = Bind(scenario, Base(parts));
        var buffer = Central(model);
        Assert.Multiple(() =>
        {
            for (int y = 0; y < buffer.Years; y++)
            {
                double sum = 0, sumAll = 0, sumCo2 = 0;
                for (int p = 1; p < buffer.Areas; p++)
                {
                    sum += buffer.Co2e[buffer.At(p, y)];
                    sumAll += buffer.Co2eIncludingLulucf[buffer.At(p, y)];
                    sumCo2 += buffer.TerritorialCo2[buffer.At(p, y)];
                }
                Assert.That(buffer.Co2e[buffer.At(0, y)], Is.EqualTo(sum).Within(Math.Abs(sum) * RelTol));
                Assert.That(buffer.Co2eIncludingLulucf[buffer.At(0, y)], Is.EqualTo(sumAll).Within(Math.Abs(sumAll) * RelTol));
                Assert.That(buffer.TerritorialCo2[buffer.At(0, y)], Is.EqualTo(sumCo2).Within(Math.Abs(sumCo2) * RelTol));
            }
            Assert.That(buffer.Co2e[buffer.At(0, 15)], Is.Not.EqualTo(buffer.Co2e[buffer.At(0, 0)]), "the levers move the path");
        });
    }

    [Test]
    public void Project_AllocatesNothingOnceWarm()
    {
        var model = Bind(Scenario(2060, [Uncertain("gdp_growth", 2, 6), Value("energy_intensity_industry", 3), Uncertain("coal_chemical_output", 0, 4)], []),
            Base(RichPart("150621", false, 1, -6e6), RichPart("150622", false, 2, 2e6)));
        var buffer = model.NewBuffer();
        double[] u = [0.3, 0.7];
        model.Project(u, buffer);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            u[0] = (i + 0.5) / 100;
            model.Project(u, buffer);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // One small array a call would be at least 100 × 24 bytes; the runtime's own bookkeeping stays far below that.
        Assert.That(allocated, Is.LessThan(1024));
    }

    [Test]
    public void Electrification_BeyondOneHundredPercent_IsClampedAndFlagged()
    {
        // Industry 50 % electric (500 tce of coal, 500 tce = 4068348.25 kWh of electricity); the city path asks +60 points by 2022:
        // ε = 0.5 + 0.6 = 1.1 → held at 1: all 1000 tce electric, no coal left, and the clamp is flagged.
        var part = Part("150622") with { Industry = Sector(coal: 500, co2Coal: 1300, electricityKwh: 500 / Kcal) };
        var model = Bind(Scenario(2022, Path("electrification", 2022, 110)), Base(part));
        var y2022 = model.ProjectDetailed([]).Single(d => d.Region.Value == "150622" && d.Year == 2022);
        Assert.Multiple(() =>
        {
            Assert.That(y2022.FuelTce.Coal, Is.EqualTo(0).Within(1e-9));
            Assert.That(y2022.Co2Tonnes[ScenarioSector.Industry], Is.EqualTo(0).Within(1e-9));
            Assert.That(y2022.FinalElectricityKwh, Is.EqualTo(1000 / Kcal).Within(1e-3));
            Assert.That(model.Flags.Select(Render), Has.Some.Contains("held within its bounds").And.Some.Contains("electrification"));
        });
    }
}
