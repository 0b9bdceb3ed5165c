using System.CommandLine;
using System.Globalization;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Data;
using GhgInventory.Data.ReferenceData;
using GhgInventory.Reports;

namespace GhgInventory.Cli;

/// <summary>Options several verbs share, and their parsing.</summary>
public static class CommonOptions
{
    /// <summary>--db PATH, default ghg.db in the working folder.</summary>
    public static Option<string> Db(string defaultPath = "ghg.db")
    {
        var option = new Option<string>("--db")
        {
            Description = Text.Format(CliText.DbOption, defaultPath),
            DefaultValueFactory = _ => defaultPath,
        };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError(Text.Format(CliText.DbEmpty, defaultPath));
            }
        });
        return option;
    }

    /// <summary>" --db FILE" (quoted when it has spaces) to repeat in a suggested command, or empty for the default ghg.db.</summary>
    public static string DbOption(string dbPath) =>
        dbPath == "ghg.db" ? "" : $" --db {Argument(dbPath)}";

    /// <summary>A path or word as typed in a printed command hint: in double quotes when it holds white space (<c>"Jungar Banner2024.xlsx"</c>), so the hint works as typed in cmd, PowerShell and sh.</summary>
    public static string Argument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(char.IsWhiteSpace) ? $"\"{text}\"" : text;
    }

    /// <summary>--unit 万t|t: the unit of CO2 and CO2e in tables (万吨 with one decimal by default, tonnes on request).</summary>
    public static Option<string> Unit() => new Option<string>("--unit")
    {
        Description = CliText.UnitOption,
        DefaultValueFactory = _ => "万t",
    }.AcceptOnlyFromAmong([.. ReportUnits.OptionValues]);

    /// <summary>--region CODE (code or exact name).</summary>
    public static Option<string?> Region() => new("--region") { Description = CliText.RegionOption };

    /// <summary>--run ID.</summary>
    public static Option<long?> Run() => new("--run") { Description = CliText.RunOption };

    /// <summary>The report language of this invocation: the global --lang, else GHG_LANG, else Chinese (see <see cref="CliLanguage"/>).</summary>
    public static ReportLanguage Language() => CliLanguage.Report;

    /// <summary>"error: " and the message <paramref name="format"/> filled with <paramref name="args"/>, in the current UI language.</summary>
    public static string Error(string format, params object?[] args) => Text.Format(CliText.Error, Text.Format(format, args));

    /// <summary>True, after printing "no such file", when an input file was named (<c>--targets</c>, <c>--budgets</c>, <c>--project</c>) but is not a file: absent, or a folder.</summary>
    public static bool RefuseMissingFile(string? path, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (path is null || File.Exists(path))
        {
            return false;
        }
        error.WriteLine(Error(CliText.NoSuchFile, path));
        return true;
    }

    /// <summary>Parses "2020" or "2015-2024".</summary>
    public static bool TryParseYears(string? text, out int from, out int to)
    {
        from = to = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        bool ok = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from);
        to = from;
        if (parts.Length == 2)
        {
            ok &= int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out to);
        }
        return ok && parts.Length <= 2 && from <= to && from >= InventoryYear.Min && to <= InventoryYear.Max;
    }

    /// <summary>The key of the activity an option names (key, Chinese or English name, any ASCII case); null after printing the error and a few accepted names.</summary>
    public static string? ResolveActivity(Workspace workspace, string text, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(error);
        var activities = workspace.References.LoadActivities();
        if (ActivityNames.Find(activities, text) is { } activity)
        {
            return activity.Key;
        }
        error.WriteLine(Error(CliText.ActivityUnknown, text, ActivityNames.Examples(activities, text)));
        return null;
    }

    /// <summary>The region an option names, or the single prefecture-level city of the database when none is given.</summary>
    public static RegionCode? ResolveRegion(Workspace workspace, string? text, TextWriter error)
    {
        var regions = workspace.References.LoadRegions();
        if (text is not null)
        {
            if (regions.TryFind(text, out var region))
            {
                return region.Code;
            }
            error.WriteLine(Error(CliText.RegionUnknown, text, string.Join(", ", regions.All.Take(12).Select(r => $"{r.Code} {(UiCulture.IsChinese ? r.NameZh : r.NameEn)}"))));
            return null;
        }
        var cities = regions.All.Where(r => r.Level == RegionLevel.Prefecture).ToList();
        if (cities.Count == 1)
        {
            return cities[0].Code;
        }
        error.WriteLine(Error(CliText.SeveralCities));
        return null;
    }
}
