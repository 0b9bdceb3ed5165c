using GhgInventory.Cli;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Cli;

/// <summary>
/// Issue 14, after the user trial (a Chinese reader who reads no English): units, run options, rule names and ingestion messages
/// in the reader's words. Demo figures (samples/ordos, illustrative, not published statistics) are quoted where a value is asserted.
/// </summary>
public sealed class Issue14_ReaderTextTests
{
    [Test]
    public void Issue14_Targets_Chinese_UnitsInChinese()
    {
        // 400 columns (Chinese, the default): no cell wraps, so a goal reads as one string.
        var result = CliRunner.RunAt(400, "targets", "--region", "150600", "--year", "2024", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("吨标准煤/万元"));
        Assert.That(result.Out, Does.Contain("吨二氧化碳/万元"));
        Assert.That(result.Out, Does.Contain("吉瓦"));
        // samples/ordos/targets.csv: 煤电供电标准煤耗 305 gce/kWh (reported only).
        Assert.That(result.Out, Does.Contain("305 克标准煤/千瓦时"));
        // The table, before the footnotes (the sources quote the plans as the targets file gives them, in part in English).
        string table = result.Out[..result.Out.IndexOf("路径值：", StringComparison.Ordinal)];
        foreach (string english in new[] { "yuan", "gce/kWh", " GW", "t/10^4" })
        {
            Assert.That(table, Does.Not.Contain(english));
        }
    }

