using System.Security.Cryptography;
using System.Text;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Tests.Data.Ingestion;

/// <summary>Encoding detection (UTF-8 or GB18030) and content hashing in one pass over a stream read in 64 KiB buffers.</summary>
[TestFixture]
public sealed class TextDecodingTests
{
    private const int BufferSize = 1 << 16;

    [OneTimeSetUp]
    public void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Test]
    public void Inspect_Utf8_IsUtf8()
    {
        Assert.That(Name(Encoding.UTF8.GetBytes("region,unit\n准格尔旗,万吨\n")), Is.EqualTo("UTF-8"));
    }

    [Test]
    public void Inspect_Utf8WithBom_IsUtf8()
    {
        Assert.That(Name([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("准格尔旗,万吨\n")]), Is.EqualTo("UTF-8"));
    }

    [Test]
    public void Inspect_Gb18030_IsGb18030()
    {
        Assert.That(Name(Encoding.GetEncoding("GB18030").GetBytes("准格尔旗,万吨,万立方米\n")), Is.EqualTo("GB18030"));
    }

    [Test]
    public void Inspect_AsciiOnly_IsUtf8()
    {
        Assert.That(Name(Encoding.ASCII.GetBytes("150622,2020,1.A.1.a.i,raw_coal,100,t\n")), Is.EqualTo("UTF-8"));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Inspect_Utf8CharacterAcrossTheBufferBoundary_IsUtf8(int bytesBeforeBoundary)
    {
        // 万 is three bytes in UTF-8; place it so that the first 64 KiB buffer ends inside it.
        byte[] content = Padded(BufferSize - bytesBeforeBoundary, Encoding.UTF8.GetBytes("万吨\n"));
        Assert.That(Name(content), Is.EqualTo("UTF-8"));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Inspect_FourByteUtf8CharacterAcrossTheBufferBoundary_IsUtf8(int bytesBeforeBoundary)
    {
        byte[] content = Padded(BufferSize - bytesBeforeBoundary, Encoding.UTF8.GetBytes("𠀀\n"));
        Assert.That(Name(content), Is.EqualTo("UTF-8"));
    }

    [Test]
    public void Inspect_Gb18030AfterTheFirstBuffer_IsGb18030()
    {
        byte[] content = Padded(3 * BufferSize + 17, Encoding.GetEncoding("GB18030").GetBytes("准格尔旗,万吨\n"));
        Assert.That(Name(content), Is.EqualTo("GB18030"));
    }

    [Test]
    public void Inspect_Utf8TruncatedInsideACharacter_IsNotUtf8()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("准格尔旗");
        Assert.That(Name(utf8[..^1]), Is.EqualTo("GB18030"));
    }

    [TestCase(0)]
    [TestCase(10)]
    [TestCase(BufferSize - 1)]
    [TestCase(BufferSize)]
    [TestCase(BufferSize + 1)]
    [TestCase(5 * BufferSize + 12345)]
    public void Inspect_AnyLength_HashesTheWholeContent(int length)
    {
        // Multi-byte characters everywhere, so some straddle every buffer boundary and are carried over.
        byte[] content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("准格尔旗,万吨;", length / 10 + 1)))[..length];
        var (_, sha256) = TextDecoding.Inspect(new MemoryStream(content));
        Assert.That(sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
    }

    [Test]
    public void Inspect_StreamReturningShortReads_GivesTheSameAnswer()
    {
        byte[] content = Padded(BufferSize - 1, Encoding.UTF8.GetBytes("万吨\n"));
        var whole = TextDecoding.Inspect(new MemoryStream(content));
        var trickled = TextDecoding.Inspect(new TrickleStream(content, 4093));
        Assert.That(TextDecoding.NameOf(trickled.Encoding), Is.EqualTo(TextDecoding.NameOf(whole.Encoding)));
        Assert.That(trickled.Sha256, Is.EqualTo(whole.Sha256));
    }

    private static string Name(byte[] content) => TextDecoding.NameOf(TextDecoding.Inspect(new MemoryStream(content)).Encoding);

    private static byte[] Padded(int asciiBytes, byte[] tail) => [.. Enumerable.Repeat((byte)'x', asciiBytes), .. tail];

    /// <summary>A stream that returns at most a few bytes per read, as pipes and network streams may.</summary>
    private sealed class TrickleStream(byte[] content, int chunk) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
