using System.Globalization;
using System.Text;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.Methods.Waste;

/// <summary>Methane from solid waste disposal sites (4.A) by the IPCC first-order-decay model, over every year's deposits of a region and site category.</summary>
/// <remarks>
/// IPCC 2006 Vol 5 Ch 3, Eq 3.1–3.6, with the deposits of each waste type (activity of kind waste, t of wet waste) by year:
/// <list type="bullet">
/// <item>DDOCm deposited(T) = W(T) × DOC × DOCf × MCF (Eq 3.2; t of decomposable DOC);</item>
/// <item>DDOCma(T) = DDOCm deposited(T) + DDOCma(T−1) × e^−k (Eq 3.4);</item>
/// <item>DDOCm decomposed(T) = DDOCma(T−1) × (1 − e^−k) (Eq 3.5): a deposit starts to decay the year after it is laid down;</item>
/// <item>CH4 generated(T) = DDOCm decomposed(T) × F × 16/12 (Eq 3.6; t CH4);</item>
/// <item>CH4 emitted(T) = (Σ CH4 generated(T) − R(T)) × (1 − OX) (Eq 3.1), R the methane recovered (activity of kind recovery, t CH4),
/// shared among the waste types in proportion to the methane each generates.</item>
/// </list>
/// Parameters, resolved for the year computed and applied to the whole history of its waste type: <c>swds_doc</c> (DOC, Vol 5 Ch 2
/// Table 2.4 by waste type), <c>swds_docf</c> (DOCf, Ch 3 §3.2.3, 0.5), <c>swds_mcf</c> (MCF by site category, Ch 3 Table 3.1),
/// <c>swds_f</c> (F, Ch 3 §3.2.3, 0.5), <c>swds_k</c> (k per year by climate zone and waste type, Ch 3 Table 3.3), <c>swds_ox</c>
/// (OX, Ch 3 Table 3.2). A missing parameter gives an NE line naming it.
/// Deposits before the first year with data are backfilled with the first year's deposit for <see cref="BackfillYears"/> years
/// (Vol 5 Ch 3 §3.2.1: "good practice to use disposal data for at least 50 years"; §3.2.2: estimate the historical disposal where
/// data are missing); the line's note says so and its arithmetic shows the backfill. A year without a deposit row between the first
/// data year and the year computed is refused (the model cannot guess it; 0 is written as 0). Lines are non-fossil CH4 (AR6 27.0).
/// </remarks>
public sealed class LandfillFodMethod : IEmissionMethod
{
    /// <summary>The method key of methods.csv.</summary>
    public const string MethodKey = "landfill_fod";

    /// <summary>Years of deposits backfilled before the first data year (IPCC 2006 Vol 5 Ch 3 §3.2.1: at least 50 years).</summary>
    public const int BackfillYears = 50;

    /// <summary>Mass of CH4 per mass of carbon, 16/12 (IPCC 2006 Vol 5 Ch 3 Eq 3.6).</summary>
    private const double MethanePerCarbon = 16.0 / 12.0;

