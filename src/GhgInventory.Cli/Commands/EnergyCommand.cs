using System.CommandLine;
using GhgInventory.Cli.Resources;
using GhgInventory.Core.Energy;
using GhgInventory.Data;
using GhgInventory.Data.Analysis;
using GhgInventory.Reports;

namespace GhgInventory.Cli.Commands;

/// <summary><c>ghg energy</c>: a region's energy in standard coal, its totals under the counting rules, CO2 for the target and intensities.</summary>
public static class EnergyCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Build(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var year = new Option<int>("--year") { Description = EnergyCliText.YearOption, Required = true };
        var region = new Option<string?>("--region") { Description = EnergyCliText.RegionOption };
        var basis = new Option<string>("--basis") { Description = EnergyCliText.BasisOption, DefaultValueFactory = _ => "calorific" }
            .AcceptOnlyFromAmong("calorific", "coal-equivalent");
        var rule = new Option<string[]>("--rule") { Description = EnergyCliText.RuleOption, AllowMultipleArgumentsPerToken = false };
        var co2Rule = new Option<string[]>("--co2-rule") { Description = EnergyCliText.Co2RuleOption };
        co2Rule.AcceptOnlyFromAmong(Co2Rules.NationalGridName, Co2Rules.RegionGridName);
        var baseYear = new Option<int>("--base-year") { Description = EnergyCliText.BaseYearOption, DefaultValueFactory = _ => 2020 };
        var format = new Option<string>("--format") { Description = EnergyCliText.FormatOption, DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var unit = new Option<string>("--unit") { Description = EnergyCliText.UnitOption, DefaultValueFactory = _ => "tce" }
            .AcceptOnlyFromAmong("tce", "万吨标准煤");
        var run = CommonOptions.Run();
        var command = new Command("energy", EnergyCliText.Description) { year, region, basis, rule, co2Rule, baseYear, format, unit, run, db };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(year), parse.GetValue(region), parse.GetValue(basis)!,
            parse.GetValue(rule) ?? [], parse.GetValue(co2Rule) ?? [], parse.GetValue(baseYear), parse.GetValue(format)!, parse.GetValue(run), env,
            parse.GetValue(unit) == "万吨标准煤"));
        return command;
    }

    /// <summary>Prints the energy account of <paramref name="regionText"/> in <paramref name="year"/> from the newest run covering it and the base year (or run <paramref name="runId"/>, refused when it does not).</summary>
    public static int Run(string dbPath, int year, string? regionText, string basisText, IReadOnlyList<string> ruleTexts, IReadOnlyList<string> co2RuleTexts,
        int baseYear, string format, long? runId, CliEnvironment env, bool inTenThousandTce = false)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(ruleTexts);
        ArgumentNullException.ThrowIfNull(co2RuleTexts);
        var rules = new List<EnergyRule>();
        foreach (string text in ruleTexts)
        {
            if (EnergyRule.Parse(text) is not { } parsed)
            {
                env.Error.WriteLine(CommonOptions.Error(EnergyCliText.UnknownRule, text, string.Join(", ", EnergyRule.Names)));
                return ExitCodes.BadUsage;
            }
            rules.Add(parsed);
        }
        var defaults = IntensityOptions.Default;
        var options = new IntensityOptions(basisText == "coal-equivalent" ? ElectricityBasis.CoalEquivalent : ElectricityBasis.Calorific,
            rules.Count > 0 ? rules.Distinct().ToList() : defaults.EnergyRules,
            co2RuleTexts.Count > 0 ? co2RuleTexts.Select(t => Co2Rules.Parse(t)!.Value).Distinct().ToList() : defaults.Co2Rules);
        using var workspace = Workspace.OpenReadOnly(dbPath, env.Clock);
        if (CommonOptions.ResolveRegion(workspace, regionText, env.Error) is not { } region)
        {
            return ExitCodes.BadUsage;
        }
        // The year shown and every year from the base year of the intensities' constant prices to it: GDP at constant prices is chained from
        // the volume indices of the years between (issue 14, after the user trial).
        var needed = Enumerable.Range(Math.Min(year, baseYear), Math.Abs(year - baseYear) + 1).ToList();
        if (RunChoiceLines.Choose(workspace, region, needed, runId, dbPath, env.Error, out int refused, out var notes) is not { } header)
        {
            return refused;
        }
        var warnings = RunChoiceLines.Warnings(workspace, header, region, needed, dbPath);
        RunChoiceLines.Print(notes.Concat(warnings), format, env);
        var result = workspace.Intensities(header, region, baseYear, options, [year]);
        var account = result.Account(region, year)!;
        var regions = workspace.ReferenceOf(header)?.Regions ?? workspace.References.LoadRegions();
        var view = new EnergyReport.View(header.Id, regions[region], account, options.EnergyRules.Select(account.Total).ToList(),
            result.Co2.Where(c => c.Region == region && c.Year == year).ToList(), result.Points.Where(p => p.Region == region && p.Year == year).ToList(), baseYear)
        {
            Categories = workspace.ReferenceOf(header)?.Categories ?? workspace.References.LoadCategories(),
            InTenThousandTce = inTenThousandTce,
        };
        if (format == "json")
        {
            env.Out.Flush();
            using var stream = new MemoryStream();
            EnergyReport.WriteJson(stream, view);
            var json = System.Text.Json.Nodes.JsonNode.Parse(RunChoiceLines.WithWarnings(System.Text.Encoding.UTF8.GetString(stream.ToArray()), notes, warnings))!;
            json["gdp_constant_yuan"] = ConstantGdpLines.Json(result.Economy, region, year, baseYear);
            env.Data.WriteLine(json.ToJsonString(RunChoiceLines.JsonOptions));
        }
        else
        {
            EnergyReport.WriteTable(env.Out, view, new ReportNames(CommonOptions.Language(), workspace.References.LoadActivities()));
            foreach (string line in ConstantGdpLines.Lines(result.Economy, region, year, baseYear))
            {
                env.Out.WriteLine(line);
            }
        }
        return ExitCodes.Success;
    }
}
