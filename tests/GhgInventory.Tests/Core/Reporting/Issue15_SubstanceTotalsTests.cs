using GhgInventory.Core.Accounting;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Reporting;
using GhgInventory.Data.ReferenceData;

namespace GhgInventory.Tests.Core.Reporting;

/// <summary>Issue 15: totals per substance, signed, with land use (3.B) apart and included, and memo items in no total — on lines built
/// here (the sector methods arrive with their branches).</summary>
[TestFixture]
public sealed class Issue15_SubstanceTotalsTests
{
    private const double AbsTolTonnes = 1e-9; // arithmetic only: a few additions of exact binary fractions or small integers

    internal static readonly RegionCode City = RegionCode.Parse("150600");
    internal static readonly RegionCode Dongsheng = RegionCode.Parse("150602");
    internal static readonly RegionCode Kangbashi = RegionCode.Parse("150603");

    internal static RegionTree Regions() => new([
        new Region(City, null, "鄂尔多斯市", "Ordos", null),
        new Region(Dongsheng, City, "东胜区", "Dongsheng", null),
        new Region(Kangbashi, City, "康巴什区", "Kangbashi", null),
    ]);

    internal static IReadOnlyDictionary<CategoryCode, Category> Categories()
    {
        (string Code, string? Parent, string Zh, string En)[] rows = [
            ("1", null, "能源活动", "Energy"), ("1.A", "1", "化石燃料燃烧", "Fuel combustion"), ("1.A.1", "1.A", "能源工业", "Energy industries"),
            ("1.A.1.a", "1.A.1", "公用电力与热力", "Public electricity and heat"), ("1.A.3", "1.A", "交通运输", "Transport"),
            ("1.A.3.a", "1.A.3", "民航", "Civil aviation"), ("1.A.3.a.i", "1.A.3.a", "国际航空", "International aviation"),
            ("2", null, "工业生产过程", "IPPU"), ("2.F", "2", "臭氧消耗物质替代品", "ODS substitutes"), ("2.F.1", "2.F", "制冷和空调", "Refrigeration"),
            ("3", null, "农业、林业和其他土地利用", "AFOLU"), ("3.B", "3", "土地利用", "Land"), ("3.B.1", "3.B", "林地", "Forest land"),
            ("3.B.1.a", "3.B.1", "林地仍为林地", "Forest land remaining"),
            ("4", null, "废弃物", "Waste"), ("4.A", "4", "固体废弃物处置", "Solid waste disposal"),
        ];
        return rows.ToDictionary(r => CategoryCode.Parse(r.Code),
            r => new Category(CategoryCode.Parse(r.Code), r.Parent is null ? null : CategoryCode.Parse(r.Parent), r.Zh, r.En));
    }

    internal static EmissionLine Line(RegionCode region, string category, string gas, double? mass, double? co2e, EmissionScope scope = EmissionScope.Territorial,
        NotationKey? key = null, int source = 0) =>
        new(source, region, 2020, CategoryCode.Parse(category), "test_activity", new Gas(gas), scope, mass, co2e, co2e is { } e && mass is { } m && m != 0 ? e / m : null,
            key, "test", LineText.Verbatim("test"), key is null ? null : LineText.Verbatim("no activity data"), []);

    /// <summary>The hand case of the brief, plus an HFC, an air pollutant, a memo bunker line and an NE line.</summary>
    internal static List<EmissionLine> HandLines() => [
        Line(Dongsheng, "1.A.1.a", "CO2", 100, 100, source: 1),          // 100 t CO2 × 1
        Line(Dongsheng, "1.A.1.a", "CH4", 2, 56, source: 1),             // 2 t CH4 × 28 (AR5) = 56
        Line(Dongsheng, "3.B.1.a", "CO2", -50, -50, source: 2),          // a removal: −50 t CO2
        Line(Kangbashi, "2.F.1", "HFC-134a", 0.1, 130, source: 3),       // 0.1 t HFC-134a × 1300 (AR5) = 130
        Line(Kangbashi, "1.A.1.a", "SO2", 5, null, source: 4),           // an air pollutant: mass, no CO2e
        Line(Kangbashi, "4.A", "CH4", null, null, key: NotationKey.NE, source: 5),
        Line(Dongsheng, "1.A.3.a.i", "CO2", 1000, 1000, EmissionScope.Memo, source: 6), // international aviation: memo only
    ];

