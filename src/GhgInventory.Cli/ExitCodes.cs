namespace GhgInventory.Cli;

/// <summary>Process exit codes of <c>ghg</c> (DESIGN.md).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>Failure: something went wrong that is not the user's input.</summary>
    public const int Failure = 1;
    /// <summary>Bad usage: unknown verb or option, missing argument, file not found.</summary>
    public const int BadUsage = 2;
    /// <summary>Input rejected by validation; nothing was stored.</summary>
    public const int InputRejected = 3;
}
