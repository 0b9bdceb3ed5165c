using GhgInventory.Core.Analysis;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Targets;

namespace GhgInventory.Tests.Data.Targets;

public class Issue14_TargetFileTests
{
    private static RegionTree Regions() => new(ReferenceDataLoader.ParseRegions(
        CsvTable.ReadBundled("regions/150600-ordos.csv", ReferenceDataLoader.RegionColumns, ReferenceDataLoader.RegionOptionalColumns)));

    private const string Header = "region,indicator,rule,base_year,target_year,kind,value,unit,source,note\n";

    [Test]
    public void Issue14_SampleTargets_ParseWithCityAndEveryBanner()
    {
        var targets = TargetFile.Read("targets.csv", BundledData.ReadAllBytes("samples/ordos/targets.csv"), Regions());
        var city = RegionCode.Parse("150600");
        var energy = targets.Single(t => t.Region == city && t.Indicator == "energy_intensity");
        Assert.Multiple(() =>
        {
            Assert.That(energy.Kind, Is.EqualTo(TargetKind.Change));
            Assert.That(energy.Value, Is.EqualTo(-16.5));
            Assert.That(energy.Rule, Is.EqualTo(Target.AnyRule));
            Assert.That((energy.BaseYear, energy.TargetYear), Is.EqualTo((2020, 2025)));
            Assert.That(energy.Location, Is.EqualTo("targets.csv:2"));
            // nine banners, each with the two illustrative intensity rows
            Assert.That(targets.Where(t => t.Region != city).Select(t => t.Region).Distinct().Count(), Is.EqualTo(9));
            Assert.That(targets.Where(t => t.Region != city).All(t => t.Note.Contains("illustrative", StringComparison.Ordinal)), Is.True);
            Assert.That(targets.Single(t => t.Indicator == "steel_capacity").Kind, Is.EqualTo(TargetKind.Reported));
            Assert.That(targets.All(t => t.Source.Length > 0), Is.True);
        });
    }

    [Test]
    public void Issue14_BadTargetRows_AreRefusedWithLineColumnFoundExpected()
    {
        string csv = Header
            + "150600,energy_intensity,*,2020,2025,decrease,-16.5,%,plan,\n"           // line 2: kind
            + "150600,coal_share,,2020,2025,at_most,,%,plan,\n"                        // line 3: value missing
            + "150600,co2_intensity,*,2020,2025,change,-17.5,t/10^4 yuan,plan,\n"      // line 4: unit of a change
            + "150699,co2_intensity,*,2020,2019,change,-17.5,%,,\n"                    // line 5: region, target year, source
            + "150622,energy_intensity,*,2020,2025,change,-16.5,%,plan,\n"
            + "准格尔旗,energy_intensity,*,2020,2025,change,-15,%,plan,\n";             // line 7: same target as line 6
        var e = Assert.Throws<InputRejectedException>(() => TargetFile.Read("t.csv", CsvTable.Utf8(csv), Regions()))!;
        var found = e.Issues.Select(i => (i.Line, i.Column, i.Found)).ToList();
        Assert.That(found, Is.EqualTo(new[]
        {
            (2, "kind", "decrease"), (3, "value", ""), (4, "unit", "t/10^4 yuan"),
            (5, "region", "150699"), (5, "target_year", "2019"), (5, "source", ""), (7, "indicator", "energy_intensity"),
        }));
        Assert.That(e.Issues[^1].Expected, Does.Contain("6"));
        Assert.That(e.Issues[0].ColumnNumber, Is.EqualTo(6));
    }

    [Test]
    public void Issue14_SampleBudgets_ParseInTonnes()
    {
        var budgets = BudgetFile.Read("budgets.csv", BundledData.ReadAllBytes("samples/ordos/budgets.csv"), Regions());
        var city = budgets.Single(b => b.Region == RegionCode.Parse("150600"));
        // 320000 万吨 = 320000 × 10^4 t = 3.2e9 t
        Assert.That(city.AllowedTonnes, Is.EqualTo(3.2e9));
        Assert.That((city.StartYear, city.EndYear, city.Basis), Is.EqualTo((2021, 2030, CarbonBudget.Territorial)));
        Assert.That(budgets.All(b => b.Note.Contains("illustrative", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void Issue14_BadBudgetRows_AreRefusedLocated()
    {
        string csv = "region,start_year,end_year,allowed,unit,basis,source,note\n"
            + "150600,2021,2030,100,Mt,territorial,x,\n"       // line 2: unit
            + "150622,2021,2025,-5,t,territorial,x,\n"         // line 3: allowed
            + "150622,2021,2025,5,t,territorial,x,\n"
            + "150622,2025,2030,5,t,territorial,x,\n";         // line 5: overlaps line 4 in 2025
        var e = Assert.Throws<InputRejectedException>(() => BudgetFile.Read("b.csv", CsvTable.Utf8(csv), Regions()))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Column)), Is.EqualTo(new[] { (2, "unit"), (3, "allowed"), (5, "start_year") }));
        Assert.That(e.Issues[^1].Expected, Does.Contain("4"));
    }
}
