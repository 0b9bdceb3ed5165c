using GhgInventory.Core.Accounting.Methods;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;
using GhgInventory.Core.Units;

namespace GhgInventory.Core.Accounting.CoalChemical;

/// <summary>Coal chemicals (coal-to-methanol 2.B.8.a, -olefins 2.B.8.b, -glycol, -liquids, -gas 2.B.10) by carbon mass balance, with a
/// production-based Tier 1 fallback where only production is known.</summary>
/// <remarks>
/// <para>Per region, year and category (a <see cref="MethodScope.Group"/>): C in = Σ inputs (fuel rows of use feedstock or transformation)
/// AD × NCV × CC; C out = Σ products (rows of kind production: AD × <c>product_carbon</c>; fuel rows of use output, e.g. diesel or tar
/// of a coal-to-liquids plant: AD × NCV × CC) + Σ wastes and by-products (kind waste: AD × <c>product_carbon</c>, a measured value) + Σ
/// stored or sold carbon (kind recovery, CO2 captured: AD × <c>product_carbon</c> = 12/44 t C per t CO2); CO2 = (C in − C out) × 44/12
/// (IPCC 2006 Vol. 3 Ch. 3 §3.9, Tier 2 total feedstock carbon balance of petrochemicals; 省级温室气体清单编制指南 碳平衡法). One CO2 line on the
/// first product carries the whole balance and its closure (<see cref="CarbonClosure"/>); the feedstock rows are IE pointing at it (their
/// memo of non-energy use stays), the other members IE on CO2. Outputs holding more carbon than the inputs: the compile is refused.</para>
/// <para>No input row at all: production-based (Tier 1), CO2 = production × <c>production_based_ef</c> per product (IPCC 2006 Vol. 3 Ch. 3
/// §3.9, Table 3.12 for methanol), labelled so; NE with the reason where no factor exists. Inputs without products: the feedstock keeps
/// the non-energy-use lines, its IE reason saying that no balance could be formed. CH4 (both paths) = production × <c>production_based_ef</c>
/// (CH4) where the library has one (IPCC 2006 Table 3.12 methanol: 2.3 kg/t), NE otherwise. Process carbon is fossil.</para>
/// </remarks>
public sealed class CoalChemicalBalanceMethod : IFuelUseMethod
{
    /// <summary>The parameter of a product's (waste's, stored stream's) carbon content: t C per unit of the activity.</summary>
    public const string ProductCarbon = "product_carbon";

    /// <summary>The parameter of a production-based emission factor (CO2 or CH4 per unit of product).</summary>
    public const string ProductionBasedEf = "production_based_ef";

    /// <summary>The label of the balance lines.</summary>
    public const string BalanceLabel = "carbon mass balance of coal chemicals: CO2 = (C in feedstock − C in products − C in wastes − C stored) × 44/12 "
        + "(IPCC 2006 Vol. 3 Ch. 3 §3.9 Tier 2 feedstock carbon balance; provincial guideline carbon-balance approach)";

    /// <summary>The label of the production-based (Tier 1) lines.</summary>
    public const string ProductionBasedLabel = "production-based (Tier 1): emission = production × EF (IPCC 2006 Vol. 3 Ch. 3 §3.9, Table 3.12 methanol)";

    private const string Reader = "coal chemicals (carbon mass balance, production-based Tier 1 fallback)";

    /// <inheritdoc/>
    public string Key => "coal_chemical_carbon_balance";

    /// <inheritdoc/>
    public string Label => BalanceLabel;

    /// <inheritdoc/>
    public MethodScope Scope => MethodScope.Group;

    /// <inheritdoc/>
    public IReadOnlyList<Gas> Gases => [Gas.CO2, Gas.CH4];

