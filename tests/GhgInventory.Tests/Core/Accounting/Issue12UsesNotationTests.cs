using System.Text;
using System.Text.Json;
using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Data;
using GhgInventory.Data.Ingestion;
using GhgInventory.Reports;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting;

/// <summary>Issue 12, tester findings: transformation and feedstock rows under notation keys are never taken as 0 or dropped.</summary>
/// <remarks>
/// Factors as in <see cref="FuelUseAccountingTests"/>: cleaned coal NCV 26.334 GJ/t, CC 25.41 tC/TJ; coke NCV 28.435 GJ/t, CC 29.5 tC/TJ,
/// oxidation 0.93; raw coal NCV 20.908 GJ/t, CC 26.37 tC/TJ, oxidation 0.94; natural gas NCV 389.31 GJ/10^4 m3, CC 15.32 tC/TJ, oxidation 0.99.
/// </remarks>
[TestFixture]
public sealed class Issue12UsesNotationTests : FreshWorkspaceFixture
{
    private const double AbsTolTonnes = 0.01;
    private const string Header = "region,year,category,activity,value,unit,note,use";
    private static readonly RegionCode Zhungeer = RegionCode.Parse("150622");
    private static readonly RegionCode Etuoke = RegionCode.Parse("150624");

    [TestCase("NE")]
    [TestCase("C")]
    [TestCase("IE")]
    public void Issue12_CokeOvenWithAnOutputUnderAKey_IsNeNamingItWithTheUpperBound(string key)
    {
        // /tmp/tb/coke.db: coke 100 万吨 out of the ovens beside coke-oven gas not measured.
        Accept(
            "150622,2023,1.A.1.c.i,cleaned_coal,130,万吨,,transformation",
            "150622,2023,1.A.1.c.i,coke,100,万吨,,output",
            $"150622,2023,1.A.1.c.i,coke_oven_gas,{key},亿立方米,not measured,output",
            "150622,2023,1.A.2.a,coke,100,万吨,,");
        var (run, result) = workspace.Compile(2023, 2023, Zhungeer, GwpSet.Default, new CompileOptions());

        // The carbon of the gas is unknown: the oven's CO2 is NE, not the 113,881 t of coke alone.
        // Upper bound: C in = 1,300,000 t × 26.334 GJ/t × 0.02541 tC/GJ = 869,891.022 t C; known C out = 1,000,000 × 28.435 × 0.0295 = 838,832.5 t C;
        // (869,891.022 − 838,832.5) × 44/12 = 113,881.247 t CO2.
        var oven = result.Lines.Single(l => l.Category.Value == "1.A.1.c.i" && l.Gas == Gas.CO2 && l.Scope == EmissionScope.Territorial);
        Assert.That(oven.Notation, Is.EqualTo(NotationKey.NE));
        Assert.That(oven.MassTonnes, Is.Null);
        Assert.That(oven.Note, Does.Contain($"coke_oven_gas under {key} (not measured)").And.Contain("carbon out is unknown")
            .And.Contain("(869,891.022 − 838,832.5) × 44/12 = 113,881.247 t CO2"));
        Assert.That(result.Refusals, Is.Empty);

        var summary = workspace.Summarize(run, Zhungeer, 2023);
        // Only the coke burnt in steel has a number: 28,435,000 GJ × 0.0295 × 0.93 × 44/12 = 2,860,418.825 t CO2; the oven makes the total "+ NE".
        Assert.That(summary.Territorial.Co2Tonnes, Is.EqualTo(2_860_418.825).Within(AbsTolTonnes));
        Assert.That(Format.Cell(summary.ByCategory.Single(c => c.Category.Code.Value == "1.A.1.c.i").Totals.Co2), Is.EqualTo("NE"));
        Assert.That(Format.Cell(summary.ByCategory.Single(c => c.Category.Code.Value == "1").Totals.Co2), Is.EqualTo("2,860,419 + NE"));
    }

