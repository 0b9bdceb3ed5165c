using GhgInventory.Cli;

namespace GhgInventory.Tests.Support;

/// <summary>What one in-process <c>ghg</c> invocation returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs <c>ghg</c> in process with the test clock, capturing both outputs. <see cref="Run"/> reads English (as with
/// GHG_LANG=en, so the tests' English assertions hold), <see cref="RunZh"/> the program's default, Chinese; neither sees
/// the machine's environment variables.
/// </summary>
internal static class CliRunner
{
    /// <summary>Runs in English, as a user with GHG_LANG=en would (--lang in the arguments still wins).</summary>
    public static CliResult Run(params string[] args) => RunWith(new Dictionary<string, string> { [CliLanguage.Variable] = "en" }, args);

    /// <summary>Runs in the default language, Chinese (no GHG_LANG; --lang in the arguments still wins).</summary>
    public static CliResult RunZh(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs with exactly these environment variables.</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = CliEnvironment.ForWriters(TestClock.Create(), output, error) with { Variables = name => variables.GetValueOrDefault(name) };
        int code = GhgCommandLine.Run(args, env);
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
