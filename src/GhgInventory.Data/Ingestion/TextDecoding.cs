using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace GhgInventory.Data.Ingestion;

/// <summary>Decides a file's encoding (UTF-8 or GB18030) and hashes its content in one pass over the bytes.</summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, the superset of GBK and GB2312 that Chinese statistics offices save spreadsheets in.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Reads <paramref name="stream"/> to the end: a file that is valid UTF-8 (with or without BOM) is UTF-8, anything else GB18030.</summary>
    /// <returns>The encoding and the SHA-256 of the content, lowercase hex.</returns>
    public static (Encoding Encoding, string Sha256) Inspect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        int carried = 0; // bytes of an incomplete UTF-8 sequence kept for the next chunk
        bool validUtf8 = true;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            sha.AppendData(buffer, carried, read);
            int length = carried + read;
            if (validUtf8)
            {
                int complete = CompleteUtf8Prefix(buffer.AsSpan(0, length));
                validUtf8 = Utf8.IsValid(buffer.AsSpan(0, complete));
                carried = length - complete;
                buffer.AsSpan(complete, carried).CopyTo(buffer);
            }
            else
            {
                carried = 0;
            }
        }
        validUtf8 &= carried == 0;
        return (validUtf8 ? new UTF8Encoding(false) : Gb18030, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>Length of the longest prefix that does not end inside a multi-byte UTF-8 sequence.</summary>
    private static int CompleteUtf8Prefix(ReadOnlySpan<byte> bytes)
    {
        int end = bytes.Length;
        // Walk back at most 3 continuation bytes to the lead byte of the last sequence.
        for (int i = end - 1; i >= Math.Max(0, end - 4); i--)
        {
            byte b = bytes[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return end - i >= need ? end : i;
        }
        return end;
    }

    /// <summary>The name recorded with an imported batch.</summary>
    public static string NameOf(Encoding encoding) => encoding is UTF8Encoding ? "UTF-8" : "GB18030";
}