    private static InventorySummary Summarize(IEnumerable<EmissionLine> lines, RegionCode region) =>
        new InventorySummarizer(Regions(), Categories(), isGreenhouse: SubstanceKinds.IsGreenhouse)
            .Summarize(1, region, 2020, new GwpSet("AR5"), lines, []);

    [Test]
    public void Summarize_HandCase_TotalsExcludingAndIncludingLulucf()
    {
        var t = Summarize(HandLines(), City).Territorial;
        using (Assert.EnterMultipleScope())
        {
            // Excluding LULUCF: 100 (CO2) + 56 (2 t CH4 × 28) + 130 (0.1 t HFC-134a × 1300) = 286 t CO2e; SO2 adds no CO2e.
            Assert.That(t.Co2e.Tonnes, Is.EqualTo(286).Within(AbsTolTonnes));
            // LULUCF: −50; including LULUCF: 286 − 50 = 236.
            Assert.That(t.Lulucf!.Co2e.Tonnes, Is.EqualTo(-50).Within(AbsTolTonnes));
            Assert.That(t.Co2eIncludingLulucf.Tonnes, Is.EqualTo(236).Within(AbsTolTonnes));
            // CO2: 100 without land, 100 − 50 = 50 with it; the 1000 t of the memo line is in neither.
            Assert.That(t.Co2.Tonnes, Is.EqualTo(100).Within(AbsTolTonnes));
            Assert.That(t.IncludingLulucf!.Co2.Tonnes, Is.EqualTo(50).Within(AbsTolTonnes));
            // CH4: 2 t with the NE of 4.A beside it: a lower bound.
            Assert.That(t.Ch4.Tonnes, Is.EqualTo(2).Within(AbsTolTonnes));
            Assert.That(t.Ch4.IncompleteBecause, Is.EqualTo(new[] { NotationKey.NE }));
            Assert.That(t.Co2e.IncompleteBecause, Is.EqualTo(new[] { NotationKey.NE }), "the NE CH4 of 4.A, not the SO2 without a GWP");
        }
    }

