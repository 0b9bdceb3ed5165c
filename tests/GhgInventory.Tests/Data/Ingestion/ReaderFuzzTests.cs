using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GhgInventory.Cli;
using GhgInventory.Data.Storage;
using GhgInventory.Tests.Data.Storage;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>
/// Issue 11, item 10: seeded mutations of good activity and factor files, fed through the real entry points
/// (<c>ghg ingest</c>, <c>ghg factors import</c>) on one database: no unhandled exception, exit code 0 or 3 (or 1/2 with a
/// message), and on every non-zero exit the database file byte for byte as it was, with no journal left beside it.
/// </summary>
/// <remarks>
/// Deterministic: one <see cref="Random"/> per reader with a fixed seed, so a failure names its iteration and reproduces.
/// The byte comparison is stricter than <see cref="DatabaseDump"/>; a full dump is compared as well every
/// <see cref="DumpEvery"/>th rejection. Bounded to about 20 s on the 2-core build machine.
/// </remarks>
[TestFixture]
public sealed class ReaderFuzzTests
{
    private const int ActivityMutations = 2500;
    private const int FactorMutations = 1500;
    private const int DumpEvery = 50;

    private static readonly string[] Huge =
        ["1e308", "1e305", "-1e308", "1.7976931348623157E+309", "NaN", "Infinity", "-Infinity", "1e-320", "99999999999999999999999999", "0x1F", "1,234.5", "１２３４．５", "5%", ""];

    private static readonly string[] Inserts = ["\"", ",", "\n", "\r", "\r\n", "\0", "\u001b[31m", "\a", "\t", ";", "\"\"", "\uFEFF", "\u2028", "ÿ", "准"];

    private TempFolder temp = null!;
    private string folder = null!;

    [SetUp]
    public void MakeFolder()
    {
        temp = TempFolder.Create("ghg-fuzz");
        folder = temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public void Issue11_MutatedActivityFiles_AreImportedOrRefusedWithTheDatabaseUnchanged()
    {
        byte[][] seeds =
        [
            ActivityFile.Utf8(
                "150622,2020,1.A.1.a.i,raw_coal,100,万吨,准格尔旗能源平衡表2020,",
                "150622,2020,1.A.3.b,diesel,1,万吨,准格尔旗能源平衡表2020,备注",
                "150621,2020,1.A.4.b,natural_gas,1,万立方米,达拉特旗能源平衡表2020,"),
            Encoding.UTF8.GetBytes("region,year,category,activity,value,unit,source,note,uncertainty_pct,facility\n"
                + "150627,2021,1.A.2.c,cleaned_coal,12.5,万吨,伊金霍洛旗,\"note, with comma\",5,F001\n"
                + "150627,2021,1.A.2.c,electricity,3000,万千瓦时,伊金霍洛旗,,10,F001\n"),
            Head(Path.Combine(RepositoryPaths.Root, "samples", "ordos", "energy_2020.csv"), 12), // UTF-8, Chinese notes
            Head(Path.Combine(RepositoryPaths.Root, "samples", "ordos", "energy_2015.csv"), 12), // GB18030
        ];
        Fuzz(seeds, ActivityMutations, seed: 20261129, path => ["ingest", path]);
    }

    [Test]
    public void Issue11_MutatedFactorFiles_AreImportedOrRefusedWithTheDatabaseUnchanged()
    {
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes("activity,parameter,value,unit,source,region\nraw_coal,ncv,19.5,GJ/t,准格尔旗实测,150622\n"),
            Encoding.UTF8.GetBytes("activity,parameter,value,unit,source,category,region,year,uncertainty_pct\n"
                + "raw_coal,ncv,20.1,GJ/t,鄂尔多斯市煤质检测,1.A.1.a.i,150600,2020,3\n"
                + "diesel,ncv,42.652,GJ/t,GB/T 2589,,150600,2020,\n"),
        ];
        Fuzz(seeds, FactorMutations, seed: 11, path => ["factors", "import", path]);
    }

