using GhgInventory.Cli;

namespace GhgInventory.Tests.Support;

/// <summary>What one in-process <c>ghg</c> invocation returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs <c>ghg</c> in process with the test clock, capturing both outputs.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = GhgCommandLine.Run(args, CliEnvironment.ForWriters(TestClock.Create(), output, error));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
