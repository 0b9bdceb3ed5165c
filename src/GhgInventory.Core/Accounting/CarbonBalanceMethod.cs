using GhgInventory.Core.Domain;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Accounting;

/// <summary>Transformation (加工转换: coke ovens, gasification) by carbon balance: what the inputs' carbon does not leave in the products is emitted.</summary>
/// <remarks>
/// For one region, year and category: C in = Σ inputs AD × NCV × CC, C out = Σ outputs AD × NCV × CC (t C; factors as for
/// combustion), CO2 = (C in − C out) × 44/12 (IPCC 2006 Vol. 3 Ch. 4.2: metallurgical coke production by a carbon mass balance of
/// the coking coal against coke, coke-oven gas and by-products; 省级温室气体清单编制指南 能源活动, 加工转换). One CO2 line, on the first input source, carries the whole balance; CH4 and N2O are NE. Inputs without
/// outputs: NE, the balance cannot be made. An input or output under NE, C or IE
/// makes the CO2 line NE, naming it (an unknown output leaves C in − known C out as an upper bound in the note); NO and NA count as none. Outputs holding more carbon than the inputs: the compile is refused.
/// </remarks>
public static class CarbonBalanceMethod
{
    /// <summary>The method label stored with each line.</summary>
    public const string Name = "carbon balance of a transformation: CO2 = (C in − C out) × 44/12, C = AD × NCV × CC (IPCC 2006 Vol. 3 Ch. 4.2, coke production by carbon mass balance)";

    /// <summary>The lines of one transformation (all inputs and outputs of one region, year and category), or a refusal when the outputs hold more carbon than the inputs.</summary>
    /// <param name="inputs">The sources with use transformation, numeric, in source order.</param>
    /// <param name="outputs">The sources with use output, numeric, in source order.</param>
    /// <param name="activities">The activity vocabulary.</param>
    /// <param name="context">The method context.</param>
    /// <param name="refusal">Why the compile must be refused, or null.</param>
    /// <param name="unknown">Inputs and outputs of the same transformation written only under NE, C or IE (issue 12): their carbon is
    /// unknown, so the CO2 line is NE naming them; with only outputs unknown, its note gives (C in − known C out) × 44/12 as an upper
    /// bound. Sources under NO or NA are not passed: they count as none.</param>
    public static IReadOnlyList<EmissionLine> Compute(IReadOnlyList<EmissionSource> inputs, IReadOnlyList<EmissionSource> outputs,
        IReadOnlyDictionary<string, ActivityDefinition> activities, CombustionContext context, out string? refusal,
        IReadOnlyList<EmissionSource>? unknown = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(context);
        refusal = null;
        unknown ??= [];
        var unknownInputs = unknown.Where(u => u.Use == FuelUse.Transformation).ToList();
        var unknownOutputs = unknown.Where(u => u.Use == FuelUse.Output).ToList();
        if (inputs.Count == 0 && unknownInputs.Count > 0)
        {
            var first = outputs[0];
            return [EmissionLine.UnderNotationKey(first, Gas.CO2, EmissionScope.Territorial, NotationKey.NE, Name,
                Say.Text(nameof(CoreText.CbNoInputKnown), first.Category.Value, Listed(unknownInputs, activities)))];
        }
        if (inputs.Count == 0)
        {
            // Ingest refuses outputs without inputs; a run over older data still says so rather than dropping them.
            var first = outputs[0];
            return [EmissionLine.UnderNotationKey(first, Gas.CO2, EmissionScope.Territorial, NotationKey.NE, Name,
                Say.Text(nameof(CoreText.CbOutputsWithoutInput), first.Category.Value))];
        }
        var anchor = inputs[0];
        if (outputs.Count == 0 && unknown.Count == 0)
        {
            var reason = Say.Text(nameof(CoreText.CbInputWithoutOutputs), anchor.Category.Value);
            return inputs.SelectMany(s => Gas.Greenhouse.Select(g => EmissionLine.UnderNotationKey(s, g, EmissionScope.Territorial, NotationKey.NE, Name, reason))).ToList();
        }

        var carbonIn = new List<FuelCarbon>();
        var carbonOut = new List<FuelCarbon>();
        foreach (var (sources, into) in new[] { (inputs, carbonIn), (outputs, carbonOut) })
        {
            foreach (var s in sources)
            {
                LineText? why = null;
                if (!activities.TryGetValue(s.Activity, out var activity))
                {
                    why = Say.Text(nameof(CoreText.ActivityNotInVocabulary), s.Activity);
                }
                else if (FuelCarbon.Of(s, activity, context, out why) is { } c)
                {
                    into.Add(c);
                    continue;
                }
                return Balanced(inputs, anchor, EmissionLine.UnderNotationKey(anchor, Gas.CO2, EmissionScope.Territorial, NotationKey.NE, Name,
                    Say.Text(nameof(CoreText.CbNotMade), anchor.Category.Value, why)), activities);
            }
        }
        double cIn = carbonIn.Sum(c => c.CarbonTonnes), cOut = carbonOut.Sum(c => c.CarbonTonnes);
        var termsIn = LineText.Join(" + ", carbonIn.Select(c => c.ArithmeticText));
        var termsOut = carbonOut.Count == 0 ? LineText.Verbatim("0") : LineText.Join(" + ", carbonOut.Select(c => c.ArithmeticText));
        var terms = Say.Text(nameof(CoreText.CbTerms),
            carbonIn.Count > 1 ? Say.Text(nameof(CoreText.CbSum), termsIn, Numbers.Format(cIn)) : termsIn,
            carbonOut.Count > 1 ? Say.Text(nameof(CoreText.CbSum), termsOut, Numbers.Format(cOut)) : termsOut);
        if (unknownInputs.Count > 0)
        {
            // Part of the carbon in is unknown: no figure bounds the emission, and known outputs above known inputs are no error.
            return Balanced(inputs, anchor, EmissionLine.UnderNotationKey(anchor, Gas.CO2, EmissionScope.Territorial, NotationKey.NE, Name,
                Say.Text(nameof(CoreText.CbInputUnknown), anchor.Category.Value, Listed(unknownInputs, activities)))
                with { ArithmeticText = Say.Text(nameof(CoreText.CbInputUnknownArithmetic), Listed(unknownInputs, activities), terms) }, activities);
        }
        if (unknownOutputs.Count > 0)
        {
            // A product whose carbon is unknown: C in − known C out only bounds what the transformation emits from above.
            double bound = Math.Max(0, cIn - cOut) * FuelCombustionMethod.CarbonToCo2;
            var reason = Say.Text(nameof(CoreText.CbOutputUnknown), anchor.Category.Value, Listed(unknownOutputs, activities));
            var upper = Say.Text(nameof(CoreText.CbUpperBound), Numbers.Format(cIn), Numbers.Format(cOut), Numbers.Format(bound));
            return Balanced(inputs, anchor, EmissionLine.UnderNotationKey(anchor, Gas.CO2, EmissionScope.Territorial, NotationKey.NE, Name, reason)
                with { ArithmeticText = Say.Text(nameof(CoreText.CbOutputUnknownArithmetic), reason, terms, upper), NoteText = Say.Text(nameof(CoreText.TwoParts), reason, upper) }, activities);
        }
        if (cOut > cIn)
        {
            refusal = Say.Now(nameof(CoreText.CbRefusal), anchor.Region.Value, anchor.Year, anchor.Category.Value, Numbers.Format(cOut), Numbers.Format(cIn), terms);
        }
        double co2 = (cIn - cOut) * FuelCombustionMethod.CarbonToCo2;
        double gwp = context.Gwp.Get(context.GwpSet, Gas.CO2).Value;
        var factors = carbonIn.Concat(carbonOut).SelectMany(c => new[] { c.Ncv, c.CarbonContent }).Select(AppliedFactor.From).ToList();
        var line = new EmissionLine(anchor.Index, anchor.Region, anchor.Year, anchor.Category, anchor.Activity, Gas.CO2, EmissionScope.Territorial,
            co2, co2 * gwp, gwp, null, Name,
            Say.Text(nameof(CoreText.CbArithmetic), terms, Numbers.Format(cIn), Numbers.Format(cOut), Numbers.Format(co2)), null, factors);
        return Balanced(inputs, anchor, line, activities);
    }