    private void Fuzz(byte[][] seeds, int count, int seed, Func<string, string[]> verb)
    {
        string db = Path.Combine(folder, "ghg.db");
        Assert.That(CliRunner.Run("init", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Success));
        var random = new Random(seed);
        var failures = new List<string>();
        var exits = new SortedDictionary<int, int>();
        byte[] hash = Hash(db);
        string? dump = null;
        int rejections = 0;
        for (int i = 0; i < count && failures.Count < 10; i++)
        {
            var (content, what) = Mutate(seeds[random.Next(seeds.Length)], random);
            string file = Path.Combine(folder, $"case-{i:D5}.csv");
            File.WriteAllBytes(file, content);
            CliResult result;
            try
            {
                result = CliRunner.Run([.. verb(file), "--db", db]);
            }
            catch (Exception e)
            {
                failures.Add($"#{i} ({what}): unhandled {e.GetType().Name}: {e.Message}");
                continue;
            }
            finally
            {
                File.Delete(file);
            }
            exits[result.ExitCode] = exits.GetValueOrDefault(result.ExitCode) + 1;
            if (result.ExitCode == ExitCodes.Success)
            {
                hash = Hash(db);
                dump = null;
                continue;
            }
            rejections++;
            if (result.ExitCode is not (ExitCodes.InputRejected or ExitCodes.Failure or ExitCodes.BadUsage) || result.Error.Trim().Length == 0)
            {
                failures.Add($"#{i} ({what}): exit {result.ExitCode} with message '{Clip(result.Error)}'");
            }
            if (!Hash(db).AsSpan().SequenceEqual(hash) || DatabaseTests.SideFiles(db).Count > 0)
            {
                failures.Add($"#{i} ({what}): exit {result.ExitCode} but the database changed: {Clip(result.Error)}");
                hash = Hash(db);
            }
            if (rejections % DumpEvery == 0)
            {
                using var connection = Database.Open(db, DatabaseAccess.ReadOnly);
                string now = DatabaseDump.Content(connection);
                if (dump is not null && now != dump)
                {
                    failures.Add($"#{i} ({what}): the dump changed across rejections");
                }
                dump = now;
            }
        }
        TestContext.Out.WriteLine($"exit codes: {string.Join(", ", exits.Select(e => $"{e.Key} × {e.Value}"))}");
        Assert.That(failures, Is.Empty);
        Assert.That(exits.Keys, Does.Contain(ExitCodes.InputRejected), "the mutations reach the validator");
    }

    /// <summary>One to three seeded mutations of <paramref name="original"/>, and a short description of them.</summary>
    private static (byte[] Content, string What) Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var what = new List<string>();
        int n = 1 + random.Next(3);
        for (int k = 0; k < n && bytes.Count > 0; k++)
        {
            int at = random.Next(bytes.Count + 1);
            switch (random.Next(10))
            {
                case 0:
                    at = Math.Min(at, bytes.Count - 1);
                    bytes[at] = (byte)random.Next(256);
                    what.Add($"flip@{at}");
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    what.Add($"cut@{at}");
                    break;
                case 2:
                case 3:
                    string insert = Inserts[random.Next(Inserts.Length)];
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(insert));
                    what.Add($"insert {Escape(insert)}@{at}");
                    break;
                case 4:
                    bytes = ReplaceField(bytes, random, Huge[random.Next(Huge.Length)], what);
                    break;
                case 5:
                    string longField = new('x', 1 + random.Next(100_000));
                    bytes = ReplaceField(bytes, random, longField, what);
                    break;
                case 6:
                    var encoding = new Encoding[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), Encoding.Latin1 }[random.Next(4)];
                    string text = Encoding.UTF8.GetString([.. bytes]);
                    bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
                    what.Add($"encode {encoding.WebName}");
                    break;
                case 7:
                    bytes.InsertRange(0, Encoding.UTF8.GetPreamble());
                    what.Add("utf-8 BOM");
                    break;
                default:
                    var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
                    int line = random.Next(lines.Count);
                    if (random.Next(2) == 0)
                    {
                        lines.Insert(line, lines[line]);
                        what.Add($"duplicate line {line + 1}");
                    }
                    else
                    {
                        lines.RemoveAt(line);
                        what.Add($"delete line {line + 1}");
                    }
                    bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
                    break;
            }
        }
        return ([.. bytes], string.Join(", ", what));
    }

    /// <summary>Replaces one comma-separated field of a data line with <paramref name="value"/>.</summary>
    private static List<byte> ReplaceField(List<byte> bytes, Random random, string value, List<string> what)
    {
        var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n');
        int line = lines.Length > 1 ? 1 + random.Next(lines.Length - 1) : 0;
        var fields = lines[line].Split(',');
        int field = random.Next(fields.Length);
        fields[field] = value;
        lines[line] = string.Join(',', fields);
        what.Add(string.Create(CultureInfo.InvariantCulture, $"line {line + 1} field {field + 1} = {Clip(value)}"));
        return [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
    }

    private static byte[] Head(string path, int lines)
    {
        byte[] all = File.ReadAllBytes(path);
        int end = 0;
        for (int seen = 0; end < all.Length && seen < lines; end++)
        {
            if (all[end] == (byte)'\n')
            {
                seen++;
            }
        }
        return all[..end];
    }

    private static byte[] Hash(string path) => SHA256.HashData(File.ReadAllBytes(path));

    private static string Escape(string s) => string.Concat(s.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static string Clip(string s) => Escape(s.Length > 200 ? s[..200] + "…" : s);
}
