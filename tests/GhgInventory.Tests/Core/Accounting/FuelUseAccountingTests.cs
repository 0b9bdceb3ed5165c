using Dapper;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting;

/// <summary>Issue 12 item 3: fuel used as feedstock is non-energy use (IE and a memo), transformation is a carbon balance against its outputs.</summary>
/// <remarks>
/// Hand calculations from the shipped factor library, each factor with its set:
/// cleaned coal (洗精煤, gbt-32151-2024 Table C.1): NCV 26.334 GJ/t, CC 25.41 tC/TJ;
/// coke (焦炭, china-provincial-2011 and gbt-32151-2024 Table C.1 alike): NCV 28.435 GJ/t, CC 29.5 tC/TJ, oxidation 0.93;
/// raw coal (原煤, china-provincial-2011): NCV 20,908 kJ/kg, CC 26.37 tC/TJ, oxidation 0.94; GB/T 2589 0.7143 kgce/kg.
/// </remarks>
[TestFixture]
public sealed class FuelUseAccountingTests : FreshWorkspaceFixture
{
    /// <summary>Results are compared to the cent of a tonne; the hand calculations below carry more digits.</summary>
    private const double AbsTolTonnes = 0.01;

    private const string UseHeader = "region,year,category,activity,value,unit,use";
    private static readonly RegionCode Zhungeer = RegionCode.Parse("150622");

    [Test]
    public void Issue12_CokeOven_IsACarbonBalanceAndTheCokeIsBurntWhereItIsUsed()
    {
        // The issue's case: 130 万吨 cleaned coal into coke ovens (1.A.1.c.i), 100 万吨 coke out of them, that coke burnt in steel (1.A.2.a).
        Accept(WithUse(
            "150622,2020,1.A.1.c.i,cleaned_coal,130,万吨,transformation",
            "150622,2020,1.A.1.c.i,coke,100,万吨,产出",
            "150622,2020,1.A.2.a,coke,100,万吨,"));
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());

        // C in  = 1,300,000 t × 26.334 GJ/t × 0.02541 tC/GJ = 34,234,200 GJ × 0.02541 = 869,891.022 t C
        // C out = 1,000,000 t × 28.435 GJ/t × 0.0295 tC/GJ  = 28,435,000 GJ × 0.0295  = 838,832.5 t C
        // oven CO2 = (869,891.022 − 838,832.5) × 44/12 = 31,058.522 × 44/12 = 113,881.247 t
        var oven = result.Lines.Where(l => l.Category.Value == "1.A.1.c.i").ToList();
        var ovenCo2 = oven.Single(l => l.Gas == Gas.CO2);
        Assert.That(ovenCo2.MassTonnes, Is.EqualTo(113_881.247).Within(AbsTolTonnes));
        Assert.That(ovenCo2.Method, Is.EqualTo(CarbonBalanceMethod.Name));
        Assert.That(ovenCo2.Arithmetic, Does.Contain("869,891.022 t C").And.Contain("838,832.5 t C").And.Contain("= 113,881.247 t"));
        // The factors as published: coke's NCV resolves to the provincial set's GB/T 2589 value 28,435 kJ/kg (= 28.435 GJ/t).
        Assert.That(ovenCo2.Factors.Select(f => (f.Parameter, f.Value, f.Unit)),
            Is.EqualTo(new[] { ("ncv", 26.334, "GJ/t"), ("carbon_content", 25.41, "tC/TJ"), ("ncv", 28435.0, "kJ/kg"), ("carbon_content", 29.5, "tC/TJ") }));
        Assert.That(oven.Where(l => l.Gas != Gas.CO2).Select(l => l.Notation), Has.All.EqualTo(NotationKey.NE));
        // The output row has no line of its own: only the input's three.
        Assert.That(oven.Select(l => l.Use), Has.All.EqualTo(FuelUse.Transformation));
        Assert.That(result.Sources.Single(s => s.Use == FuelUse.Output).ActivityBase, Is.EqualTo(1e6));