    /// <inheritdoc/>
    public IReadOnlyList<ParameterSpec> Reads =>
    [
        new(ProductCarbon, QuantityKind.Carbon, FactorPer.ActivityUnit, [], ActivityScope.Routed, Reader),
        new(ProductionBasedEf, QuantityKind.GasMass, FactorPer.ActivityUnit, [Gas.CO2, Gas.CH4], ActivityScope.Routed, Reader),
    ];

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> ChineseNames => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BalanceLabel] = SectorSay.CoalChem.Chinese(nameof(CoalChemText.MethodBalance)),
        [ProductionBasedLabel] = SectorSay.CoalChem.Chinese(nameof(CoalChemText.MethodProductionBased)),
    };

    private enum Role { Input, Product, Waste, Stored }

    /// <summary>One member of a balance with its carbon (t C) and the arithmetic of it.</summary>
    private sealed record Member(EmissionSource Source, Role Role, double CarbonTonnes, LineText Arithmetic, IReadOnlyList<FactorResolution> Factors);

    /// <inheritdoc/>
    public IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var group = input.Group;
        var inputs = group.Where(s => RoleOf(s, input) == Role.Input).ToList();
        // Products of kind production first (the line reads "methanol CO2"), then fuel outputs (diesel, tar of a coal-to-liquids plant).
        var products = group.Where(s => RoleOf(s, input) == Role.Product).OrderBy(s => input.ActivityOf(s).Kind == ActivityKind.Fuel ? 1 : 0).ToList();
        var others = group.Where(s => RoleOf(s, input) is Role.Waste or Role.Stored).ToList();
        var unknownInputs = input.Unknown.Where(s => input.Activities.TryGetValue(s.Activity, out var a) && a.Kind == ActivityKind.Fuel
            && s.Use is FuelUse.Feedstock or FuelUse.Transformation).ToList();
        var unknownOutputs = input.Unknown.Except(unknownInputs).ToList();
        var category = input.Source.Category;

        if (products.Count == 0)
        {
            // Nothing to balance against: the feedstock keeps the non-energy-use lines, saying why; other inputs and wastes are NE.
            var why = SectorSay.CoalChem.Text(nameof(CoalChemText.NoProducts), category.Value);
            foreach (var s in group)
            {
                if (s.Use == FuelUse.Feedstock)
                {
                    foreach (var line in NonEnergyUse(s, input, context, NotationKey.NE, SectorSay.CoalChem.Text(nameof(CoalChemText.FeedstockNoBalance), category.Value)))
                    {
                        yield return line;
                    }
                }
                else
                {
                    yield return MethodLines.NotEstimated(s, Gas.CO2, BalanceLabel, why);
                }
            }
            yield break;
        }

        var anchor = products[0];
        var pointer = SectorSay.CoalChem.Text(nameof(CoalChemText.IeMember), category.Value, Say.Activity(anchor.Activity, input.Activities));
        if (inputs.Count == 0 && unknownInputs.Count == 0)
        {
            foreach (var line in ProductionBased(products, others, input, context))
            {
                yield return line;
            }
            yield break;
        }

        foreach (var line in Balance(anchor, inputs, products, others, unknownInputs, unknownOutputs, input, context))
        {
            yield return line;
        }
        foreach (var product in products)
        {
            yield return Methane(product, input, context);
        }
        foreach (var s in inputs)
        {
            if (s.Use == FuelUse.Feedstock)
            {
                foreach (var line in NonEnergyUse(s, input, context, NotationKey.IE, SectorSay.CoalChem.Text(nameof(CoalChemText.IeFeedstock), category.Value, Say.Activity(anchor.Activity, input.Activities))))
                {
                    yield return line;
                }
            }
            else
            {
                yield return EmissionLine.UnderNotationKey(s, Gas.CO2, EmissionScope.Territorial, NotationKey.IE, BalanceLabel, pointer);
            }
        }
        foreach (var s in products.Skip(1).Concat(others))
        {
            yield return EmissionLine.UnderNotationKey(s, Gas.CO2, EmissionScope.Territorial, NotationKey.IE, BalanceLabel, pointer);
        }
    }

    private static Role RoleOf(EmissionSource source, MethodInput input) => input.ActivityOf(source).Kind switch
    {
        ActivityKind.Fuel => source.Use == FuelUse.Output ? Role.Product : Role.Input,
        ActivityKind.Production => Role.Product,
        ActivityKind.Recovery => Role.Stored,
        _ => Role.Waste,
    };

    /// <summary>The CO2 line of the balance on <paramref name="anchor"/>: a number, or NE naming what keeps it from being made.</summary>
    private static IEnumerable<EmissionLine> Balance(EmissionSource anchor, List<EmissionSource> inputs, List<EmissionSource> products, List<EmissionSource> others,
        List<EmissionSource> unknownInputs, List<EmissionSource> unknownOutputs, MethodInput input, CombustionContext context)
    {
        var category = anchor.Category.Value;
        if (unknownInputs.Count > 0)
        {
            yield return MethodLines.NotEstimated(anchor, Gas.CO2, BalanceLabel,
                SectorSay.CoalChem.Text(nameof(CoalChemText.InputUnknown), category, Listed(unknownInputs, input)));
            yield break;
        }
        var members = new List<Member>();
        foreach (var s in inputs.Concat(products).Concat(others))
        {
            if (Carbon(s, RoleOf(s, input), input, context, out var missing) is { } member)
            {
                members.Add(member);
                continue;
            }
            yield return MethodLines.NotEstimated(anchor, Gas.CO2, BalanceLabel, SectorSay.CoalChem.Text(nameof(CoalChemText.FactorMissing), category, missing));
            yield break;
        }
        double Sum(Role role) => members.Where(m => m.Role == role).Sum(m => m.CarbonTonnes);
        double cIn = Sum(Role.Input), cProducts = Sum(Role.Product), cWastes = Sum(Role.Waste), cStored = Sum(Role.Stored);
        double cOut = cProducts + cWastes + cStored;
        LineText Terms(Role role)
        {
            var terms = members.Where(m => m.Role == role).ToList();
            return terms.Count switch
            {
                0 => SectorSay.CoalChem.Text(nameof(CoalChemText.NoneTerm)),
                1 => terms[0].Arithmetic,
                _ => SectorSay.CoalChem.Text(nameof(CoalChemText.TermSum), LineText.Join(" + ", terms.Select(m => m.Arithmetic)), Numbers.Format(Sum(role))),
            };
        }
        if (unknownOutputs.Count > 0)
        {
            double bound = Math.Max(0, cIn - cOut) * FuelCombustionMethod.CarbonToCo2;
            yield return MethodLines.NotEstimated(anchor, Gas.CO2, BalanceLabel,
                SectorSay.CoalChem.Text(nameof(CoalChemText.OutputUnknown), category, Listed(unknownOutputs, input), Numbers.Format(bound)));
            yield break;
        }
        if (cOut > cIn)
        {
            input.Refuse(SectorSay.CoalChem.Now(nameof(CoalChemText.Refusal), anchor.Region.Value, anchor.Year, category, Numbers.Format(cOut), Numbers.Format(cIn),
                Terms(Role.Input).Render(), LineText.Join(" + ", members.Where(m => m.Role != Role.Input).Select(m => m.Arithmetic)).Render()));
            yield return MethodLines.NotEstimated(anchor, Gas.CO2, BalanceLabel, SectorSay.CoalChem.Text(nameof(CoalChemText.RefusedLine), category));
            yield break;
        }
        double emitted = cIn - cOut;
        double co2 = emitted * FuelCombustionMethod.CarbonToCo2;
        var closure = new CarbonClosure(cIn, cProducts, cWastes, cStored, co2 / FuelCombustionMethod.CarbonToCo2);
        if (!closure.Closes)
        {
            input.Refuse(SectorSay.CoalChem.Now(nameof(CoalChemText.ClosureRefusal), anchor.Region.Value, anchor.Year, category,
                Numbers.Format(closure.Residual, 9), Numbers.Format(closure.ToleranceTonnes, 9)));
        }
        var arithmetic = SectorSay.CoalChem.Text(nameof(CoalChemText.BalanceArithmetic),
            Terms(Role.Input), Terms(Role.Product), Terms(Role.Waste), Terms(Role.Stored),
            Numbers.Format(cIn), Numbers.Format(cProducts), Numbers.Format(cWastes), Numbers.Format(cStored), Numbers.Format(emitted), Numbers.Format(co2), Numbers.Format(closure.Emitted),
            Numbers.Format(closure.Residual, 9), Numbers.Format(closure.ToleranceTonnes, 9));
        yield return MethodLines.Line(anchor, context, Gas.CO2, co2, BalanceLabel, arithmetic, members.SelectMany(m => m.Factors), CarbonOrigin.Fossil);
    }

    /// <summary>The carbon of one member, or null with the reason a factor is missing.</summary>
    private static Member? Carbon(EmissionSource source, Role role, MethodInput input, CombustionContext context, out LineText? missing)
    {
        var activity = input.ActivityOf(source);
        if (activity.Kind == ActivityKind.Fuel)
        {
            if (FuelCarbon.Of(source, activity, context, out missing) is not { } fuel)
            {
                return null;
            }
            return new Member(source, role, fuel.CarbonTonnes, fuel.ArithmeticText, [fuel.Ncv, fuel.CarbonContent]);
        }
        if (MethodLines.Resolve(source, context, ProductCarbon) is not { } content)
        {
            missing = SectorSay.CoalChem.Text(nameof(CoalChemText.NoProductCarbon), Say.Activity(source.Activity, activity));
            return null;
        }
        missing = null;
        double carbon = source.ActivityBase * content.Factor.EngineValue;
        return new Member(source, role, carbon, SectorSay.CoalChem.Text(nameof(CoalChemText.CarbonTerm), Say.Activity(source.Activity, activity),
            Numbers.Format(source.ActivityBase), source.BaseUnit, Numbers.Factor(content.Factor.EngineValue), Numbers.Format(carbon)), [content]);
    }

    /// <summary>Production-based (Tier 1) lines: CO2 and CH4 of each product by its factor, NE where there is none; wastes and stored streams NA.</summary>
    private static IEnumerable<EmissionLine> ProductionBased(List<EmissionSource> products, List<EmissionSource> others, MethodInput input, CombustionContext context)
    {
        var category = products[0].Category.Value;
        foreach (var product in products)
        {
            var activity = input.ActivityOf(product);
            if (activity.Kind != ActivityKind.Fuel && MethodLines.Resolve(product, context, ProductionBasedEf, Gas.CO2) is { } ef)
            {
                double co2 = product.ActivityBase * ef.Factor.EngineValue;
                yield return MethodLines.Line(product, context, Gas.CO2, co2, ProductionBasedLabel,
                    SectorSay.CoalChem.Text(nameof(CoalChemText.ProductionBasedArithmetic), "CO2", Say.Activity(product.Activity, activity), Numbers.Format(product.ActivityBase),
                        product.BaseUnit, Numbers.Factor(ef.Factor.EngineValue), Numbers.Format(co2), SectorSay.CoalChem.Text(nameof(CoalChemText.NoFeedstockRows), category)),
                    [ef], CarbonOrigin.Fossil);
            }
            else
            {
                yield return MethodLines.NotEstimated(product, Gas.CO2, ProductionBasedLabel,
                    SectorSay.CoalChem.Text(nameof(CoalChemText.NoFallback), category, Say.Activity(product.Activity, activity)));
            }
            yield return Methane(product, input, context);
        }
        foreach (var s in others)
        {
            yield return EmissionLine.UnderNotationKey(s, Gas.CO2, EmissionScope.Territorial, NotationKey.NA, ProductionBasedLabel,
                SectorSay.CoalChem.Text(nameof(CoalChemText.NotDeducted), category, Say.Activity(s.Activity, input.Activities)));
        }
    }

    /// <summary>The CH4 line of a product: production × production_based_ef (CH4) where the library has it (IPCC 2006 Table 3.12: methanol), NE otherwise.</summary>
    private static EmissionLine Methane(EmissionSource product, MethodInput input, CombustionContext context)
    {
        var activity = input.ActivityOf(product);
        if (activity.Kind != ActivityKind.Fuel && MethodLines.Resolve(product, context, ProductionBasedEf, Gas.CH4) is { } ef)
        {
            double ch4 = product.ActivityBase * ef.Factor.EngineValue;
            return MethodLines.Line(product, context, Gas.CH4, ch4, ProductionBasedLabel,
                SectorSay.CoalChem.Text(nameof(CoalChemText.ProductionBasedArithmetic), "CH4", Say.Activity(product.Activity, activity), Numbers.Format(product.ActivityBase),
                    product.BaseUnit, Numbers.Factor(ef.Factor.EngineValue), Numbers.Format(ch4), SectorSay.CoalChem.Text(nameof(CoalChemText.Ch4AlwaysProductionBased))),
                [ef], CarbonOrigin.Fossil);
        }
        return MethodLines.NotEstimated(product, Gas.CH4, ProductionBasedLabel,
            SectorSay.CoalChem.Text(nameof(CoalChemText.NoCh4Factor), product.Category.Value, Say.Activity(product.Activity, activity)));
    }

    /// <summary>The feedstock's lines as non-energy use (the memo of its carbon), each territorial gas under <paramref name="key"/> with
    /// <paramref name="reason"/>: IE pointing at the balance that accounts the carbon, or NE when no balance could be formed (issue 15: an IE
    /// with nothing behind it would drop the carbon from every total unseen).</summary>
    private static IEnumerable<EmissionLine> NonEnergyUse(EmissionSource source, MethodInput input, CombustionContext context, NotationKey key, LineText reason) =>
        NonEnergyUseMethod.Compute(source, input.ActivityOf(source), context)
            .Select(l => l.Scope == EmissionScope.Territorial && l.Notation is not null
                ? EmissionLine.UnderNotationKey(source, l.Gas, EmissionScope.Territorial, key, BalanceLabel, reason)
                : l);

    /// <summary>The sources named with their keys and reasons, e.g. <c>raw_coal under C (confidential)</c>.</summary>
    private static LineText Listed(IEnumerable<EmissionSource> sources, MethodInput input) =>
        LineText.Join(", ", sources.Select(u =>
        {
            var listed = SectorSay.CoalChem.Text(nameof(CoalChemText.Under), Say.Activity(u.Activity, input.Activities), (u.Notation ?? u.PartNotation)?.ToString());
            return u.NotationNote is { } why ? SectorSay.CoalChem.Text(nameof(CoalChemText.WithReason), listed, why) : listed;
        }));
}
