using System.CommandLine;
using System.CommandLine.Help;
using GhgInventory.Cli.Commands;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;
using Microsoft.Data.Sqlite;

namespace GhgInventory.Cli;

/// <summary>The <c>ghg</c> command tree: parses arguments, runs one verb, maps failures to exit codes.</summary>
public static class GhgCommandLine
{
    /// <summary>Runs <c>ghg</c> with <paramref name="args"/> in <paramref name="env"/>; returns the exit code.</summary>
    /// <remarks>The language (--lang, then GHG_LANG, then Chinese) is chosen first and made the UI culture around parse,
    /// help and invocation, so the descriptions, System.CommandLine's own texts and every message read in it.</remarks>
    public static int Run(string[] args, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(env);
        var (culture, languageProblem) = CliLanguage.Choose(args, env.Variable(CliLanguage.Variable));
        using var language = UiCulture.Use(culture);
        var root = Build(env);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 || languageProblem is not null)
        {
            if (languageProblem is not null)
            {
                env.Error.WriteLine(languageProblem);
            }
            if (languageProblem is null && VerbProblem(root, parsed) is { } verbProblem)
            {
                // "ghg frobnicate" or "ghg" alone: one error naming the word and listing the verbs, not System.CommandLine's two.
                env.Error.WriteLine(Text.Format(CliText.Error, verbProblem));
                env.Error.WriteLine(CliText.UsageHint);
                return ExitCodes.BadUsage;
            }
            foreach (var error in parsed.Errors)
            {
                env.Error.WriteLine(Text.Format(CliText.Error, CommandLineTexts.Error(error.Message)));
            }
            env.Error.WriteLine(CliText.UsageHint);
            return ExitCodes.BadUsage;
        }
        try
        {
            // Help and version go through this buffer, so that the headings System.CommandLine leaves in English are said in Chinese.
            using var helpOutput = new StringWriter();
            int code = parsed.Invoke(new InvocationConfiguration { Output = helpOutput, Error = env.Error, EnableDefaultExceptionHandler = false });
            env.Out.Write(CommandLineTexts.Help(helpOutput.ToString()));
            return code;
        }
        catch (InputRejectedException e)
        {
            env.Error.WriteLine(Text.Format(CliText.Error, CliText.InputRejected));
            env.Error.WriteLine(e.Message);
            return ExitCodes.InputRejected;
        }
        catch (Exception e) when (e is InvalidOperationException or SqliteException or IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(Text.Format(CliText.Error, FileFailures.Describe(e, DbPath(parsed))));
            return ExitCodes.Failure;
        }
        catch (ArgumentException e)
        {
            // A message for the user, not .NET's " (Parameter 'name')" tail meant for a programmer.
            string message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
            env.Error.WriteLine(Text.Format(CliText.Error, message));
            return ExitCodes.BadUsage;
        }
    }

    /// <summary>The whole <c>ghg</c> command tree, its texts in the current UI culture; every verb's action writes to <paramref name="env"/>.</summary>
    public static RootCommand Build(CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var root = new RootCommand(CliText.RootDescription)
        {
            InitCommand.Build(env),
            IngestCommand.Build(env),
            FactorsCommand.Build(env),
            CompileCommand.Build(env),
            ReportCommand.Build(env),
            ExplainCommand.Build(env),
            RunsCommand.Build(env),
            CompareCommand.Build(env),
            DataCommand.Build(env),
            ControlCommand.Build(env),
            DemoCommand.Build(env),
            TemplateCommand.Build(env),
            EnergyCommand.Build(env),
            TargetsCommand.Build(env),
            BudgetCommand.Build(env),
            CompletenessCommand.Build(env),
            ScenarioCommand.Build(env),
        };
        root.Options.Add(CliLanguage.Option());
        foreach (var option in root.Options)
        {
            // System.CommandLine's zh-Hans satellite leaves the help option's description in English.
            if (option is HelpOption)
            {
                option.Description = CliText.HelpOption;
            }
            else if (option is VersionOption)
            {
                option.Description = CliText.VersionOption;
            }
        }
        return root;
    }

    /// <summary>The --db value of the verb that ran, or null when it has none.</summary>
    /// <summary>
    /// The one message for a line whose verb is missing or unknown (<c>ghg frobnicate</c>, <c>ghg</c>): the word given and the
    /// verbs there are; null when the line has a verb, or its problem is an option (<c>ghg --bogus</c> keeps the parser's message).
    /// </summary>
    private static string? VerbProblem(RootCommand root, ParseResult parsed)
    {
        if (parsed.CommandResult.Command != root)
        {
            return null;
        }
        string verbs = string.Join(CliText.VerbSeparator, root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        return parsed.UnmatchedTokens.Count switch
        {
            0 => Text.Format(CliText.ParseNoVerb, verbs),
            _ when !parsed.UnmatchedTokens[0].StartsWith('-') => Text.Format(CliText.ParseUnknownVerb, parsed.UnmatchedTokens[0], verbs),
            _ => null,
        };
    }

    private static string? DbPath(ParseResult parsed) =>
        parsed.CommandResult.Command.Options.OfType<Option<string>>().FirstOrDefault(o => o.Name == "--db") is { } db ? parsed.GetValue(db) : null;
}
