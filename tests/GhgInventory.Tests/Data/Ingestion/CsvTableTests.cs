using System.Text;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>The small-CSV reader of factor, region and vocabulary files refuses broken input with its location.</summary>
[TestFixture]
public sealed class CsvTableTests
{
    [Test]
    public void Issue11_UnterminatedQuote_IsLocatedNotSwallowed()
    {
        byte[] content = Encoding.UTF8.GetBytes("activity,parameter,value\nraw_coal,ncv,20.9\ncoke,\"ncv,28.4\ndiesel,ncv,43.3\n");
        var e = Assert.Throws<InputRejectedException>(() => CsvTable.Read("f.csv", content, ["activity", "parameter", "value"]));
        Assert.That(e!.Issues.Select(i => i.Line), Is.EqualTo(new[] { 3 }), e.Message);
    }

    [Test]
    public void Issue11_Gb18030CutMidCharacter_IsLocated()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        byte[] whole = gb18030.GetBytes("activity,parameter,value\n原煤");
        // Cut after the first byte of 煤, on line 2.
        int cut = gb18030.GetByteCount("activity,parameter,value\n原") + 1;
        var e = Assert.Throws<InputRejectedException>(() => CsvTable.Read("f.csv", whole[..cut], ["activity", "parameter", "value"]));
        Assert.That(e!.Issues.Single().Line, Is.EqualTo(2), e.Message);
    }
}
