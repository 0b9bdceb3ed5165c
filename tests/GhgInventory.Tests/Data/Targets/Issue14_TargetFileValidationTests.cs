using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Data.Targets;

namespace GhgInventory.Tests.Data.Targets;

/// <summary>The adversarial trial's target, budget and project files (issue 14): each refused at line, column, found, expected.</summary>
public sealed class Issue14_TargetFileValidationTests
{
    private static RegionTree Regions() => new(ReferenceDataLoader.ParseRegions(
        CsvTable.ReadBundled("regions/150600-ordos.csv", ReferenceDataLoader.RegionColumns, ReferenceDataLoader.RegionOptionalColumns)));

    private const string Header = "region,indicator,rule,base_year,target_year,kind,value,unit,source,note\n";

    [Test]
    public void Read_RulesSharesAndAbsurdValues_RefusedAtLineAndColumn()
    {
        string csv = Header
            + "150600,energy_intensity,bogus_rule,2020,2025,change,-16.5,%,plan,\n"  // line 2: not a documented rule
            + "150600,coal_share,gross,2020,2025,at_most,75,%,plan,\n"              // line 3: a rule on an indicator without rules
            + "150600,co2_intensity,,2020,2025,change,-17.5,%,plan,\n"              // line 4: blank rule where one is needed
            + "150600,coal_share,,2020,2030,at_most,175,%,plan,\n"                  // line 5: a share above 100 %
            + "150600,nonfossil_share,,2020,2025,at_least,-5,%,plan,\n"             // line 6: a share below 0
            + "150600,energy_intensity,*,2020,2030,change,1e300,%,plan,\n"          // line 7: an absurd change
            + "150600,energy_total,gross,2020,2025,cap,1e300,tce,plan,\n"           // line 8: an absurd level
            + "150600,co2_per_capita,territorial,2020,2025,at_most,20,t/person,plan,\n"; // line 9: valid (territorial is a rule here)
        var e = Assert.Throws<InputRejectedException>(() => TargetFile.Read("t.csv", CsvTable.Utf8(csv), Regions()))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Column, i.Found)), Is.EqualTo(new[]
        {
            (2, "rule", "bogus_rule"), (3, "rule", "gross"), (4, "rule", ""), (5, "value", "175"), (6, "value", "-5"), (7, "value", "1e300"), (8, "value", "1e300"),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(e.Issues[0].Expected, Does.Contain("non_fossil_excluded").And.Contain("*"));
            Assert.That(e.Issues[0].ColumnNumber, Is.EqualTo(3));
            Assert.That(e.Issues[2].Expected, Does.Contain("co2_national_grid").And.Contain("blank rule is refused"));
            Assert.That(e.Issues[3].Expected, Does.Contain("0 to 100 %"));
            Assert.That(e.Issues[5].Expected, Does.Contain("+1000"));
        });
    }

    [Test]
    public void Read_SameTargetForEveryRuleAndForOne_RefusedNamingBothLines()
    {
        // The trial's dupt2.csv: −16.5 % for every rule and −18 % for gross contradict each other for gross.
        string csv = Header
            + "150600,energy_intensity,*,2020,2025,change,-16.5,%,plan,\n"
            + "150600,energy_intensity,gross,2020,2025,change,-18,%,plan,\n";
        var e = Assert.Throws<InputRejectedException>(() => TargetFile.Read("t.csv", CsvTable.Utf8(csv), Regions()))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Column, i.Found)), Is.EqualTo(new[] { (3, "rule", "gross") }));
        Assert.That(e.Issues[0].Expected, Does.Contain("line 2").And.Contain("rule *").And.Contain("rule gross"));
    }

    [Test]
    public void Read_NoRuleColumn_RefusedForRuledIndicatorsAcceptedForOthers()
    {
        // Decision: no default rule is assumed; a file without the rule column can still set targets on indicators without rules.
        string csv = "region,indicator,base_year,target_year,kind,value,unit,source\n"
            + "150600,energy_intensity,2020,2025,change,-16.5,%,plan\n"
            + "150600,coal_share,2020,2025,at_most,75,%,plan\n";
        var e = Assert.Throws<InputRejectedException>(() => TargetFile.Read("t.csv", CsvTable.Utf8(csv), Regions()))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Column)), Is.EqualTo(new[] { (2, "indicator") }));
        var ok = TargetFile.Read("t.csv", CsvTable.Utf8("region,indicator,base_year,target_year,kind,value,unit,source\n150600,coal_share,2020,2025,at_most,75,%,plan\n"), Regions());
        Assert.That(ok.Single().Rule, Is.EqualTo(""));
    }

    [Test]
    public void Read_SampleTargets_StillAccepted()
    {
        Assert.That(TargetFile.Read("targets.csv", BundledData.ReadAllBytes("samples/ordos/targets.csv"), Regions()), Has.Count.EqualTo(34));
    }

    [Test]
    public void BudgetRead_UndocumentedBasis_Refused()
    {
        string csv = "region,start_year,end_year,allowed,unit,basis,source,note\n"
            + "150600,2026,2030,100000,万吨,bogus,plan,\n"
            + "150622,2026,2030,100000,万吨,co2_region_grid,plan,\n";
        var e = Assert.Throws<InputRejectedException>(() => BudgetFile.Read("b.csv", CsvTable.Utf8(csv), Regions()))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Column, i.Found)), Is.EqualTo(new[] { (2, "basis", "bogus") }));
        Assert.That(e.Issues[0].Expected, Does.Contain("territorial").And.Contain("co2_national_grid"));
    }

    [Test]
    public void ProjectRead_AbsurdTonnesAndDuplicateName_Refused()
    {
        string csv = "name,region,co2_t_per_year,source\n"
            + "P1,150622,1e300,s\n"       // line 2: above 10^8 t a year
            + "P2,150622,2000000,s\n"     // line 3: valid (2 Mt)
            + "P2,150624,100,s\n";        // line 4: the name of line 3 again
        var e = Assert.Throws<InputRejectedException>(() => ProjectFile.Read("p.csv", CsvTable.Utf8(csv), Regions()))!;
        Assert.That(e.Issues.Select(i => (i.Line, i.Column, i.Found)), Is.EqualTo(new[] { (2, "co2_t_per_year", "1e300"), (4, "name", "P2") }));
        Assert.That(e.Issues[0].Expected, Does.Contain("100,000,000 t"));
        Assert.That(e.Issues[1].Expected, Does.Contain("line 3"));
    }
}
