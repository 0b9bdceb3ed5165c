using System.Globalization;
using System.Text;

namespace GhgInventory.Benchmarks;

/// <summary>
/// The facility rows of the sectors other than fuel combustion (issue 15) for <c>generate --sectors all</c>: coal mines by class with
/// their methane recovery (1.B.1.a), gas-field throughput (1.B.2.b), mineral, chemical and metal products (2.A, 2.B.1, 2.B.5, 2.C),
/// coal-chemical plants with feedstock and products (2.B.8, 2.B.10), F-gases (2.F, 2.G), herds (3.A), N applied (3.C.4), rice (3.C.7),
/// land (3.B), landfill sites with their deposits of every year 2000–2023 (4.A), and the memo and biomass fuels of 1.A. Each draw is
/// one facility and writes one row or a bundle (a plant's feedstock then its products, a mine's output then its recovery, a site's
/// deposits year by year), so that the balances a method checks hold by construction in every region: products carry well under
/// the carbon of their feedstock, recovery well under the mine's emission. Values are illustrative, not statistics.
/// </summary>
internal static class SectorRows
{
    /// <summary>The first year of a landfill site's deposits: the decay of 4.A in 2023 reads every year from it on.</summary>
    public const int FirstDepositYear = 2000;

    /// <summary>A row: region index, year, category, activity, value in hundredths, unit, use ("" for none).</summary>
    public readonly record struct Row(int Year, string Category, string Activity, long Cents, string Unit, string Use);

    // Sectors by facility draws (2,912 of every 9,912; energy rows are the other 7,000; about 190 landfill sites in a million rows): what a city inventory's facility and
    // farm registers hold in proportion, fuel combustion first, then herds and soils, land parcels and plants.
    private static readonly Weighted<Func<SplitMix64Box, List<Row>>> Sectors = new(
        (EnergyMemo, 100),
        (CoalMine, 250),
        (GasSystem, 100),
        (MineralsChemicalsMetals, 400),
        (CoalChemicalPlant, 150),
        (FluorinatedGases, 300),
        (Herd, 800),
        (SoilNitrogen, 400),
        (Rice, 10),
        (LandParcel, 400),
        (LandfillSite, 2));

    /// <summary>Energy rows' weight beside the 1000 of <see cref="Sectors"/>'s total (300): 700 of 1000 draws are fuel combustion.</summary>
    public const int EnergyWeight = 7000;

    /// <summary>The total weight of the non-energy sectors.</summary>
    public const int SectorWeight = 2912;

    /// <summary>The rows of one non-energy facility.</summary>
    public static List<Row> Draw(ref SplitMix64 rng)
    {
        var box = new SplitMix64Box(rng);
        var rows = Sectors.Items[Sectors.Pick(ref box.Rng)](box);
        rng = box.Rng;
        return rows;
    }

    private static List<Row> One(string category, string activity, long cents, string unit) => [new(2023, category, activity, cents, unit, "")];

    private static List<Row> EnergyMemo(SplitMix64Box r) => r.Pick(4, 2, 3, 3) switch
    {
        0 => One("1.A.3.a.i", "kerosene", r.Cents(0, 1, 3, 2), "吨"),        // international aviation bunkers (memo)
        1 => One("1.A.3.d.i", "fuel_oil", r.Cents(0, 2, 2), "吨"),           // international navigation bunkers (memo)
        2 => One("1.A.4.b", "firewood", r.Cents(0, 2, 3, 1), "吨"),          // biomass CO2 memo, CH4 and N2O in the total
        _ => One("1.A.4.b", "straw", r.Cents(0, 2, 3, 1), "吨"),
    };

    private static List<Row> CoalMine(SplitMix64Box r)
    {
        // Ordos mines are mostly surface and low-gas; coal output 1–999.99 万吨 a mine.
        var cls = r.Pick(60, 35, 5);
        var activity = cls switch { 0 => "coal_mined_surface", 1 => "coal_mined_underground_low_gas", _ => "coal_mined_underground_high_gas" };
        var coal = r.Cents(0, 4, 4, 2);
        var rows = One("1.B.1.a", activity, coal, "万吨");
        if (cls > 0 && r.Pick(70, 30) == 1)
        {
            // Recovery of pure CH4 in 万立方米: at most a tenth of the output in 万吨, against at least 10 m3/t (10 × the output) emitted
            // by an underground mine (IPCC 2006 Vol 2 Ch 4 Tier 1, ipcc-2006-fugitive): always under the mining lines it reduces.
            rows.Add(new(2023, "1.B.1.a", r.Pick(2, 1) == 0 ? "coal_mine_methane_utilized" : "coal_mine_methane_flared", Math.Max(1, coal / 10), "万立方米", ""));
        }
        return rows;
    }

