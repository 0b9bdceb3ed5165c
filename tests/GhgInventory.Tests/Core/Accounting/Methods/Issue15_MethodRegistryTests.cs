using GhgInventory.Core.Accounting;
using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Core.Accounting.Methods;

/// <summary>The seams of issue 15: a method found by (category, kind, use) from routes, its group, notation lines, signed values, GWP by origin.</summary>
public sealed class Issue15_MethodRegistryTests : FreshWorkspaceFixture
{
    private static readonly RegionCode Banner = RegionCode.Parse("150622");

    /// <summary>A test method: each group's line is (sum of activity) × <see cref="Sign"/> t of CH4, non-fossil.</summary>
    private sealed class SumMethod(string key, MethodScope scope, double sign) : IEmissionMethod
    {
        public string Key => key;
        public string Label => "test method";
        public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string> { [Label] = "测试方法" };
        public MethodScope Scope => scope;
        public IReadOnlyList<Gas> Gases => [Gas.CH4];
        public IReadOnlyList<ParameterSpec> Reads => [];
        public int Calls { get; private set; }

        public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
        {
            Calls++;
            double sum = input.Group.Sum(s => s.ActivityBase) * sign;
            yield return MethodLines.Line(input.Source, context, Gas.CH4, sum, Label, LineText.Verbatim($"{sum}"), [], CarbonOrigin.NonFossil);
        }
    }

    private InventoryCompiler Compiler(GwpSet gwp, params (MethodRoute Route, IEmissionMethod Method)[] routes)
    {
        var regions = workspace.References.LoadRegions();
        var ids = workspace.Factors.ActiveSetIds();
        var context = new CombustionContext(new FactorResolver(workspace.Factors.LoadFactors(ids), regions), workspace.Factors.LoadGwp(ids), gwp, regions, new CompileOptions())
        {
            Methods = new MethodRegistry(routes.Select(r => r.Route), routes.Select(r => r.Method)),
        };
        var activities = new Dictionary<string, ActivityDefinition>(workspace.References.LoadActivities())
        {
            ["test_herd"] = new("test_herd", "试验畜群", "test herd", GhgInventory.Core.Units.Dimension.Count, ActivityKind.Livestock),
            ["test_area"] = new("test_area", "试验面积", "test area", GhgInventory.Core.Units.Dimension.Area, ActivityKind.Land),
        };
        return new InventoryCompiler(activities, context);
    }

    private static ActivityRecord Row(long id, string category, string activity, double value, NotationKey? key = null) =>
        new(id, Banner, 2020, CategoryCode.Parse(category), activity, value, Notation: key, Note: key is null ? null : "not surveyed");

    [Test]
    public void Compile_GroupMethod_IsCalledOncePerRegionYearCategory_WithEverySourceOfTheGroup()
    {
        var method = new SumMethod("test_sum", MethodScope.Group, 1);
        var compiler = Compiler(GwpSet.Default, (new MethodRoute(CategoryCode.Parse("3.A"), ActivityKind.Livestock, null, "test_sum"), method));
        // Two activities of one group: 3.A.1 test_herd 10 + test_area is Land (not routed) → NE "no method"; 3.A.2 another group.
        var result = compiler.Compile([Row(1, "3.A.1", "test_herd", 10), Row(2, "3.A.1", "test_herd", 5), Row(3, "3.A.2", "test_herd", 7), Row(4, "3.A.1", "test_area", 1)]);

        var lines = result.Lines.Where(l => l.Method == "test method").ToList();
        Assert.That(method.Calls, Is.EqualTo(2), "one call for 3.A.1, one for 3.A.2");
        // 10 + 5 = 15 t CH4 in 3.A.1 (the two rows are one source); 7 t in 3.A.2. AR5 CH4 GWP 28: 15 × 28 = 420.
        Assert.That(lines.Select(l => (l.Category.Value, l.MassTonnes, l.Co2eTonnes)), Is.EqualTo(new[] { ("3.A.1", (double?)15, (double?)420), ("3.A.2", 7, 196) }));
        Assert.That(result.Lines.Single(l => l.Activity == "test_area").Notation, Is.EqualTo(NotationKey.NE), "a Land activity with no route: NE, never 0");
    }

