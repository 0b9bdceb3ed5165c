using System.Runtime.InteropServices;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Resources;

namespace GhgInventory.Data.Ingestion;

/// <summary>Says whether a path may be read as an activity file: a regular file, a pipe or FIFO (read once), or standard input.</summary>
/// <remarks>
/// A character device such as /dev/zero or /dev/urandom never ends, so reading it never returned; a block device is a disk,
/// a folder or a socket holds no file to read. These are refused at once, before anything is read.
/// </remarks>
public static class InputFileKind
{
    // The file type bits of the mode .NET's native shim reports (PAL_S_IF* in System.Native's pal_io.h, the POSIX values).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    private static readonly string[] StandardInput = ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"];

    /// <summary>Null when <paramref name="path"/> may be ingested (or does not exist, which the caller reports); else what it is, for a message, e.g. "a character device (it never ends: /dev/zero gives zeros forever)".</summary>
    public static string? Refusal(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (StandardInput.Contains(path, StringComparer.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(path))
        {
            return DataIngestText.KindFolder;
        }
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return null;
        }
        // stat(2) through the runtime's own shim, as FileSystemInfo does; the struct's second int is the mode.
        var status = new byte[512];
        try
        {
            if (NativeMethods.Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // The shim is the runtime's own, not a public API: without it the file is read as before (a pipe is spooled, capped).
            return null;
        }
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular or Fifo => null,
            CharacterDevice => DataIngestText.KindCharacterDevice,
            BlockDevice => DataIngestText.KindBlockDevice,
            Socket => DataIngestText.KindSocket,
            Folder => DataIngestText.KindFolder,
            _ => DataIngestText.KindOther,
        };
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        internal static extern int Stat(byte[] utf8Path, byte[] status);
    }
}