    [Test]
    public void Issue14_Targets_English_KeepsSymbols()
    {
        var result = CliRunner.Run("targets", "--region", "150600", "--year", "2024", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        Assert.That(result.Out, Does.Contain("tce/10^4 yuan"));
        Assert.That(result.Out, Does.Not.Contain("吨标准煤/万元"));
    }

    [Test]
    public void Issue14_Runs_Chinese_OptionsInWords()
    {
        var result = CliRunner.RunAt(400, "runs", "--db", DemoRun.DatabasePath);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        // The demo compiles with the defaults: grid=Regional; grid_year=nearest; chp=energy.
        Assert.That(result.Out, Does.Contain("电网排放因子：区域电网；年份：最近年份；热电联产分摊：按能量产出"));
        Assert.That(result.Out, Does.Not.Contain("grid=").And.Not.Contain("chp="));
        Assert.That(UntranslatedText.EnglishRuns(result.Out), Is.Empty);
    }

    [Test]
    public void Issue14_EnergyAndTargets_OneNamePerRule()
    {
        var energy = CliRunner.RunZh("energy", "--region", "150600", "--year", "2024", "--db", DemoRun.DatabasePath);
        var targets = CliRunner.RunAt(400, "targets", "--region", "150600", "--year", "2024", "--db", DemoRun.DatabasePath);
        Assert.That(energy.ExitCode, Is.EqualTo(ExitCodes.Success), energy.ToString());
        Assert.That(targets.ExitCode, Is.EqualTo(ExitCodes.Success), targets.ToString());
        foreach (string words in new[] { "非化石能源不纳入", "原料用能不纳入", "新增可再生能源不纳入", "净调入电力按全国电网排放因子", "净调入电力按区域电网排放因子" })
        {
            Assert.That(energy.Out, Does.Contain(words), "energy: " + words);
            Assert.That(targets.Out, Does.Contain(words), "targets: " + words);
        }
        foreach (string other in new[] { "扣除非化石能源", "扣除原料用能", "全国电网平均排放因子", "所在区域电网排放因子" })
        {
            Assert.That(energy.Out + targets.Out, Does.Not.Contain(other), other);
        }
    }

    [Test]
    public void Issue14_Ingest_IndicatorAliases_AcceptedAsTheSameKeys()
    {
        using var folder = TempFolder.Initialized("aliases");
        // README names (地区生产总值指数, 常住人口) and full-width brackets; the figures are illustrative.
        string csv = folder.Write("指标.csv", "region,year,indicator,value,unit\n"
            + "150600,2024,地区生产总值指数,105.4,上年=100\n"
            + "150600,2024,年末常住人口（万人）,224.01,万人\n"
            + "150600,2024,GDP,6000,亿元\n"
            + "150600,2024,第二产业增加值指数（上年=100）,106,上年=100\n");
        var result = CliRunner.RunZh("ingest", csv, "--db", folder.Db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
        var data = CliRunner.Run("data", "--db", folder.Db);
        using var connection = Database.Open(folder.Db, DatabaseAccess.ReadOnly);
        Assert.That(DatabaseDump.Count(connection, "activity_records"), Is.EqualTo(4), data.ToString());
    }

    [Test]
    public void Issue14_Ingest_UnknownIndicatorName_SuggestsIndicatorsWithoutCategoryMessage()
    {
        using var folder = TempFolder.Initialized("unknown-indicator");
        string csv = folder.Write("指标.csv", "region,year,indicator,value,unit\n150600,2024,地区GDP总量,6000,亿元\n");
        string before;
        using (var connection = Database.Open(folder.Db, DatabaseAccess.ReadOnly))
        {
            before = DatabaseDump.Content(connection);
        }
        var result = CliRunner.RunZh("ingest", csv, "--db", folder.Db);
        Assert.That(result.ExitCode, Is.Not.EqualTo(ExitCodes.Success));
        string all = result.Out + result.Error;
        Assert.That(all, Does.Contain("地区GDP总量"));
        Assert.That(all, Does.Contain("地区生产总值指数（上年=100）、常住人口"));
        Assert.That(all, Does.Not.Contain("只有社会经济指标"), "no category message when the category is blank because the activity is unknown");
        Assert.That(all.Split('\n').Count(l => l.Contains("指标.csv:2", StringComparison.Ordinal)), Is.EqualTo(1), all);
        using (var connection = Database.Open(folder.Db, DatabaseAccess.ReadOnly))
        {
            Assert.That(DatabaseDump.Content(connection), Is.EqualTo(before));
        }
    }

    [Test]
    public void Issue14_Ingest_GdpInTenThousandYuanTypedAsHundredMillion_SaidInYiYuan()
    {
        string db = Path.Combine(Path.GetTempPath(), $"gdp-slip-{Guid.NewGuid():N}.db");
        File.Copy(DemoRun.DatabasePath, db);
        try
        {
            // 准格尔旗 150622, 2024 GDP 1,394.95 亿元 in the demo (samples/ordos/indicators.csv, illustrative),
            // 2023: 1,360.92 亿元. Typed in 万元 under 亿元: 13,949,500 亿元 = 1.39495e15 yuan, above the amount cap of every row
            // (1e15 yuan = 10,000,000 亿元), checked before the indicator bound (2e14 yuan).
            string big = Path.Combine(Path.GetTempPath(), $"gdp-big-{Guid.NewGuid():N}.csv");
            File.WriteAllText(big, "region,year,indicator,value,unit\n150622,2024,gdp,13949500,亿元\n");
            var refused = CliRunner.RunZh("ingest", big, "--db", db);
            Assert.That(refused.ExitCode, Is.Not.EqualTo(ExitCodes.Success));
            string text = refused.Out + refused.Error;
            Assert.That(text, Does.Contain("不超过 10,000,000 亿元").And.Contain("13,949,500 亿元").And.Contain("万元"));
            Assert.That(text, Does.Not.Contain("yuan").And.Not.Contain("e+").And.Not.Contain("1e15"));

            // A smaller slip within that bound passes with a flag in the indicator's own units:
            // 1,500,000 亿元 ÷ 1,360.92 亿元 (2023) = 1,102.20×.
            string small = Path.Combine(Path.GetTempPath(), $"gdp-small-{Guid.NewGuid():N}.csv");
            File.WriteAllText(small, "region,year,indicator,value,unit\n150622,2024,gdp,1500000,亿元\n");
            var flagged = CliRunner.RunZh("ingest", small, "--db", db);
            Assert.That(flagged.ExitCode, Is.EqualTo(ExitCodes.Success), flagged.ToString());
            Assert.That(flagged.Out, Does.Contain("为 1,500,000 亿元，是 2023 年 1,360.92 亿元 的 1,102.2 倍"));
            Assert.That(flagged.Out, Does.Contain("是否把以万元计的数填成了亿元"));
            Assert.That(flagged.Out, Does.Not.Contain("万吨").And.Not.Contain("yuan"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(db);
        }
    }

    [Test]
    public void Issue14_Ingest_PopulationInPersonsTypedAsTenThousand_SaidInWanRen()
    {
        string db = Path.Combine(Path.GetTempPath(), $"pop-slip-{Guid.NewGuid():N}.db");
        File.Copy(DemoRun.DatabasePath, db);
        try
        {
            // 鄂尔多斯市 2023 population 222.03 万人 (samples/ordos/indicators.csv); 100,000 typed as 万人 (10^9 persons, within the
            // 1.5e9 bound of IndicatorBounds): 100,000 / 222.03 = 450.39×.
            string csv = Path.Combine(Path.GetTempPath(), $"pop-{Guid.NewGuid():N}.csv");
            File.WriteAllText(csv, "region,year,indicator,value,unit\n150600,2024,常住人口,100000,万人\n");
            var result = CliRunner.RunZh("ingest", csv, "--db", db);
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Out, Does.Contain("为 100,000 万人，是 2023 年 222.03 万人 的 450.39 倍"));
            Assert.That(result.Out, Does.Contain("是否把以人计的数填成了万人").And.Contain("人与万人相差 10,000 倍"));
            Assert.That(result.Out, Does.Not.Contain("head").And.Not.Contain("万吨"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(db);
        }
    }
}
