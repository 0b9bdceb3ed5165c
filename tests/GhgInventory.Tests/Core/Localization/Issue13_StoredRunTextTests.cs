using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.Storage;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Localization;

/// <summary>Issue 13 item 2 (Core): the notes, arithmetic and method of a stored run read in the language of whoever opens it.</summary>
/// <remarks>
/// Hand calculations from the shipped factor library (as in FuelUseAccountingTests and PowerAndHeatBridgeTests):
/// coke oven C in = 1,300,000 t cleaned coal × 26.334 GJ/t × 0.02541 tC/GJ = 869,891.022 t C; C out = 1,000,000 t coke × 28.435 GJ/t ×
/// 0.0295 tC/GJ = 838,832.5 t C; CO2 = 31,058.522 × 44/12 = 113,881.247 t. CHP: 15 亿kWh = 5,400,000 GJ, 1000 万GJ = 10,000,000 GJ:
/// electricity share 5.4 / 15.4 = 0.3506. 华北 grid factors are published to 2023, so 2024 under --grid-year none is NE.
/// </remarks>
[TestFixture]
public sealed class Issue13_StoredRunTextTests : FreshWorkspaceFixture
{
    private static readonly RegionCode Zhungeer = RegionCode.Parse("150622");

    /// <summary>准格尔旗 2024: diesel in road transport (no CH4/N2O factor: NE), electricity with no 2024 grid factor under --grid-year none,
    /// a coke oven (carbon balance), a CHP plant, feedstock (IE and a memo) and a row under NE with the user's own note.</summary>
    private static readonly string[] Rows =
    [
        "150622,2024,1.A.5,diesel,1000,t,,",
        "150622,2024,1.A.4.b,electricity,10000,万千瓦时,,",
        "150622,2024,1.A.1.c.i,cleaned_coal,130,万吨,transformation,",
        "150622,2024,1.A.1.c.i,coke,100,万吨,产出,",
        "150622,2024,1.A.1.a.ii,raw_coal,100,万吨,,",
        "150622,2024,1.A.1.a.ii,electricity_generation,15,亿千瓦时,,",
        "150622,2024,1.A.1.a.ii,heat_supply,1000,万吉焦,,",
        "150622,2024,1.A.2.c,raw_coal,5,万吨,feedstock,",
        "150622,2024,1.A.2.d,natural_gas,NE,,,未调查",
    ];

    private const string CokeOvenArithmeticEn = "CO2 = (C in − C out) × 44/12; C in = cleaned_coal 1,300,000 t × 26.334 GJ/t × 0.02541 tC/GJ = 869,891.022 t C; "
        + "C out = coke 1,000,000 t × 28.435 GJ/t × 0.0295 tC/GJ = 838,832.5 t C; CO2 = (869,891.022 − 838,832.5) × 44/12 = 113,881.247 t";

    private RunHeader CompileSample()
    {
        var result = ActivityFile.Ingest(workspace, "zhungeer-2024.csv", ActivityFile.Utf8WithHeader("region,year,category,activity,value,unit,use,note", Rows));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        return workspace.Compile(2024, 2024, Zhungeer, GwpSet.Default, new CompileOptions(GridYear: GridYearPolicy.None)).Run;
    }

    private static EmissionLine Line(IReadOnlyList<EmissionLine> lines, string category, string activity, Gas gas, EmissionScope scope = EmissionScope.Territorial) =>
        lines.Single(l => l.Category.Value == category && l.Activity == activity && l.Gas == gas && l.Scope == scope);