        // Coke burnt in steel: 28,435,000 GJ × 0.0295 × 0.93 × 44/12 = 2,860,418.825 t CO2.
        double steel = result.Lines.Single(l => l.Category.Value == "1.A.2.a" && l.Gas == Gas.CO2).MassTonnes!.Value;
        Assert.That(steel, Is.EqualTo(2_860_418.825).Within(AbsTolTonnes));
        // About 2,974,300 t in all (113,881.247 + 2,860,418.825 = 2,974,300.072), not the 5,731,059 t of burning the oven's coal as well.
        double co2 = result.Lines.Where(l => l.Scope == EmissionScope.Territorial && l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0);
        Assert.That(co2, Is.EqualTo(2_974_300.072).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue12_CokeOvenBalance_IsExplainedWithItsRecordsFactorsAndArithmetic()
    {
        Accept(WithUse(
            "150622,2020,1.A.1.c.i,cleaned_coal,130,万吨,加工转换",
            "150622,2020,1.A.1.c.i,coke,100,万吨,产品"));
        var (run, _) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        var traces = workspace.Explain(run, Zhungeer, 2020, CategoryCode.Parse("1.A.1.c.i"), null, Gas.CO2, 10);
        var text = new StringWriter();
        ExplainReport.Write(text, "150622 2020 1.A.1.c.i", traces, ExplainTotal.Of(traces.Select(t => t.Line).ToList()), new ReportNames(ReportLanguage.En, new Dictionary<string, ActivityDefinition>()));
        Assert.That(text.ToString(), Does.Contain("1.A.1.c.i cleaned_coal (cleaned_coal) CO2 [territorial, use transformation] = 113,881.247 t CO2")
            .And.Contain("C in = cleaned_coal 1,300,000 t × 26.334 GJ/t × 0.02541 tC/GJ = 869,891.022 t C")
            .And.Contain("C out = coke 1,000,000 t × 28.435 GJ/t × 0.0295 tC/GJ = 838,832.5 t C")
            .And.Contain("factor carbon_content = 29.5 tC/TJ"));
    }

    [Test]
    public void Issue12_FeedstockCoal_IsNotCombustionAndIsShownAsNonEnergyUse()
    {
        // 800 万吨 burnt, 200 万吨 used as chemical feedstock (原料) at 1.A.2.c.
        Accept(WithUse("150622,2020,1.A.2.c,raw_coal,800,万吨,combustion", "150622,2020,1.A.2.c,raw_coal,200,万吨,原料"));
        var (run, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());

        var feedstock = result.Lines.Where(l => l.Use == FuelUse.Feedstock).ToList();
        var territorial = feedstock.Where(l => l.Scope == EmissionScope.Territorial).ToList();
        Assert.That(territorial.Select(l => l.Gas.Code), Is.EquivalentTo(new[] { "CO2", "CH4", "N2O" }));
        // Issue 15: with no 2.B balance of the plant the feedstock's carbon is in no total: NE with the reason (it was IE pointing at nothing).
        Assert.That(territorial, Has.All.Matches<EmissionLine>(l => l.Notation == NotationKey.NE && l.MassTonnes == null && l.Note == NonEnergyUseMethod.IeReason));

        // Memo: C = 2,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ = 41,816,000 GJ × 0.02637 = 1,102,687.92 t C (no oxidation);
        // upper bound = 1,102,687.92 × 44/12 = 4,043,189.04 t CO2; energy 41,816,000 GJ = 2,000,000 t × 0.7143 tce/t = 1,428,600 tce.
        var memo = feedstock.Single(l => l.Scope == EmissionScope.Memo);
        Assert.That(memo.MassTonnes, Is.EqualTo(4_043_189.04).Within(AbsTolTonnes));
        Assert.That(memo.Arithmetic, Does.Contain("= 1,102,687.92 t C"));

        var summary = workspace.Summarize(run, Zhungeer, 2020);
        // Only the burnt 800 万吨: 8,000,000 t × 1.9002988488 t CO2/t = 15,202,390.79 t; the memo is in no total.
        Assert.That(summary.Territorial.Co2Tonnes, Is.EqualTo(15_202_390.79).Within(AbsTolTonnes));
        Assert.That(summary.ByCategory.Single(c => c.Category.Code.Value == "1.A.2.c").Totals.Co2Tonnes, Is.EqualTo(15_202_390.79).Within(AbsTolTonnes));
        var use = summary.NonEnergyUse.Single();
        Assert.That((use.Activity, use.CarbonTonnes!.Value, use.Co2UpperBoundTonnes!.Value), Is.EqualTo(("raw_coal", 1_102_687.92, 4_043_189.04)).Using(new TonnesComparer()));
        Assert.That(use.EnergyGj, Is.EqualTo(41_816_000).Within(AbsTolTonnes));
        Assert.That(summary.FeedstockEnergyTce, Is.EqualTo(1_428_600).Within(AbsTolTonnes));

        var names = new ReportNames(ReportLanguage.En, new Dictionary<string, ActivityDefinition>());
        using var json = new MemoryStream();
        JsonReport.Write(json, summary, names);
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToArray());
        var memoJson = doc.RootElement.GetProperty("memo_non_energy_use");
        Assert.That(memoJson.GetProperty("energy_gj").GetDouble(), Is.EqualTo(41_816_000).Within(AbsTolTonnes));
        var row = memoJson.GetProperty("by_activity")[0];
        Assert.That(row.GetProperty("carbon_t").GetDouble(), Is.EqualTo(1_102_687.92).Within(AbsTolTonnes));
        Assert.That(row.GetProperty("co2_upper_bound_t").GetDouble(), Is.EqualTo(4_043_189.04).Within(AbsTolTonnes));
        Assert.That(doc.RootElement.GetProperty("totals").GetProperty("CO2_t").GetDouble(), Is.EqualTo(15_202_390.79).Within(AbsTolTonnes));
        Assert.That(doc.RootElement.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("scope").GetString() == "memo"), Is.EqualTo(1));

