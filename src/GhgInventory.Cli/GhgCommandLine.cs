using System.CommandLine;
using GhgInventory.Cli.Commands;
using GhgInventory.Data.Ingestion;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Cli;

/// <summary>The <c>ghg</c> command tree: parses arguments, runs one verb, maps failures to exit codes.</summary>
public static class GhgCommandLine
{
    /// <summary>Runs <c>ghg</c> with <paramref name="args"/> in <paramref name="env"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var root = new RootCommand("GhgInventory: greenhouse-gas inventories of Chinese cities and their counties (Ordos first).")
        {
            InitCommand.Build(env),
            IngestCommand.Build(env),
            FactorsCommand.Build(env),
            CompileCommand.Build(env),
            ReportCommand.Build(env),
            ExplainCommand.Build(env),
            RunsCommand.Build(env),
            DataCommand.Build(env),
            ControlCommand.Build(env),
            DemoCommand.Build(env),
            TemplateCommand.Build(env),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                env.Error.WriteLine($"error: {Readable(error.Message)}");
            }
            env.Error.WriteLine("Run 'ghg --help' or 'ghg <verb> --help' for usage.");
            return ExitCodes.BadUsage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
        }
        catch (InputRejectedException e)
        {
            env.Error.WriteLine("error: input rejected, nothing stored:");
            env.Error.WriteLine(e.Message);
            return ExitCodes.InputRejected;
        }
        catch (Exception e) when (e is InvalidOperationException or SqliteException or IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"error: {FileFailures.Describe(e, DbPath(parsed))}");
            return ExitCodes.Failure;
        }
        catch (ArgumentException e)
        {
            // A message for the user, not .NET's " (Parameter 'name')" tail meant for a programmer.
            string message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
            env.Error.WriteLine($"error: {message}");
            return ExitCodes.BadUsage;
        }
    }

    /// <summary>The --db value of the verb that ran, or null when it has none.</summary>
    private static string? DbPath(ParseResult parsed) =>
        parsed.CommandResult.Command.Options.OfType<Option<string>>().FirstOrDefault(o => o.Name == "--db") is { } db ? parsed.GetValue(db) : null;

    /// <summary>A parser message with .NET type names said as a person would: "as expected type 'System.Int64'" becomes "as a whole number".</summary>
    private static string Readable(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"(as )?expected type '(System\.Nullable`1\[)?System\.(Int32|Int64)\]?'", "as a whole number");
}
