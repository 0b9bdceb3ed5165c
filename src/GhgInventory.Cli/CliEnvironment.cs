using System.Globalization;
using NodaTime;
using Spectre.Console;

namespace GhgInventory.Cli;

/// <summary>What a command writes to and reads the time from; tests pass their own.</summary>
/// <param name="Clock">Clock for import and run timestamps.</param>
/// <param name="Out">Standard output for messages and traces (wrapped at the console's width on a terminal).</param>
/// <param name="Error">Standard error for messages and validation issues (wrapped likewise).</param>
/// <param name="Console">Rich console for tables and progress bars.</param>
public sealed record CliEnvironment(IClock Clock, TextWriter Out, TextWriter Error, IAnsiConsole Console)
{
    /// <summary>Looks up an environment variable by name (null when unset); the process environment by default, tests pass their own.</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The value of the environment variable <paramref name="name"/> (such as GHG_LANG), or null when it is unset.</summary>
    public string? Variable(string name) => Variables(name);


    /// <summary>The width of tables when output goes to a file or pipe and COLUMNS does not say otherwise.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>Standard output unwrapped, for CSV and JSON: data is never wrapped.</summary>
    public TextWriter Data => Out is WordWrapWriter wrapped ? wrapped.Inner : Out;

    /// <summary>
    /// The process console. On a terminal, tables are laid out for its width and text lines wrap at word boundaries. When
    /// output is redirected, it is plain text laid out for <see cref="RedirectedWidth"/> columns (a file does not wrap, and a
    /// table that fits 160 columns reads whole in an editor), or for <c>COLUMNS</c> when that is set (<c>COLUMNS=80 ghg demo | less</c>);
    /// text lines are not wrapped, and progress bars are not shown.
    /// </summary>
    public static CliEnvironment FromConsole()
    {
        System.Console.OutputEncoding = System.Text.Encoding.UTF8;
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = ColumnsVariable() ?? RedirectedWidth;
            console.Profile.Capabilities.Ansi = false;
            console.Profile.Capabilities.Interactive = false;
            return new CliEnvironment(SystemClock.Instance, System.Console.Out, System.Console.Error, console);
        }
        int width = console.Profile.Width;
        return new CliEnvironment(SystemClock.Instance, new WordWrapWriter(System.Console.Out, width),
            System.Console.IsErrorRedirected ? System.Console.Error : new WordWrapWriter(System.Console.Error, width), console);
    }

    /// <summary>An environment writing to <paramref name="output"/> (tables and text alike), for tests (160 columns, text not wrapped); it sees no environment
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
        console.Profile.Width = RedirectedWidth;
        return new CliEnvironment(clock, output, error, console) { Variables = _ => null };
    }

    /// <summary>An environment as a terminal of <paramref name="width"/> columns shows it (tables laid out and text wrapped for that width), not interactive: for tests of narrow layouts.</summary>
    public static CliEnvironment ForWriters(IClock clock, TextWriter output, TextWriter error, int width)
    {
        var plain = ForWriters(clock, output, error);
        plain.Console.Profile.Width = width;
        return plain with { Out = new WordWrapWriter(output, width), Error = new WordWrapWriter(error, width) };
    }

    private static int? ColumnsVariable() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns >= 40 ? Math.Min(columns, MaxColumns) : null;

    /// <summary>The widest layout COLUMNS may ask for: wider tables gain nothing and a rule of 100,000 characters is a mistake, not a wish.</summary>
    private const int MaxColumns = 400;
}