    private static List<Row> GasSystem(SplitMix64Box r) => r.Pick(3, 1, 2, 4) switch
    {
        0 => One("1.B.2.b", "natural_gas_produced", r.Cents(-1, 3, 3, 1), "亿立方米"),   // Sulige gas-field blocks
        1 => One("1.B.2.b", "natural_gas_processed", r.Cents(-1, 2, 3, 1), "亿立方米"),
        2 => One("1.B.2.b", "natural_gas_transmitted", r.Cents(-1, 2, 3), "亿立方米"),
        _ => One("1.B.2.b", "natural_gas_distributed", r.Cents(0, 2, 4, 2), "万立方米"),
    };

    private static readonly (string Category, string Activity, int Weight)[] Products =
    [
        ("2.A.1", "clinker", 8), ("2.A.2", "lime_high_calcium", 4), ("2.A.2", "lime_dolomitic", 1), ("2.A.3", "glass", 1),
        ("2.A.4", "carbonate_limestone", 2), ("2.B.1", "ammonia_coal_feed", 2), ("2.B.1", "ammonia_gas_feed", 1),
        ("2.B.5", "calcium_carbide", 6), ("2.B.5", "calcium_carbide_to_acetylene", 2), ("2.C.1", "steel_eaf", 1), ("2.C.1", "steel_bof", 1),
        ("2.C.2", "ferrosilicon_75", 6), ("2.C.2", "silicomanganese", 4), ("2.C.2", "silicon_metal", 2), ("2.C.2", "ferromanganese_high_carbon", 1),
    ];

    private static readonly Weighted<(string Category, string Activity)> ProductPick = new([.. Products.Select(p => ((p.Category, p.Activity), p.Weight))]);

    private static List<Row> MineralsChemicalsMetals(SplitMix64Box r)
    {
        var (category, activity) = ProductPick.Items[ProductPick.Pick(ref r.Rng)];
        return One(category, activity, r.Cents(-1, 3, 4, 2), "万吨"); // 0.10–99.99 万吨 a plant
    }

    private static List<Row> CoalChemicalPlant(SplitMix64Box r)
    {
        // Feedstock raw coal 1–999.99 万吨 (use feedstock) first, then the products, in 万吨 (SNG in 万立方米), carrying a fraction of its carbon
        // (raw coal about 0.55 tC/t): methanol 0.3 t/t × 0.375 tC/t = 0.11; olefins (0.08 + 0.07) × 0.857 = 0.13; glycol 0.25 × 0.387 = 0.10;
        // SNG 100 万m3 per 万吨 × 0.4993 kgC/m3 = 0.05 tC per t coal. The balance closes with most carbon emitted, as in coal chemistry.
        var coal = r.Cents(0, 3, 5, 2);
        long Part(long per1000) => Math.Max(1, coal * per1000 / 1000);
        return r.Pick(4, 3, 2, 1) switch
        {
            0 => [new(2023, "2.B.8.a", "raw_coal", coal, "万吨", "feedstock"), new(2023, "2.B.8.a", "methanol", Part(300), "万吨", "")],
            1 => [new(2023, "2.B.8.b", "raw_coal", coal, "万吨", "feedstock"), new(2023, "2.B.8.b", "ethylene", Part(80), "万吨", ""),
                new(2023, "2.B.8.b", "propylene", Part(70), "万吨", "")],
            2 => [new(2023, "2.B.10.a", "raw_coal", coal, "万吨", "feedstock"), new(2023, "2.B.10.a", "ethylene_glycol", Part(250), "万吨", "")],
            _ => [new(2023, "2.B.10.c", "raw_coal", coal, "万吨", "feedstock"), new(2023, "2.B.10.c", "synthetic_natural_gas", Part(100_000), "万立方米", "")],
        };
    }

    private static List<Row> FluorinatedGases(SplitMix64Box r) => r.Pick(4, 3, 3, 3) switch
    {
        // Emitted refrigerant and SF6 of an enterprise or substation, 0.01–99.99 吨.
        0 => One("2.F.1.a", "r410a_emitted", r.Cents(-2, 3, 3, 1), "吨"),
        1 => One("2.F.1.a", "hfc_134a_emitted", r.Cents(-2, 3, 3, 1), "吨"),
        2 => One("2.F.1.b", "hfc_134a_emitted", r.Cents(-2, 3, 3, 1), "吨"),
        _ => One("2.G.1.b", "sf6_emitted", r.Cents(-2, 3, 2), "吨"),
    };