    [TestCase("NO")]
    [TestCase("NA")]
    public void Issue12_CokeOvenWithAnOutputUnderNoOrNa_CountsItAsNone(string key)
    {
        Accept(
            "150622,2023,1.A.1.c.i,cleaned_coal,130,万吨,,transformation",
            "150622,2023,1.A.1.c.i,coke,100,万吨,,output",
            $"150622,2023,1.A.1.c.i,coke_oven_gas,{key},亿立方米,none made,output");
        var (_, result) = workspace.Compile(2023, 2023, Zhungeer, GwpSet.Default, new CompileOptions());
        // No gas: the balance of coke alone, (869,891.022 − 838,832.5) × 44/12 = 113,881.247 t.
        var oven = result.Lines.Single(l => l.Category.Value == "1.A.1.c.i" && l.Gas == Gas.CO2);
        Assert.That(oven.MassTonnes, Is.EqualTo(113_881.247).Within(AbsTolTonnes));
    }

    [Test]
    public void Issue12_CokeOvenWithAnInputUnderNe_IsNe()
    {
        // A second input of unknown amount: the carbon in is unknown, so no figure (and no refusal) can be given.
        Accept(
            "150622,2023,1.A.1.c.i,cleaned_coal,130,万吨,,transformation",
            "150622,2023,1.A.1.c.i,raw_coal,NE,万吨,not reported,transformation",
            "150622,2023,1.A.1.c.i,coke,100,万吨,,output");
        var (_, result) = workspace.Compile(2023, 2023, Zhungeer, GwpSet.Default, new CompileOptions());
        var co2 = result.Lines.Where(l => l.Category.Value == "1.A.1.c.i" && l.Gas == Gas.CO2).ToList();
        Assert.That(co2.Select(l => l.Notation), Has.All.EqualTo(NotationKey.NE));
        Assert.That(co2.Select(l => l.MassTonnes), Has.All.Null);
        Assert.That(co2.Single(l => l.Activity == "cleaned_coal").Note, Does.Contain("raw_coal under NE (not reported)").And.Contain("carbon in is unknown"));
    }