    [Test]
    public void Issue13_StoredRunReadInChinese_GivesChineseReasonsMethodsAndSplitWithNoEnglishSentence()
    {
        var run = CompileSample(); // compiled with the tests' English UI culture: what is stored must not depend on it
        using var _ = UiCulture.Use(UiCulture.Chinese);
        var lines = workspace.Runs.LoadLines(run.Id, 2024);
        var summary = workspace.Summarize(run, Zhungeer, 2024);

        var dieselCh4 = Line(lines, "1.A.5", "diesel", Gas.CH4);
        var electricity = Line(lines, "1.A.4.b", "electricity", Gas.CO2, EmissionScope.Indirect);
        var oven = Line(lines, "1.A.1.c.i", "cleaned_coal", Gas.CO2);
        var ovenCh4 = Line(lines, "1.A.1.c.i", "cleaned_coal", Gas.CH4);
        var userNe = Line(lines, "1.A.2.d", "natural_gas", Gas.CO2);
        var plant = summary.Bridge.Plants.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dieselCh4.Notation, Is.EqualTo(NotationKey.NE));
            Assert.That(dieselCh4.Note, Is.EqualTo("因子库中没有 1.A.5 中柴油的 CH4 排放因子"));
            Assert.That(dieselCh4.Arithmetic, Is.EqualTo("NE：因子库中没有 1.A.5 中柴油的 CH4 排放因子"));
            Assert.That(MethodNames.Of(dieselCh4.Method), Is.EqualTo("燃料燃烧排放因子法（部门法，IPCC 2006 第2卷第2章 式2.1）"));
            Assert.That(electricity.Note, Is.EqualTo("没有华北电网 2024 年的排放因子（--grid-year none：未采用 2023 年因子 0.6361 kgCO2/kWh）"));
            Assert.That(MethodNames.Of(electricity.Method), Does.StartWith("外购电力/热力间接排放"));
            Assert.That(oven.MassTonnes, Is.EqualTo(113_881.247).Within(0.01), "the number does not move");
            Assert.That(oven.Arithmetic, Does.Contain("投入碳 = 洗精煤 1,300,000 t × 26.334 GJ/t × 0.02541 tC/GJ = 869,891.022 tC")
                .And.Contain("产出碳 = 焦炭 1,000,000 t × 28.435 GJ/t × 0.0295 tC/GJ = 838,832.5 tC")
                .And.EndsWith("CO2 = (869,891.022 − 838,832.5) × 44/12 = 113,881.247 t"));
            Assert.That(MethodNames.Of(oven.Method), Does.StartWith("加工转换碳平衡法"));
            Assert.That(ovenCh4.Note, Is.EqualTo("加工转换（1.A.1.c.i）的 CH4 本版本未估算：碳平衡只给出 CO2"));
            Assert.That(userNe.Note, Is.EqualTo("未调查"), "the user's own note as written");
            // 100 万吨 raw coal: 1,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 1,900,298.849 t (InventoryCompilerTests)
            Assert.That(Line(lines, "1.A.1.a.ii", "raw_coal", Gas.CO2).Arithmetic,
                Is.EqualTo("CO2 = 活动水平 × 低位发热量 × 单位热值含碳量 × 碳氧化率 × 44/12 = 1,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 1,900,298.849 t"));
            Assert.That(plant.Name, Is.EqualTo("150622 2024 1.A.1.a.ii 公用电厂"));
            Assert.That(plant.ShareArithmetic, Is.EqualTo("按能量产出：电力分摊比例 = E_el / (E_el + E_heat) = 5,400,000 / (5,400,000 + 10,000,000) GJ = 0.3506"));
            Assert.That(summary.Bridge.Split.Label, Is.EqualTo("按能量产出"));
        }

        var texts = lines.SelectMany(l => new[] { l.Note, l.Arithmetic, MethodNames.Of(l.Method) })
            .Concat(summary.Bridge.Plants.SelectMany(p => new[] { p.Name, p.ShareArithmetic, p.Problem }))
            .Concat(summary.Bridge.Problems).Append(summary.Bridge.Split.Label).Where(t => t is not null).Distinct().ToList();
        Assert.That(texts.SelectMany(t => UntranslatedText.EnglishRuns(t).Select(run => $"{run}  ←  {t}")), Is.Empty);
    }

    [Test]
    public void Issue13_ExplainInChinese_NamesTheMethodAndTheReasonInChinese()
    {
        var run = CompileSample();
        using var _ = UiCulture.Use(UiCulture.Chinese);
        var traces = workspace.Explain(run, Zhungeer, 2024, CategoryCode.Parse("1.A.5"), "diesel", null, 5);
        using var writer = new StringWriter();
        ExplainReport.Write(writer, "150622 2024 1.A.5", traces, ExplainTotal.Of(traces.Select(t => t.Line).ToList()),
            new ReportNames(ReportLanguage.Zh, workspace.References.LoadActivities()));
        string text = writer.ToString();
        Assert.That(text, Does.Contain("方法: 燃料燃烧排放因子法（部门法，IPCC 2006 第2卷第2章 式2.1）")
            .And.Contain("-- NE: 因子库中没有 1.A.5 中柴油的 CH4 排放因子")
            .And.Not.Contain("fuel combustion").And.Not.Contain("emission factor for"));
    }

    [Test]
    public void Issue13_StoredRunReadInEnglish_ReadsAsBefore()
    {
        var run = CompileSample();
        using var _ = UiCulture.Use(UiCulture.English);
        var lines = workspace.Runs.LoadLines(run.Id, 2024);
        var summary = workspace.Summarize(run, Zhungeer, 2024);
        var oven = Line(lines, "1.A.1.c.i", "cleaned_coal", Gas.CO2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Line(lines, "1.A.5", "diesel", Gas.CH4).Note, Is.EqualTo("no CH4 emission factor for diesel in 1.A.5 in the factor library"));
            Assert.That(Line(lines, "1.A.5", "diesel", Gas.CH4).Arithmetic, Is.EqualTo("NE: no CH4 emission factor for diesel in 1.A.5 in the factor library"));
            Assert.That(Line(lines, "1.A.4.b", "electricity", Gas.CO2, EmissionScope.Indirect).Note,
                Is.EqualTo("no North China grid factor for 2024 (policy none: the 2023 factor 0.6361 kgCO2/kWh is not used)"));
            Assert.That(oven.Arithmetic, Is.EqualTo(CokeOvenArithmeticEn));
            Assert.That(Line(lines, "1.A.1.a.ii", "raw_coal", Gas.CO2).Arithmetic,
                Is.EqualTo("CO2 = AD × NCV × CC × OF × 44/12 = 1,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 1,900,298.849 t"));
            Assert.That(Line(lines, "1.A.1.a.ii", "raw_coal", Gas.CH4).Arithmetic, Is.EqualTo("CH4 = AD × NCV × EF = 1,000,000 t × 20.908 GJ/t × 1E-06 t/GJ = 20.908 t"));
            Assert.That(MethodNames.Of(oven.Method), Is.EqualTo(CarbonBalanceMethod.Name), "in English the method reads as it is stored");
            Assert.That(Line(lines, "1.A.2.c", "raw_coal", Gas.CO2).Note, Is.EqualTo(NonEnergyUseMethod.IeReason));
            Assert.That(Line(lines, "1.A.2.c", "raw_coal", Gas.CO2, EmissionScope.Memo).Arithmetic, Is.EqualTo(
                // 50,000 t × 20.908 GJ/t = 1,045,400 GJ; × 0.02637 tC/GJ = 27,567.198 t C; × 44/12 = 101,079.726 t; × 0.7143 tce/t = 35,715 tce
                "C = AD × NCV × CC = raw_coal 50,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 27,567.198 t C; CO2 upper bound = C × 44/12 = 101,079.726 t; "
                + "energy = 1,045,400 GJ (35,715 tce at 0.7143 tce/t)"));
            Assert.That(summary.Bridge.Plants.Single().ShareArithmetic,
                Is.EqualTo("energy output: electricity share = E_el / (E_el + E_heat) = 5,400,000 / (5,400,000 + 10,000,000) GJ = 0.3506"));
            Assert.That(summary.Bridge.Plants.Single().Name, Is.EqualTo("150622 2024 1.A.1.a.ii public plant"));
        }
    }

    [Test]
    public void Issue13_CompiledInChineseOrEnglish_StoresTheSameTextAndTheSameIdentity()
    {
        RunHeader english, chinese;
        var sample = ActivityFile.Ingest(workspace, "zhungeer-2024.csv", ActivityFile.Utf8WithHeader("region,year,category,activity,value,unit,use,note", Rows));
        Assert.That(sample.Accepted, Is.True);
        using (UiCulture.Use(UiCulture.English))
        {
            english = workspace.Compile(2024, 2024, Zhungeer, GwpSet.Default, new CompileOptions(GridYear: GridYearPolicy.None)).Run;
        }
        using (UiCulture.Use(UiCulture.Chinese))
        {
            chinese = workspace.Compile(2024, 2024, Zhungeer, GwpSet.Default, new CompileOptions(GridYear: GridYearPolicy.None)).Run;
        }
        const string Stored = "SELECT method || '|' || arithmetic || '|' || coalesce(note, '') FROM emission_lines WHERE run_id = @run ORDER BY id";
        var a = workspace.Connection.Query<string>(Stored, new { run = english.Id }).ToList();
        var b = workspace.Connection.Query<string>(Stored, new { run = chinese.Id }).ToList();
        Assert.That(english.Id, Is.Not.EqualTo(chinese.Id));
        Assert.That(b, Is.EqualTo(a), "the stored text does not depend on the language of the compile");
        Assert.That(a, Has.Count.EqualTo(17)); // 3 CHP coal, 3 coke oven, 4 feedstock (3 IE + memo), 3 NE natural gas, 3 diesel, 1 electricity
        Assert.That(chinese.InputsSha256, Is.EqualTo(english.InputsSha256), "a run's identity does not depend on the language");
        Assert.That(a.Where(t => t.Contains("因子库中没有", StringComparison.Ordinal) || t.Contains("emission factor for", StringComparison.Ordinal)), Is.Empty,
            "no rendered sentence is stored: reasons are keys and arguments");
    }

    [Test]
    public void Issue13_OldFormNotes_RenderAsStoredInEitherLanguage()
    {
        var run = CompileSample();
        // What the engine wrote before issue 13: plain English in note and arithmetic; and a text that looks like the new form but is broken.
        const string OldNote = "no 华北 (north_china) factor for 2024 (policy none: the 2023 factor 0.6361 kgCO2/kWh is not used)";
        const string Broken = "l10n:{\"k\":\"NoGasEf\",\"a\":[";
        workspace.Connection.Execute("""
            UPDATE emission_lines SET note = @OldNote, arithmetic = 'NE: ' || @OldNote
            WHERE run_id = @Id AND source_id IN (SELECT id FROM emission_sources WHERE activity = 'electricity')
            """, new { OldNote, run.Id });
        workspace.Connection.Execute("""
            UPDATE emission_lines SET note = @Broken
            WHERE run_id = @Id AND gas = 'CH4' AND source_id IN (SELECT id FROM emission_sources WHERE activity = 'diesel')
            """, new { Broken, run.Id });
        foreach (var culture in new[] { UiCulture.Chinese, UiCulture.English })
        {
            using var _ = UiCulture.Use(culture);
            var lines = workspace.Runs.LoadLines(run.Id, 2024);
            var electricity = Line(lines, "1.A.4.b", "electricity", Gas.CO2, EmissionScope.Indirect);
            Assert.That(electricity.Note, Is.EqualTo(OldNote), culture.Name);
            Assert.That(electricity.Arithmetic, Is.EqualTo("NE: " + OldNote), culture.Name);
            Assert.That(Line(lines, "1.A.5", "diesel", Gas.CH4).Note, Is.EqualTo(Broken), culture.Name + ": a text that does not decode reads as stored");
            Assert.That(() => workspace.Summarize(run, Zhungeer, 2024), Throws.Nothing);
        }
    }
}