    private static readonly Weighted<(string Activity, string Unit)> Species = new(
        (("sheep", "只"), 30), (("goats", "只"), 20), (("beef_cattle", "头"), 10), (("dairy_cattle", "头"), 5), (("pigs", "头"), 10),
        (("poultry", "只"), 10), (("horses", "匹"), 2), (("donkeys", "头"), 1), (("mules", "头"), 1), (("camels", "峰"), 1));

    private static List<Row> Herd(SplitMix64Box r)
    {
        var (activity, unit) = Species.Items[Species.Pick(ref r.Rng)];
        return One("3.A", activity, r.Cents(1, 3, 4, 2) / 100 * 100, unit); // a farm's or household's annual average head, whole animals
    }

    private static List<Row> SoilNitrogen(SplitMix64Box r) => r.Pick(5, 3, 2) switch
    {
        0 => One("3.C.4", "synthetic_n", r.Cents(-1, 2, 4, 2), "吨"),
        1 => One("3.C.4", "manure_n_applied", r.Cents(-1, 2, 4, 1), "吨"),
        _ => One("3.C.4", "crop_residue_n", r.Cents(-1, 3, 3), "吨"),
    };

    private static List<Row> Rice(SplitMix64Box r) => One("3.C.7", "rice_area", r.Cents(0, 3, 2), "公顷");

    private static List<Row> LandParcel(SplitMix64Box r) => r.Pick(5, 3, 5, 2, 1) switch
    {
        // A forest compartment (小班) or grassland parcel.
        0 => One("3.B.1.a", "forest_area", r.Cents(0, 2, 4, 2), "公顷"),
        1 => One("3.B.1.b", "afforested_area", r.Cents(0, 3, 4, 1), "亩"),
        2 => One("3.B.3.a", "grassland_area", r.Cents(1, 3, 4, 2), "亩"),
        3 => One("3.B.3.b", "grassland_established_area", r.Cents(0, 3, 3), "亩"),
        _ => One("3.B.1.a", "wood_removals", r.Cents(0, 3, 2), "立方米"),
    };

    private static List<Row> LandfillSite(SplitMix64Box r)
    {
        // A site's municipal solid waste deposited every year from 2000 to 2023, growing about 5 % a year, 0.10–99.99 万吨; managed
        // (4.A.1) or unmanaged (4.A.3); a managed site recovering methane in 2023 recovers under 1 t of CH4 for every 1,000 t it takes in a
        // year, well under what decay generates (about 0.2 DOC × 0.5 DOCf × 0.5 F × 16/12 × 1 MCF: 67 t CH4 per 1,000 t at equilibrium).
        var category = r.Pick(4, 1) == 0 ? "4.A.1" : "4.A.3";
        var first = r.Cents(-1, 3, 4, 1);
        var rows = new List<Row>(25);
        long cents = first;
        for (int year = FirstDepositYear; year <= 2023; year++)
        {
            rows.Add(new(year, category, "msw", cents, "万吨", ""));
            cents = Math.Max(cents + 1, cents * 105 / 100);
        }
        if (category == "4.A.1" && r.Pick(2, 1) == 1)
        {
            rows.Add(new(2023, category, "landfill_ch4_recovered", Math.Max(1, cents * 10_000 / 1000 / 2), "吨", "")); // 0.5 t per 1,000 t (万吨 × 10,000)
        }
        return rows;
    }

    /// <summary>A random stream held by reference inside a delegate call.</summary>
    internal sealed class SplitMix64Box(SplitMix64 rng)
    {
        public SplitMix64 Rng = rng;

        /// <summary>An index by weight.</summary>
        public int Pick(params int[] weights)
        {
            var total = weights.Sum();
            var x = (int)Rng.Next((ulong)total);
            var i = 0;
            while (x >= weights[i])
            {
                x -= weights[i++];
            }
            return i;
        }

        /// <summary>A value in hundredths, its decade (from <paramref name="firstDecade"/>) picked by weight, uniform inside it.</summary>
        public long Cents(int firstDecade, params int[] weights)
        {
            var decade = firstDecade + Pick(weights);
            long low = 100;
            for (var i = 0; i < decade; i++)
            {
                low *= 10;
            }
            for (var i = 0; i > decade; i--)
            {
                low /= 10;
            }
            return low + (long)Rng.Next((ulong)(low * 9));
        }
    }

    /// <summary>The row as CSV bytes after the region field: year … use, with the facility id, and a line end.</summary>
    public static string Format(string region, Row row, long facility) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{region},{row.Year},{row.Category},{row.Activity},{row.Cents / 100}.{row.Cents % 100:D2},{row.Unit},synthetic benchmark data,F{facility:D7},{row.Use}\n");

    /// <summary>UTF-8 of <paramref name="text"/>.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
