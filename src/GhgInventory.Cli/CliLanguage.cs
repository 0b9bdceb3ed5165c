using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Localization;
using GhgInventory.Reports;

namespace GhgInventory.Cli;

/// <summary>
/// The language of one invocation: the global <c>--lang zh|en</c> if given, else the environment variable
/// <c>GHG_LANG=zh|en</c>, else Chinese. Every verb accepts <c>--lang</c> (it is recursive on the root command).
/// </summary>
public static class CliLanguage
{
    /// <summary>The environment variable that sets the language of every command: GHG_LANG.</summary>
    public const string Variable = "GHG_LANG";

    /// <summary>The option's name, --lang.</summary>
    public const string OptionName = "--lang";

    /// <summary>The global --lang zh|en option, recursive so that every verb and sub-verb accepts it.</summary>
    public static Option<string> Option()
    {
        var option = new Option<string>(OptionName)
        {
            Description = CliText.LangOption,
            HelpName = "zh|en",
            Recursive = true,
        };
        // Values are checked by Choose (in both languages, before the tree is built), so they are only offered here.
        option.CompletionSources.Add("zh", "en");
        return option;
    }

    /// <summary>The report language that follows the UI culture in force (see <see cref="UiCulture"/>).</summary>
    public static ReportLanguage Report => UiCulture.IsChinese ? ReportLanguage.Zh : ReportLanguage.En;

    /// <summary>
    /// The culture for <paramref name="args"/> and the value of GHG_LANG (<paramref name="variable"/>, null when unset),
    /// and, when --lang or GHG_LANG holds something other than zh or en, the message saying so in both languages (the
    /// culture then falls back to the next source: GHG_LANG, then Chinese).
    /// </summary>
    public static (CultureInfo Culture, string? Problem) Choose(IReadOnlyList<string> args, string? variable)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? given = GivenOption(args);
        string? problem = null;
        if (given is not null)
        {
            if (Parse(given) is { } chosen)
            {
                return (chosen, null);
            }
            problem = Bilingual(nameof(CliText.LangInvalid), given);
        }
        if (!string.IsNullOrWhiteSpace(variable))
        {
            if (Parse(variable) is { } fromVariable)
            {
                return (fromVariable, problem);
            }
            // A bad --lang is the one to fix first; a bad GHG_LANG is named only when --lang does not override it.
            problem ??= Bilingual(nameof(CliText.LangVariableInvalid), variable);
        }
        return (UiCulture.Chinese, problem);
    }

    /// <summary>The culture of "zh" or "en" (any case, trimmed), or null for anything else.</summary>
    private static CultureInfo? Parse(string value) => value.Trim().ToUpperInvariant() switch
    {
        "ZH" => UiCulture.Chinese,
        "EN" => UiCulture.English,
        _ => null,
    };

    /// <summary>The value of --lang in <paramref name="args"/>, read by the same parser as the full command line
    /// (so --lang=en, --lang:en and response files work alike), or null when it is not given or has no value.</summary>
    private static string? GivenOption(IReadOnlyList<string> args)
    {
        var lang = new Option<string>(OptionName) { Recursive = true };
        var probe = new RootCommand { lang };
        probe.TreatUnmatchedTokensAsErrors = false;
        return probe.Parse(args).GetResult(lang)?.Tokens is { Count: > 0 } tokens ? tokens[^1].Value : null;
    }

    /// <summary>An error line in English and the same in Chinese: when the language itself is wrong, either reader must understand it.</summary>
    private static string Bilingual(string key, string value)
    {
        string Line(CultureInfo culture) => Text.Format(CliText.ResourceManager.GetString(nameof(CliText.Error), culture)!,
            Text.Format(CliText.ResourceManager.GetString(key, culture)!, value));
        return Line(UiCulture.English) + Environment.NewLine + Line(UiCulture.Chinese);
    }
}