        var table = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.No,
            ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            Out = new Spectre.Console.AnsiConsoleOutput(table),
        });
        console.Profile.Width = 200;
        TableReport.Write(console, summary, names);
        Assert.That(table.ToString(), Does.Contain("Non-energy use of fuels (feedstock)").And.Contain("4,043,189"));

        var csv = new StringWriter();
        CsvReport.Write(csv, summary, names, new Dictionary<CategoryCode, Category>());
        Assert.That(csv.ToString().Split('\n').Count(l => l.Contains(",CO2,memo,", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void Issue12_OutputWithoutTransformationInput_IsRefusedAtIngestWithItsLine()
    {
        string before = DatabaseDump.Content(workspace.Connection);
        var result = ActivityFile.Ingest(workspace, "coke.csv", WithUse(
            "150622,2020,1.A.2.a,coke,100,万吨,",
            "150622,2020,1.A.1.c.i,coke,100,万吨,output"));
        Assert.That(result.Accepted, Is.False);
        var issue = result.Issues.Single();
        Assert.That((issue.File, issue.Line, issue.Column), Is.EqualTo(("coke.csv", 3, "use")));
        Assert.That(issue.ToString(), Does.Contain("transformation input at 1.A.1.c.i"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue12_OutputsAddedToAStoredInput_AreAccepted()
    {
        // A correction that brings only the outputs composes over the stored input.
        Accept(WithUse("150622,2020,1.A.1.c.i,cleaned_coal,130,万吨,transformation"));
        Accept(WithUse("150622,2020,1.A.1.c.i,coke,100,万吨,output"), "outputs.csv");
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(result.Lines.Single(l => l.Gas == Gas.CO2).MassTonnes, Is.EqualTo(113_881.247).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue12_OutputsHoldingMoreCarbonThanInputs_AreRefusedAtIngestWithTheNumbers()
    {
        // 10 万吨 cleaned coal cannot make 100 万吨 coke: C in = 100,000 t × 26.334 × 0.02541 = 66,914.694 t C < C out 838,832.5 t C.
        string before = DatabaseDump.Content(workspace.Connection);
        var result = ActivityFile.Ingest(workspace, "ovens.csv", WithUse(
            "150622,2020,1.A.1.c.i,cleaned_coal,10,万吨,transformation",
            "150622,2020,1.A.1.c.i,coke,100,万吨,output"));
        Assert.That(result.Accepted, Is.False);
        var issue = result.Issues.Single();
        Assert.That((issue.File, issue.Line, issue.Column), Is.EqualTo(("ovens.csv", 3, "value")));
        Assert.That(issue.ToString(), Does.Contain("838,832.5 t C").And.Contain("66,914.694 t C").And.Contain("1.A.1.c.i (150622 2020)"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue12_AnInputCorrectedBelowItsOutputs_IsRefusedAtTheCorrectionsLine()
    {
        Accept(WithUse("150622,2020,1.A.1.c.i,cleaned_coal,130,万吨,transformation", "150622,2020,1.A.1.c.i,coke,100,万吨,output"));
        var result = ActivityFile.Ingest(workspace, "fix.csv", WithUse("150622,2020,1.A.1.c.i,cleaned_coal,10,万吨,transformation"));
        Assert.That(result.Accepted, Is.False);
        Assert.That((result.Issues.Single().File, result.Issues.Single().Line), Is.EqualTo(("fix.csv", 2)));
        Assert.That(result.Issues.Single().ToString(), Does.Contain("66,914.694 t C"));
    }

    [Test]
    public void Issue12_OutputsHoldingMoreCarbonThanInputs_RefuseTheCompileWithTheNumbers()
    {
        // Stored before this check existed (written here straight into the table): the compile refuses the balance, nothing stored.
        Accept(WithUse("150622,2020,1.A.1.c.i,cleaned_coal,130,万吨,transformation", "150622,2020,1.A.1.c.i,coke,100,万吨,output"));
        workspace.Connection.Execute("UPDATE activity_records SET value = 10, base_value = 100000 WHERE file_line = 2");
        string before = DatabaseDump.Content(workspace.Connection);
        var e = Assert.Throws<InvalidOperationException>(() => workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions()));
        Assert.That(e!.Message, Does.Contain("compile refused, nothing stored").And.Contain("838,832.5 t C").And.Contain("66,914.694 t C")
            .And.Contain("150622/2020 1.A.1.c.i"));
        Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before));
    }

    [Test]
    public void Issue12_TransformationInputWithoutOutputs_IsNotEstimatedSayingWhatToAdd()
    {
        Accept(WithUse("150622,2020,1.A.1.c.i,cleaned_coal,130,万吨,transformation"));
        var (_, result) = workspace.Compile(2020, 2020, Zhungeer, GwpSet.Default, new CompileOptions());
        Assert.That(result.Lines.Select(l => l.Gas.Code), Is.EquivalentTo(new[] { "CO2", "CH4", "N2O" }));
        Assert.That(result.Lines, Has.All.Matches<EmissionLine>(l => l.Notation == NotationKey.NE && l.MassTonnes == null));
        Assert.That(result.Lines[0].Note, Does.Contain("without outputs").And.Contain("use 'output'"));
    }

    [Test]
    public void Issue12_Demo2020_ShowsTheCoalChemicalFeedstockAsAMemoAndTheCokeOvensByBalance()
    {
        var sample = OrdosSample.Instance;
        var summary = sample.Workspace.Summarize(sample.Ar5Run, OrdosSample.City, 2020);
        // energy_2020.csv, rows with use feedstock (all at 1.A.2.c): raw coal 2,948.52 万吨 = 29,485,200 t, cleaned coal 175.46 万吨 = 1,754,600 t.
        // raw coal:     29,485,200 t × 20.908 GJ/t × 0.02637 tC/GJ = 16,256,486.929 t C
        // cleaned coal:  1,754,600 t × 26.334 GJ/t × 0.02541 tC/GJ =  1,174,085.221 t C
        // energy: 29,485,200 × 20.908 + 1,754,600 × 26.334 = 662,682,198 GJ; 29,485,200 × 0.7143 + 1,754,600 × 0.9 = 22,640,418.36 tce
        Assert.That(summary.NonEnergyUse.Select(u => u.Activity), Is.EqualTo(new[] { "cleaned_coal", "raw_coal" }));
        Assert.That(summary.NonEnergyUse.Select(u => u.CarbonTonnes), Is.EqualTo(new[] { 1_174_085.221, 16_256_486.929 }).Within(AbsTolTonnes));
        Assert.That(summary.FeedstockEnergyGj, Is.EqualTo(662_682_198).Within(1.0));
        Assert.That(summary.FeedstockEnergyTce, Is.EqualTo(22_640_418.36).Within(AbsTolTonnes));
        // Coke ovens (1.A.1.c.i, five banners): C in = 11,333,200 t cleaned coal × 26.334 × 0.02541; C out = 8,500,000 t coke × 28.435 × 0.0295
        // + 396,800 t tar × 33.453 × 0.022; (C in − C out) × 44/12 = 592,051.32 t CO2 over the five balances.
        double ovens = summary.Lines.Where(l => l.Method == CarbonBalanceMethod.Name && l.Gas == Gas.CO2).Sum(l => l.MassTonnes ?? 0);
        Assert.That(ovens, Is.EqualTo(592_051.32).Within(AbsTolTonnes));
    }

    private IngestResult Accept(byte[] content, string name = "uses.csv")
    {
        var result = ActivityFile.Ingest(workspace, name, content);
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
        return result;
    }

    private static byte[] WithUse(params string[] rows) => ActivityFile.Utf8WithHeader(UseHeader, rows);

    /// <summary>Compares (activity, carbon, CO2) tuples to the cent of a tonne.</summary>
    private sealed class TonnesComparer : IEqualityComparer<(string, double, double)>
    {
        public bool Equals((string, double, double) x, (string, double, double) y) =>
            x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) <= AbsTolTonnes && Math.Abs(x.Item3 - y.Item3) <= AbsTolTonnes;

        public int GetHashCode((string, double, double) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