    [Test]
    public void Summarize_HandCase_EverySubstanceHasItsOwnTotal()
    {
        var t = Summarize(HandLines(), City).Territorial;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.Substances.Select(s => s.Gas.Code), Is.EqualTo(new[] { "CO2", "CH4", "HFC-134a", "SO2" }), "the three first, then by formula");
            Assert.That(t.For(new Gas("HFC-134a"))!.Mass.Tonnes, Is.EqualTo(0.1).Within(AbsTolTonnes));
            Assert.That(t.For(new Gas("HFC-134a"))!.Co2e!.Tonnes, Is.EqualTo(130).Within(AbsTolTonnes));
            Assert.That(t.For(new Gas("SO2"))!.Mass.Tonnes, Is.EqualTo(5).Within(AbsTolTonnes));
            Assert.That(t.For(new Gas("SO2"))!.Co2e, Is.Null, "an air pollutant has no CO2e, never 0");
        }
    }

    [Test]
    public void Summarize_HandCase_BannersCarryTheirOwnSplitTotals()
    {
        var s = Summarize(HandLines(), City);
        var dongsheng = s.ByRegion.Single(r => r.Region.Code == Dongsheng).Totals;
        var kangbashi = s.ByRegion.Single(r => r.Region.Code == Kangbashi).Totals;
        using (Assert.EnterMultipleScope())
        {
            // 东胜区: 100 + 56 = 156 excluding LULUCF, 156 − 50 = 106 including (the brief's hand case).
            Assert.That(dongsheng.Co2e.Tonnes, Is.EqualTo(156).Within(AbsTolTonnes));
            Assert.That(dongsheng.Co2eIncludingLulucf.Tonnes, Is.EqualTo(106).Within(AbsTolTonnes));
            // 康巴什区: 130 (HFC) with no land use: both 130.
            Assert.That(kangbashi.Co2e.Tonnes, Is.EqualTo(130).Within(AbsTolTonnes));
            Assert.That(kangbashi.Co2eIncludingLulucf.Tonnes, Is.EqualTo(130).Within(AbsTolTonnes));
            Assert.That(kangbashi.Lulucf!.Co2e.OnlyKey, Is.EqualTo(NotationKey.NE), "no land-use line: NE, never 0");
            Assert.That(kangbashi.Co2eIncludingLulucf.IncompleteBecause, Is.EqualTo(new[] { NotationKey.NE }));
            // City = banners, both ways: 156 + 130 = 286; 106 + 130 = 236.
            Assert.That(s.ByRegion.Sum(r => r.Totals.Co2e.Tonnes), Is.EqualTo(286).Within(AbsTolTonnes));
            Assert.That(s.ByRegion.Sum(r => r.Totals.Co2eIncludingLulucf.Tonnes), Is.EqualTo(236).Within(AbsTolTonnes));
        }
    }

    [Test]
    public void Summarize_HandCase_CategoryTotalsMixSigns()
    {
        var s = Summarize(HandLines(), City);
        var afolu = s.ByCategory.Single(c => c.Category.Code.Value == "3").Totals;
        var forest = s.ByCategory.Single(c => c.Category.Code.Value == "3.B.1.a").Totals;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(forest.Co2.Tonnes, Is.EqualTo(-50).Within(AbsTolTonnes), "a removal keeps its sign");
            Assert.That(afolu.Co2e.Tonnes, Is.EqualTo(-50).Within(AbsTolTonnes));
            Assert.That(s.ByCategory.Any(c => c.Category.Code.Value.StartsWith("1.A.3", StringComparison.Ordinal)), Is.False,
                "the bunker line is a memo item, in no category total");
            // Energy: 100 CO2 + 56 (CH4) = 156; SO2 has no CO2e.
            Assert.That(s.ByCategory.Single(c => c.Category.Code.Value == "1").Totals.Co2e.Tonnes, Is.EqualTo(156).Within(AbsTolTonnes));
        }
    }

    [Test]
    public void Summarize_MemoItems_ListedApartNeverInATotal()
    {
        var s = Summarize(HandLines(), City);
        var without = Summarize(HandLines().Where(l => l.Scope != EmissionScope.Memo), City);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s.Memo.Select(l => l.Category.Value), Is.EqualTo(new[] { "1.A.3.a.i" }));
            Assert.That(s.MemoTotals.Single(c => c.Category.Code.Value == "1.A.3.a.i").Totals.Co2.Tonnes, Is.EqualTo(1000).Within(AbsTolTonnes));
            // The totals with the memo line equal those without it, to the bit.
            Assert.That(s.Territorial.Co2eIncludingLulucf.Tonnes, Is.EqualTo(without.Territorial.Co2eIncludingLulucf.Tonnes));
            Assert.That(s.Territorial.Co2.Tonnes, Is.EqualTo(without.Territorial.Co2.Tonnes));
        }
    }

    [Test]
    public void Of_GreenhouseGasWithoutCo2e_LeavesTheCo2eTotalIncomplete()
    {
        // An HFC whose GWP the run's set lacks: its mass counts, its CO2e is missing, so the CO2e total says NE instead of hiding it.
        var t = GasTotals.Of([Line(Dongsheng, "2.F.1", "HFC-999", 1, null), Line(Dongsheng, "1.A.1.a", "CO2", 10, 10)], SubstanceKinds.IsGreenhouse);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.Co2e.Tonnes, Is.EqualTo(10).Within(AbsTolTonnes));
            Assert.That(t.Co2e.IncompleteBecause, Is.EqualTo(new[] { NotationKey.NE }));
            Assert.That(t.For(new Gas("HFC-999"))!.Co2e, Is.Null);
        }
    }
}
