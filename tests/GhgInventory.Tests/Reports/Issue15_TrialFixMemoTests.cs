using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Reports;

/// <summary>Issue 15 trial, item 1: the memo of feedstock carbon says where the carbon is accounted (the coal-chemical balance's 2.B
/// category) or that no balance could be formed — never "not estimated" when the balance estimates it; item 5: the recalled status in Chinese.</summary>
/// <remarks>Factors as in Issue15_CoalChemicalBalanceTests: raw coal NCV 20.908 GJ/t, CC 0.02637 tC/GJ; methanol 0.375 tC/t.</remarks>
[TestFixture]
public sealed class Issue15_TrialFixMemoTests : FreshWorkspaceFixture
{
    private const string UseHeader = "region,year,category,activity,value,unit,use";
    private static readonly RegionCode Wushen = RegionCode.Parse("150626");

    [Test]
    public void Issue15_FeedstockInABalance_MemoSaysWhereItIsAccounted()
    {
        Accept(
            "150626,2020,2.B.8.a,raw_coal,1000,t,feedstock",
            "150626,2020,2.B.8.a,methanol,800,t,");
        var (run, _) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());
        var summary = workspace.Summarize(run, Wushen, 2020);

        // The memo keeps the carbon: 1,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 551.34396 t C; the balance of 2.B.8.a holds it.
        var use = summary.NonEnergyUse.Single();
        Assert.That(use.CarbonTonnes, Is.EqualTo(551.34396).Within(1e-6));
        Assert.That((use.BalancedIn, use.Unbalanced), Is.EqualTo((new[] { "2.B.8.a" }, false)).Using<(IReadOnlyList<string>, bool)>(
            (a, b) => a.Item1.SequenceEqual(b.Item1) && a.Item2 == b.Item2));
        string en = TableReport.NonEnergyCaption(summary.NonEnergyUse, new ReportNames(ReportLanguage.En, workspace.References.LoadActivities()));
        string zh = TableReport.NonEnergyCaption(summary.NonEnergyUse, new ReportNames(ReportLanguage.Zh, workspace.References.LoadActivities()));
        Assert.That(en, Does.Contain("accounted in IPPU 2.B.8.a by the coal-chemical carbon balance").And.Not.Contain("not estimated"));
        Assert.That(zh, Does.Contain("已由煤化工碳平衡计入工业生产过程 2.B.8.a").And.Not.Contain("未估算"));
    }

    [Test]
    public void Issue15_FeedstockWithoutProducts_MemoSaysNoBalanceCouldBeFormed()
    {
        Accept("150626,2020,2.B.8.a,raw_coal,1000,t,feedstock");
        var (run, _) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());
        var summary = workspace.Summarize(run, Wushen, 2020);

        var use = summary.NonEnergyUse.Single();
        Assert.That((use.BalancedIn.Count, use.Unbalanced), Is.EqualTo((0, true)));
        string zh = TableReport.NonEnergyCaption(summary.NonEnergyUse, new ReportNames(ReportLanguage.Zh, workspace.References.LoadActivities()));
        Assert.That(zh, Does.Contain("上列燃料未能形成碳平衡").And.Contain("该部分碳未估算").And.Not.Contain("本版本"));
    }

    [Test]
    public void Issue15_FeedstockInACombustionCategory_IsNeAndSaysNoBalanceCoversIt()
    {
        Accept("150626,2020,1.A.2.c,raw_coal,1000,t,feedstock");
        var (_, result) = workspace.Compile(2020, 2020, Wushen, GwpSet.Default, new CompileOptions());
        var ie = result.Lines.First(l => l.Activity == "raw_coal" && l.Scope == EmissionScope.Territorial);
        // No balance covers it, so its carbon is in no total: NE (issue 15 breaker: an IE here pointed at nothing).
        Assert.That(ie.Notation, Is.EqualTo(NotationKey.NE));
        using (UiCulture.Use(UiCulture.Chinese))
        {
            Assert.That(ie.Note, Does.Contain("未形成碳平衡").And.Not.Contain("本版本未估算"));
        }
    }

    [Test]
    public void Issue15_RecalledStatus_ReadsInChinese()
    {
        Assert.That(FactorStatusText.Render("UNVERIFIED (recalled)"), Is.EqualTo("UNVERIFIED (recalled)"), "English stays as stored");
        using var _ = UiCulture.Use(UiCulture.Chinese);
        Assert.That(FactorStatusText.Render("UNVERIFIED (recalled)"), Is.EqualTo("未核实（凭记忆）"));
        Assert.That(FactorStatusText.Render("UNVERIFIED (recalled); no transcription read"), Is.EqualTo("未核实（凭记忆）；未读到转录文本"));
    }

    [Test]
    public void Issue15_ExplainParameter_HasItsChineseName()
    {
        var activities = workspace.References.LoadActivities();
        var zh = new ReportNames(ReportLanguage.Zh, activities);
        var en = new ReportNames(ReportLanguage.En, activities);
        Assert.That(ExplainReport.ParameterWord("swds_doc", zh), Is.EqualTo("可降解有机碳 DOC"));
        Assert.That(ExplainReport.ParameterWord("coal_mining_ch4_ef", zh), Is.EqualTo("开采环节甲烷排放因子"));
        Assert.That(ExplainReport.ParameterWord("ncv", zh), Is.EqualTo("低位发热量"));
        Assert.That(ExplainReport.ParameterWord("swds_doc", en), Is.EqualTo("swds_doc"), "English explain keeps the identifier");
        Assert.That(ExplainReport.ParameterWord("grid_ef_ets", zh), Is.EqualTo("grid_ef_ets"), "no name known: the identifier, never blank");
    }

    private void Accept(params string[] rows)
    {
        var result = ActivityFile.Ingest(workspace, "trial.csv", ActivityFile.Utf8WithHeader(UseHeader, rows));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
    }
}