    [Test]
    public void Issue12_FeedstockUnderNe_IsNeInTerritorialAndListedWithItsKeyInTheMemo()
    {
        // /tmp/tb/feed.db: raw coal 300 万吨 feedstock + 200 万吨 burnt; natural gas 5 亿立方米 burnt + a feedstock row NE.
        Accept(
            "150624,2023,1.A.2.c,raw_coal,300,万吨,,feedstock",
            "150624,2023,1.A.2.c,raw_coal,200,万吨,,",
            "150624,2023,1.A.2.c,natural_gas,NE,亿立方米,unknown,feedstock",
            "150624,2023,1.A.2.c,natural_gas,5,亿立方米,,");
        var (run, result) = workspace.Compile(2023, 2023, Etuoke, GwpSet.Default, new CompileOptions());

        var gasFeed = result.Lines.Where(l => l.Activity == "natural_gas" && l.Use == FuelUse.Feedstock).ToList();
        // Issue 15: a feedstock row under NE keeps NE in the territorial view with its own reason (it was IE, pointing at a balance that
        // did not exist).
        Assert.That(gasFeed.Where(l => l.Scope == EmissionScope.Territorial).Select(l => (l.Notation, l.Note)),
            Has.All.EqualTo(((NotationKey?)NotationKey.NE, "unknown")));
        Assert.That(gasFeed.Single(l => l.Scope == EmissionScope.Memo).Notation, Is.EqualTo(NotationKey.NE));

        var summary = workspace.Summarize(run, Etuoke, 2023);
        // Feedstock is in no total; with no 2.B balance its process emissions are unknown, so since issue 15 the total reads "+ NE". CO2 = burnt coal 2,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12
        // = 3,800,597.698 t + burnt gas 5 × 10^8 m3 × 0.038931 GJ/m3 × 0.0153 tC/GJ × 0.99 × 44/12 = 19,465,500 GJ → 297,822.15 t C → 1,081,094.405 t
        // = 4,881,692.102 t.
        Assert.That(summary.Territorial.Co2Tonnes, Is.EqualTo(4_881_692.102).Within(AbsTolTonnes));
        Assert.That(Format.Cell(summary.Territorial.Co2), Is.EqualTo("4,881,692 + NE"));

        var memo = summary.NonEnergyUse;
        Assert.That(memo.Select(u => u.Activity), Is.EqualTo(new[] { "natural_gas", "raw_coal" }));
        var gas = memo[0];
        Assert.That((gas.CarbonTonnes, gas.Co2UpperBoundTonnes, gas.Notation), Is.EqualTo(((double?)null, (double?)null, (NotationKey?)NotationKey.NE)));
        // Raw coal feedstock: 3,000,000 t × 20.908 GJ/t = 62,724,000 GJ × 0.02637 tC/GJ = 1,654,031.88 t C.
        Assert.That(memo[1].CarbonTonnes, Is.EqualTo(1_654_031.88).Within(AbsTolTonnes));
        Assert.That(memo[1].Notation, Is.Null);

        var names = new ReportNames(ReportLanguage.En, new Dictionary<string, ActivityDefinition>());
        using var json = new MemoryStream();
        JsonReport.Write(json, summary, names);
        using var doc = JsonDocument.Parse(json.ToArray());
        var row = doc.RootElement.GetProperty("memo_non_energy_use").GetProperty("by_activity")[0];
        Assert.That(row.GetProperty("activity").GetString(), Is.EqualTo("natural_gas"));
        Assert.That(row.GetProperty("carbon_t").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(row.GetProperty("notation").GetString(), Is.EqualTo("NE"));
        Assert.That(doc.RootElement.GetProperty("totals").TryGetProperty("CO2_incomplete", out _), Is.True);

        var table = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.No,
            ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            Out = new Spectre.Console.AnsiConsoleOutput(table),
        });
        console.Profile.Width = 200;
        TableReport.WriteNonEnergyUse(console, summary, names);
        var gasRow = table.ToString().Split('\n').Single(l => l.Contains("natural_gas", StringComparison.Ordinal));
        Assert.That(gasRow, Does.Contain("NE").And.Not.Contain(" 0 "));
    }

    [Test]
    public void Issue12_NeRowBesideANumberInTheSameSource_IsShownAsPlusNe_InTotalsAndControl()
    {
        // Two facilities of one source: 600 万吨 and a row NE. The NE part must not vanish into the 600.
        var result0 = ActivityFile.Ingest(workspace, "mix.csv", Encoding.UTF8.GetBytes("region,year,category,activity,value,unit,note,facility\n"
            + "150626,2023,1.A.2.a,raw_coal,600,万吨,,F1\n150626,2023,1.A.2.a,raw_coal,NE,万吨,not reported,F2\n"));
        Assert.That(result0.Accepted, Is.True, string.Join("\n", result0.Issues));
        var wushen = RegionCode.Parse("150626");
        var (run, result) = workspace.Compile(2023, 2023, wushen, GwpSet.Default, new CompileOptions());

        var summary = workspace.Summarize(run, wushen, 2023);
        // 6,000,000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 6,000,000 × 1.9002988488 = 11,401,793.09 t CO2, plus the NE part.
        Assert.That(summary.Territorial.Co2Tonnes, Is.EqualTo(11_401_793.09).Within(AbsTolTonnes));
        Assert.That(Format.Cell(summary.Territorial.Co2), Is.EqualTo("11,401,793 + NE"));

        // Against a control of 600 万吨 the sum of records is 6,000,000 t + NE: incomplete, not "agrees" (from the compile and from the store).
        var control = new GhgInventory.Core.Reporting.ControlTotal(wushen, 2023, "raw_coal", 600, "万吨", 1e4, "t", "bal", "ctl.csv:2");
        var regions = workspace.References.LoadRegions();
        foreach (var sources in new[] { result.Sources, workspace.Runs.LoadSources(run.Id, 2023) })
        {
            var check = GhgInventory.Core.Reporting.ControlReconciliation.Of(regions, wushen, 2023, [control], sources).Checks.Single();
            Assert.That(check.RecordsBase, Is.EqualTo(6_000_000).Within(1e-6));
            Assert.That(check.RecordsNotation, Is.EqualTo(new[] { NotationKey.NE }));
            Assert.That(check.Verdict, Is.EqualTo(GhgInventory.Core.Reporting.ControlVerdict.Incomplete));
        }
    }

    private void Accept(params string[] rows)
    {
        var result = ActivityFile.Ingest(workspace, "uses.csv", ActivityFile.Utf8WithHeader(Header, rows));
        Assert.That(result.Accepted, Is.True, string.Join("\n", result.Issues));
    }
}
