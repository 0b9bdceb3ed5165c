using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>Decides a file's encoding and hashes its content: a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), else UTF-8 when valid, else GB18030.</summary>
public static class TextDecoding
{
    private const int ChunkBytes = 1 << 16;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, the superset of GBK and GB2312 that Chinese statistics offices save spreadsheets in.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Reads <paramref name="stream"/> to the end: a file that is valid UTF-8 (with or without BOM) is UTF-8, anything else GB18030.</summary>
    /// <returns>The encoding and the SHA-256 of the content, lowercase hex.</returns>
    public static (Encoding Encoding, string Sha256) Inspect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (bom, sha256, validUtf8, _, _) = Scan(stream);
        return (bom ?? (validUtf8 ? new UTF8Encoding(false) : Gb18030), sha256);
    }

    /// <summary>Inspects the content <paramref name="open"/> returns, and checks that it decodes without an invalid byte sequence.</summary>
    /// <remarks>Reads the content once, twice for a file that is not UTF-8 (the GB18030 check).</remarks>
    public static TextInspection Examine(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        string? looksLike;
        using (var head = open())
        {
            looksLike = LooksLike(head);
        }
        (Encoding? bom, string sha256, bool validUtf8, long cutUtf8At, int lines) scan;
        using (var stream = open())
        {
            scan = Scan(stream);
        }
        // UTF-8 throughout but for a last character cut short: a UTF-8 file cut mid-character, not a GB18030 one.
        bool cutUtf8 = scan.cutUtf8At >= 0;
        var encoding = scan.bom ?? (scan.validUtf8 || cutUtf8 ? new UTF8Encoding(false) : Gb18030);
        (int Line, long Offset)? invalid = cutUtf8 && scan.bom is null ? (scan.lines, scan.cutUtf8At) : null;
        if (looksLike is null && invalid is null && (!scan.validUtf8 || scan.bom is UnicodeEncoding or UTF32Encoding))
        {
            using var stream = open();
            invalid = FirstInvalid(stream, encoding);
        }
        return new TextInspection(encoding, NameOf(encoding), scan.sha256, invalid?.Line, invalid?.Offset, looksLike);
    }

    /// <summary>The name recorded with an imported batch.</summary>
    public static string NameOf(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding switch
        {
            UTF8Encoding => "UTF-8",
            UTF32Encoding => encoding.CodePage == 12001 ? "UTF-32BE" : "UTF-32LE",
            UnicodeEncoding => encoding.CodePage == 1201 ? "UTF-16BE" : "UTF-16LE",
            _ => "GB18030",
        };
    }

    /// <summary>A description of content that is not text at all (a workbook or archive), or null.</summary>
    private static string? LooksLike(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return DataIngestText.LooksLikeXlsx;
        }
        if (head.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return DataIngestText.LooksLikeXls;
        }
        return null;
    }

    private static Encoding? BomEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true),
        [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
        _ => null,
    };

    /// <returns>The encoding a BOM names; the hash; whether the content is valid UTF-8; the offset of a final UTF-8 sequence cut short when that is its only flaw (else −1); and the line it is on.</returns>
    private static (Encoding? Bom, string Sha256, bool ValidUtf8, long CutUtf8At, int Lines) Scan(Stream stream)
    {
        long total = 0;
        int lines = 1;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkBytes];
        int carried = 0; // bytes of an incomplete UTF-8 sequence kept for the next chunk
        bool validUtf8 = true;
        bool first = true;
        Encoding? bom = null;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            sha.AppendData(buffer, carried, read);
            lines += buffer.AsSpan(carried, read).Count((byte)'\n');
            total += read;
            int length = carried + read;
            if (first)
            {
                bom = BomEncoding(buffer.AsSpan(0, length));
                first = false;
            }
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
        long cutAt = validUtf8 && carried > 0 ? total - carried : -1;
        validUtf8 &= carried == 0;
        return (bom is UTF8Encoding ? new UTF8Encoding(false) : bom, Convert.ToHexStringLower(sha.GetHashAndReset()), validUtf8, cutAt, lines);
    }

    /// <summary>The line and byte offset of the first byte sequence <paramref name="encoding"/> cannot decode, or null.</summary>
    private static (int Line, long Offset)? FirstInvalid(Stream stream, Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        var decoder = strict.GetDecoder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[strict.GetMaxCharCount(bytes.Length) + 4];
        int lines = 1;
        long offset = 0;
        int read;
        do
        {
            read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            try
            {
                int n = decoder.GetChars(bytes, 0, read, chars, 0, flush: read < bytes.Length);
                lines += chars.AsSpan(0, n).Count('\n');
            }
            catch (DecoderFallbackException e)
            {
                int at = Math.Clamp(e.Index, 0, read);
                // Count the line breaks decoded before the bad sequence, with a fresh decoder over the chunk's good prefix.
                var prefix = (Encoding)encoding.Clone();
                prefix.DecoderFallback = DecoderFallback.ReplacementFallback;
                lines += prefix.GetString(bytes, 0, at).Count('\n');
                return (lines, offset + at);
            }
            offset += read;
        }
        while (read == bytes.Length);
        return null;
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
}

/// <summary>What reading a file's bytes found before any CSV is parsed.</summary>
/// <param name="Encoding">The encoding to decode it with.</param>
/// <param name="EncodingName">The name recorded with the batch (UTF-8, UTF-16LE, UTF-16BE, UTF-32LE, UTF-32BE, GB18030).</param>
/// <param name="Sha256">SHA-256 of the content, lowercase hex.</param>
/// <param name="InvalidLine">The line of the first byte sequence the encoding cannot decode, or null when it all decodes.</param>
/// <param name="InvalidOffset">The byte offset of that sequence.</param>
/// <param name="LooksLike">What the content looks like when it is not text (a workbook, an archive), or null.</param>
public sealed record TextInspection(Encoding Encoding, string EncodingName, string Sha256, int? InvalidLine, long? InvalidOffset, string? LooksLike);
