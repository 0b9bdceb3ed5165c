using System.Text.RegularExpressions;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Localization;

namespace GhgInventory.Cli;

/// <summary>
/// System.CommandLine's own texts as a person reads them. Its zh-Hans satellite translates "Usage:", "Options:" and most
/// parse errors, but leaves some in English ("Description:", "(REQUIRED)", "Option '--year' is required.", "Cannot parse
/// argument …", "[options]"); in a Chinese run those are said again from <see cref="CliText"/>. In either language .NET type names
/// ("expected type 'System.Int64'") become words.
/// </summary>
public static partial class CommandLineTexts
{
    /// <summary>A parse error message of System.CommandLine in the current UI language, without .NET type names.</summary>
    public static string Error(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!UiCulture.IsChinese)
        {
            // "as expected type 'System.Int64'" becomes "as a whole number"; the English wording stays System.CommandLine's.
            return EnglishType().Replace(message, m => "as " + TypeWord(m.Groups["type"].Value));
        }
        // The zh-Hans satellite ends some messages "。." and quotes a token twice (“'x'”): one full stop, one pair of quotes.
        message = NestedQuotes().Replace(message, "“${token}”");
        if (message.EndsWith("。.", StringComparison.Ordinal))
        {
            message = message[..^1];
        }
        string suggestion = "";
        var didYouMean = DidYouMean().Match(message);
        if (didYouMean.Success)
        {
            suggestion = CliText.ParseDidYouMean + didYouMean.Groups["rest"].Value;
            message = message[..didYouMean.Index];
        }
        Match m;
        if ((m = CannotParseOption().Match(message)).Success)
        {
            return Text.Format(CliText.ParseOptionValue, m.Groups["value"].Value, m.Groups["option"].Value, TypeWord(m.Groups["type"].Value)) + suggestion;
        }
        if ((m = CannotParseCommand().Match(message)).Success)
        {
            return Text.Format(CliText.ParseCommandArgument, m.Groups["value"].Value, m.Groups["command"].Value, TypeWord(m.Groups["type"].Value)) + suggestion;
        }
        if ((m = CannotParse().Match(message)).Success)
        {
            return Text.Format(CliText.ParseArgument, m.Groups["value"].Value, TypeWord(m.Groups["type"].Value)) + suggestion;
        }
        if ((m = Required().Match(message)).Success)
        {
            return Text.Format(CliText.ParseOptionRequired, m.Groups["option"].Value);
        }
        if ((m = SingleArgument().Match(message)).Success)
        {
            return Text.Format(CliText.ParseOptionSingle, m.Groups["option"].Value, m.Groups["count"].Value);
        }
        if ((m = NotMatched().Match(message)).Success)
        {
            return Text.Format(CliText.ParseNotMatched, m.Groups["token"].Value) + suggestion;
        }
        if ((m = NotCombined().Match(message)).Success)
        {
            return Text.Format(CliText.ParseNotCombined, m.Groups["option"].Value);
        }
        return message + suggestion;
    }

    /// <summary>Help text of System.CommandLine with the headings its zh-Hans satellite leaves in English said in Chinese (nothing changes in English).</summary>
    public static string Help(string help)
    {
        ArgumentNullException.ThrowIfNull(help);
        if (!UiCulture.IsChinese)
        {
            return help;
        }
        return help
            .Replace("Description:", CliText.HelpDescription, StringComparison.Ordinal)
            // Padded to the columns "(REQUIRED)" took, so that the descriptions after it stay aligned.
            .Replace("(REQUIRED)", CliText.HelpRequired.PadRight(CliText.HelpRequired.Length + Math.Max(0, "(REQUIRED)".Length - Columns(CliText.HelpRequired))), StringComparison.Ordinal)
            .Replace("[default: ", CliText.HelpDefault + " ", StringComparison.Ordinal)
            .Replace("[command]", CliText.HelpCommandPlaceholder, StringComparison.Ordinal)
            .Replace("[options]", CliText.HelpOptionsPlaceholder, StringComparison.Ordinal);
    }

    /// <summary>The terminal columns <paramref name="text"/> takes: two for a Chinese character or full-width form, one for others.</summary>
    private static int Columns(string text) => text.Sum(c => c is >= '\u2E80' and <= '\u9FFF' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);

    /// <summary>A .NET type name said as a word: System.Int32/Int64 "a whole number", System.Double "a number".</summary>
    private static string TypeWord(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => CliText.TypeWholeNumber,
        _ when type.Contains("Double", StringComparison.Ordinal) => CliText.TypeNumber,
        _ => type,
    };

    [GeneratedRegex(@"(as )?expected type '(?<type>(System\.Nullable`1\[)?System\.(Int32|Int64)\]?)'")]
    private static partial Regex EnglishType();

    [GeneratedRegex(@"“'(?<token>[^”]*)'”")]
    private static partial Regex NestedQuotes();

    [GeneratedRegex(@" ?Did you mean one of the following\?(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex DidYouMean();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>.*)' as expected type '(?<type>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex CannotParseOption();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for command '(?<command>.*)' as expected type '(?<type>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex CannotParseCommand();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' as expected type '(?<type>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Option '(?<option>.*)' is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^Option '(?<option>.*)' expects a single argument but (?<count>\d+) were provided\.$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^'(?<token>.*)' was not matched\.$", RegexOptions.Singleline)]
    private static partial Regex NotMatched();

    [GeneratedRegex(@"^(?<option>.*) option cannot be combined with other arguments\.$")]
    private static partial Regex NotCombined();
}
