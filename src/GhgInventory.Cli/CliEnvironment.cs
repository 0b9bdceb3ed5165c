using NodaTime;
using Spectre.Console;

namespace GhgInventory.Cli;

/// <summary>What a command writes to and reads the time from; tests pass their own.</summary>
/// <param name="Clock">Clock for import and run timestamps.</param>
/// <param name="Out">Standard output for JSON, CSV and traces.</param>
/// <param name="Error">Standard error for messages and validation issues.</param>
/// <param name="Console">Rich console for tables and progress bars.</param>
public sealed record CliEnvironment(IClock Clock, TextWriter Out, TextWriter Error, IAnsiConsole Console)
{
    /// <summary>Looks up an environment variable by name (null when unset); the process environment by default, tests pass their own.</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The value of the environment variable <paramref name="name"/> (such as GHG_LANG), or null when it is unset.</summary>
    public string? Variable(string name) => Variables(name);

    /// <summary>The process console, with a wide layout when output is redirected so tables do not wrap.</summary>
    public static CliEnvironment FromConsole()
    {
        System.Console.OutputEncoding = System.Text.Encoding.UTF8;
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            // Piped or captured output gets plain text, wide enough that year columns do not wrap.
            console.Profile.Width = 160;
            console.Profile.Capabilities.Ansi = false;
        }
        return new CliEnvironment(SystemClock.Instance, System.Console.Out, System.Console.Error, console);
    }

    /// <summary>An environment writing to <paramref name="output"/> (tables and text alike), for tests; it sees no environment
    /// variables (set <see cref="Variables"/> to give some), so the machine's GHG_LANG never changes a test.</summary>
    public static CliEnvironment ForWriters(IClock clock, TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        return new CliEnvironment(clock, output, error, console) { Variables = _ => null };
    }
}