    [Test]
    public void Compile_NotationRowOfARoutedSource_GivesTheKeyOnEachGasOfTheMethod()
    {
        var compiler = Compiler(GwpSet.Default, (new MethodRoute(CategoryCode.Parse("3.A"), ActivityKind.Livestock, null, "test_sum"), new SumMethod("test_sum", MethodScope.Group, 1)));
        var line = compiler.Compile([Row(1, "3.A.1", "test_herd", 0, NotationKey.NE)]).Lines.Single();
        Assert.That((line.Gas, line.Notation, line.MassTonnes, line.Co2eTonnes), Is.EqualTo((Gas.CH4, (NotationKey?)NotationKey.NE, (double?)null, (double?)null)));
    }

    [Test]
    public void Compile_NegativeLine_InLandUse_IsKept_AndElsewhereThrows()
    {
        var removal = new SumMethod("test_removal", MethodScope.Source, -1);
        var compiler = Compiler(GwpSet.Default,
            (new MethodRoute(CategoryCode.Parse("3.B"), ActivityKind.Land, null, "test_removal"), removal),
            (new MethodRoute(CategoryCode.Parse("3.A"), ActivityKind.Land, null, "test_removal"), removal));
        var line = compiler.Compile([Row(1, "3.B.1.b", "test_area", 250)]).Lines.Single();
        // −250 t "CH4" × 28 = −7000 t CO2e: a removal keeps its sign.
        Assert.That((line.MassTonnes, line.Co2eTonnes), Is.EqualTo(((double?)-250, (double?)-7000)));
        Assert.Throws<InvalidOperationException>(() => compiler.Compile([Row(1, "3.A.1", "test_area", 250)]));
    }

    [Test]
    public void Compile_Ar6_PricesNonFossilMethaneAt27_AndFossilAt29Point8()
    {
        var compiler = Compiler(new GwpSet("AR6"), (new MethodRoute(CategoryCode.Parse("3.A"), ActivityKind.Livestock, null, "test_sum"), new SumMethod("test_sum", MethodScope.Group, 1)));
        var result = compiler.Compile([Row(1, "3.A.1", "test_herd", 10), new ActivityRecord(2, Banner, 2020, CategoryCode.Parse("1.A.1.a"), "raw_coal", 1_000_000)]);
        // AR6 Table 7.15: non-fossil CH4 27.0 → 10 t × 27.0 = 270 t CO2e.
        Assert.That(result.Lines.Single(l => l.Activity == "test_herd").Co2eTonnes, Is.EqualTo(270));
        // Fossil (fuel combustion): 10^6 t raw coal × 20.908 GJ/t × 1 kg/TJ = 20.908 t CH4 × 29.8 = 623.0584 t CO2e.
        Assert.That(result.Lines.Single(l => l.Activity == "raw_coal" && l.Gas == Gas.CH4).Co2eTonnes, Is.EqualTo(623.0584).Within(1e-9));
    }

    [Test]
    public void Registry_RouteToAMethodTheEngineLacks_IsRefusedWithTheLine()
    {
        var error = Assert.Throws<ArgumentException>(() => new MethodRegistry([new MethodRoute(CategoryCode.Parse("4.A"), ActivityKind.Waste, null, "no_such_method", 7)]));
        Assert.That(error!.Message, Does.Contain("methods.csv:7").And.Contain("no_such_method"));
    }

    [Test]
    public void Registry_LongestCategoryAndNamedUse_Win()
    {
        var broad = new SumMethod("broad", MethodScope.Source, 1);
        var narrow = new SumMethod("narrow", MethodScope.Source, 1);
        var registry = new MethodRegistry([new MethodRoute(CategoryCode.Parse("2"), ActivityKind.Production, null, "broad"),
            new MethodRoute(CategoryCode.Parse("2.A.1"), ActivityKind.Production, null, "narrow")], [broad, narrow]);
        var product = new ActivityDefinition("clinker", "熟料", "clinker", GhgInventory.Core.Units.Dimension.Mass, ActivityKind.Production);
        Assert.That(registry.Find(CategoryCode.Parse("2.A.1"), product, FuelUse.Combustion)?.Key, Is.EqualTo("narrow"));
        Assert.That(registry.Find(CategoryCode.Parse("2.A.2"), product, FuelUse.Combustion)?.Key, Is.EqualTo("broad"));
        Assert.That(registry.Find(CategoryCode.Parse("1.B"), product, FuelUse.Combustion), Is.Null);
    }
}
