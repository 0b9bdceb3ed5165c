using System.Text;
using GhgInventory.Data;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>Seeded byte mutations of a good activity file: the reader never throws, and a rejected file changes nothing.</summary>
[TestFixture]
public sealed class ActivityReaderMutationTests
{
    private const int Mutations = 400;

    [Test]
    public void Ingest_SeededMutations_NeverThrowAndRejectedFilesChangeNothing()
    {
        using var database = TempDatabase.Initialized();
        using Workspace workspace = database.Open();
        byte[] good = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(
            "地区,年份,类别,品种,数值,单位,来源,备注,不确定性,企业,用途\r\n"
            + "准格尔旗,2023年,1.A.1.a.i,原煤,\"1,234.5\",万吨,平衡表,,5%,F1,\r\n"
            + "150622,2023,1.A.2.c,天然气,１２３４．５,万立方米,平衡表,,,F2,原料\r\n"
            + "150622,2020,1.A.4.b,电力,1,吨标准煤(等价),平衡表,,,,\r\n"
            + "150622,2023,1.A.3.b,Diesel,NE,吨,平衡表,not surveyed,,F3,\r\n,,,,,,,,,,\r\n")];
        byte[] alphabet = "\",\r\n\t;0123456789.eE-+%年\u0000\u001b NEO"u8.ToArray();
        var random = new Random(20231129);
        for (int i = 0; i < Mutations; i++)
        {
            var bytes = good.ToList();
            int edits = random.Next(1, 6);
            for (int e = 0; e < edits && bytes.Count > 0; e++)
            {
                int at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0: bytes.RemoveAt(at); break;
                    case 1: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 2: bytes[at] = (byte)random.Next(256); break;
                    default: bytes.RemoveRange(at, bytes.Count - at); break;
                }
            }
            string before = DatabaseDump.Content(workspace.Connection);
            var result = ActivityFile.Ingest(workspace, $"m{i}.csv", [.. bytes]);
            if (!result.Accepted || result.AlreadyImportedAs is not null)
            {
                Assert.That(DatabaseDump.Content(workspace.Connection), Is.EqualTo(before), $"mutation {i} was rejected but changed the database");
            }
            Assert.That(result.Issues.All(issue => !issue.ToString().Any(c => c is '\u0000' or '\u001b')), Is.True, $"mutation {i} echoes a control character");
        }
    }
}
