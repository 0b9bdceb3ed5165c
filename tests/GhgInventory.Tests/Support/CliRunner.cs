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

    /// <summary>Runs as on a terminal of <paramref name="width"/> columns: tables laid out and text lines wrapped for that width.</summary>
    public static CliResult RunAt(int width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = CliEnvironment.ForWriters(TestClock.Create(), output, error, width);
        int code = GhgCommandLine.Run(args, env);
        env.Out.Flush();
        env.Error.Flush();
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