    /// <summary>The sources named with their keys and reasons, e.g. <c>coke_oven_gas under NE (not measured)</c>.</summary>
    private static LineText Listed(IEnumerable<EmissionSource> sources, IReadOnlyDictionary<string, ActivityDefinition> activities) =>
        LineText.Join(", ", sources.Select(u =>
        {
            var listed = u.Notation is { } key
                ? Say.Text(nameof(CoreText.CbUnder), Say.Activity(u.Activity, activities), key.ToString())
                : Say.Text(nameof(CoreText.CbPartlyUnder), Say.Activity(u.Activity, activities), u.PartNotation?.ToString());
            return u.NotationNote is { } why ? Say.Text(nameof(CoreText.WithReason), listed, why) : listed;
        }));

    /// <summary>The balance line, CH4 and N2O NE on the anchor, and IE on the other inputs (their carbon is in the anchor's line).</summary>
    private static List<EmissionLine> Balanced(IReadOnlyList<EmissionSource> inputs, EmissionSource anchor, EmissionLine co2, IReadOnlyDictionary<string, ActivityDefinition> activities)
    {
        var lines = new List<EmissionLine> { co2 };
        foreach (var gas in new[] { Gas.CH4, Gas.N2O })
        {
            lines.Add(EmissionLine.UnderNotationKey(anchor, gas, EmissionScope.Territorial, NotationKey.NE, Name,
                Say.Text(nameof(CoreText.CbGasNotEstimated), gas.Code, anchor.Category.Value)));
        }
        foreach (var other in inputs.Skip(1))
        {
            lines.Add(EmissionLine.UnderNotationKey(other, Gas.CO2, EmissionScope.Territorial, NotationKey.IE, Name,
                Say.Text(nameof(CoreText.CbInputIe), anchor.Category.Value, Say.Activity(anchor.Activity, activities))));
        }
        return lines;
    }
}