    /// <inheritdoc/>
    public string Key => MethodKey;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Label] = Resources.WasteText.ResourceManager.GetString("MethodLandfill", Localization.UiCulture.Chinese) ?? Label,
    };

    /// <inheritdoc/>
    public string Label => "IPCC 2006 Vol.5 Ch.3 first-order decay (Eq.3.1-3.6)";

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Series;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CH4];

    /// <summary>The parameters of the model, in formula order, each with its words in WasteText.</summary>
    private static readonly (string Name, string Words)[] Parameters =
    [
        ("swds_doc", "ParamDoc"), ("swds_docf", "ParamDocf"), ("swds_mcf", "ParamMcf"), ("swds_k", "ParamK"), ("swds_f", "ParamF"), ("swds_ox", "ParamOx"),
    ];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads { get; } = Parameters
        .Select(p => new ParameterSpec(p.Name, QuantityKind.Ratio, FactorPer.Nothing, [], ActivityScope.Routed, "solid waste disposal (first-order decay)"))
        .ToList();

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var source = input.Source;
        var wastes = input.Group.Where(s => input.ActivityOf(s).Kind == ActivityKind.Waste).ToList();
        var recoveries = input.Group.Where(s => input.ActivityOf(s).Kind == ActivityKind.Recovery).ToList();
        double recovered = recoveries.Sum(s => s.ActivityBase);

        var computed = new List<(EmissionSource Source, Decay Decay, FactorResolution[] Factors)>();
        var lines = new List<EmissionLine>();
        foreach (var waste in wastes)
        {
            var factors = Parameters.Select(p => MethodLines.Resolve(waste, context, p.Name)).ToArray();
            int missing = Array.FindIndex(factors, f => f is null);
            if (missing >= 0)
            {
                lines.Add(MethodLines.NotEstimated(waste, Gas.CH4, Label, SectorSay.Waste.Text("FodMissingFactor",
                    SectorSay.Waste.Text(Parameters[missing].Words), Name(input, waste.Activity), waste.Category.Value)));
                continue;
            }
            var deposits = input.Series.Where(s => s.Activity == waste.Activity && s.Year <= input.Year)
                .GroupBy(s => s.Year).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivityBase));
            int first = deposits.Keys.Min();
            var gap = Enumerable.Range(first, input.Year - first + 1).FirstOrDefault(y => !deposits.ContainsKey(y));
            if (gap != 0)
            {
                input.Refuse(SectorSay.Waste.Now("FodGap", waste.Region, waste.Category.Value, Name(input, waste.Activity).Render(), gap, first, input.Year));
                continue;
            }
            var found = factors.Select(f => f!).ToArray();
            var v = found.Select(f => f.Factor.EngineValue).ToArray();
            computed.Add((waste, Decay.Run(deposits, first, input.Year, v[0], v[1], v[2], v[3], v[4]), found));
        }

        double generated = computed.Sum(c => c.Decay.Generated);
        if (recovered > generated)
        {
            input.Refuse(SectorSay.Waste.Now("FodRecoveryAbove", source.Region, source.Category.Value, input.Year, recovered, generated));
            return lines;
        }
        foreach (var (waste, decay, factors) in computed)
        {
            double ox = factors[5].Factor.EngineValue;
            double share = generated > 0 ? recovered * decay.Generated / generated : 0;
            double emitted = (decay.Generated - share) * (1 - ox);
            var text = Arithmetic(input, waste, decay, factors, share, ox, emitted);
            var line = MethodLines.Line(waste, context, Gas.CH4, emitted, Label, text, factors, CarbonOrigin.NonFossil);
            lines.Add(decay.Backfilled
                ? line with { NoteText = SectorSay.Waste.Text("FodBackfillNote", decay.FirstDataYear, BackfillYears, decay.BackfillFrom, decay.FirstDataYear - 1, decay.Rows[0].Deposit) }
                : line);
        }
        foreach (var recovery in recoveries)
        {
            lines.Add(EmissionLine.UnderNotationKey(recovery, Gas.CH4, EmissionScope.Territorial, NotationKey.IE, Label, SectorSay.Waste.Text("RecoveryIncluded")));
        }
        return lines;
    }

    private static LineText Name(MethodInput input, string activity) => Say.Activity(activity, input.Activities);

    /// <summary>The decay arithmetic year by year: the parameters, the backfill summary, a row for each data year, the result.</summary>
    private static LineText Arithmetic(MethodInput input, EmissionSource waste, Decay decay, FactorResolution[] f, double recovered, double ox, double emitted)
    {
        var parts = new List<LineText>
        {
            SectorSay.Waste.Text("FodIntro", Name(input, waste.Activity), waste.Category.Value, Numbers.Factor(f[0].Factor.EngineValue), Numbers.Factor(f[1].Factor.EngineValue),
                Numbers.Factor(f[2].Factor.EngineValue), Numbers.Factor(f[3].Factor.EngineValue), Numbers.Factor(Math.Exp(-f[3].Factor.EngineValue)), Numbers.Factor(f[4].Factor.EngineValue)),
        };
        if (decay.Backfilled)
        {
            parts.Add(SectorSay.Waste.Text("FodBackfill", decay.BackfillFrom, decay.FirstDataYear - 1, decay.FirstDataYear, Numbers.Format(decay.Rows[0].Deposit),
                Numbers.Format(decay.AccumulatedBeforeData)));
        }
        parts.Add(SectorSay.Waste.Text("FodHeader"));
        var rows = new StringBuilder();
        foreach (var r in decay.Rows)
        {
            rows.Append(CultureInfo.InvariantCulture, $"\n      {r.Year} | {Numbers.Format(r.Deposit)} | {Numbers.Format(r.Deposited)} | {Numbers.Format(r.Accumulated)} | {Numbers.Format(r.Decomposed)} | {Numbers.Format(r.Generated)}");
        }
        parts.Add(LineText.Verbatim(rows.ToString().TrimStart('\n')));
        parts.Add(SectorSay.Waste.Text("FodResult", Numbers.Format(decay.Generated), Numbers.Format(recovered), Numbers.Factor(ox), Numbers.Format(emitted)));
        return LineText.Join("\n      ", parts);
    }

    /// <summary>One year of the decay of one waste type: deposit W (t), DDOCm deposited, accumulated at year end, decomposed, CH4 generated (t).</summary>
    /// <param name="Year">Year.</param>
    /// <param name="Deposit">Waste deposited, t.</param>
    /// <param name="Deposited">DDOCm deposited, t.</param>
    /// <param name="Accumulated">DDOCm accumulated at the end of the year, t.</param>
    /// <param name="Decomposed">DDOCm decomposed in the year, t.</param>
    /// <param name="Generated">CH4 generated, t.</param>
    public sealed record DecayRow(int Year, double Deposit, double Deposited, double Accumulated, double Decomposed, double Generated);

    /// <summary>The decay of one waste type from its backfilled start to the year computed.</summary>
    /// <param name="BackfillFrom">The first year of the model (backfilled when before <paramref name="FirstDataYear"/>).</param>
    /// <param name="FirstDataYear">The first year with a deposit row.</param>
    /// <param name="AccumulatedBeforeData">DDOCm accumulated at the end of the last backfilled year, t.</param>
    /// <param name="Rows">The data years, first to the year computed.</param>
    public sealed record Decay(int BackfillFrom, int FirstDataYear, double AccumulatedBeforeData, IReadOnlyList<DecayRow> Rows)
    {
        /// <summary>True when deposits were backfilled: the first data year's deposit is above 0 (a 0 row says the site opened later).</summary>
        public bool Backfilled => Rows[0].Deposit > 0;

        /// <summary>CH4 generated in the year computed, t.</summary>
        public double Generated => Rows[^1].Generated;

        /// <summary>Runs IPCC 2006 Vol 5 Ch 3 Eq 3.2–3.6 over <paramref name="deposits"/> (t by year, every year from <paramref name="first"/> to
        /// <paramref name="year"/>), backfilled for <see cref="BackfillYears"/> years with the first year's deposit.</summary>
        public static Decay Run(IReadOnlyDictionary<int, double> deposits, int first, int year, double doc, double docf, double mcf, double k, double f)
        {
            ArgumentNullException.ThrowIfNull(deposits);
            double keep = Math.Exp(-k);
            double accumulated = 0;
            var rows = new List<DecayRow>();
            double before = 0;
            for (int t = first - BackfillYears; t <= year; t++)
            {
                double w = t < first ? deposits[first] : deposits[t];
                double deposited = w * doc * docf * mcf;
                double decomposed = accumulated * (1 - keep);
                accumulated = deposited + accumulated * keep;
                if (t >= first)
                {
                    rows.Add(new DecayRow(t, w, deposited, accumulated, decomposed, decomposed * f * MethanePerCarbon));
                }
                else
                {
                    before = accumulated;
                }
            }
            return new Decay(first - BackfillYears, first, before, rows);
        }
    }
}
