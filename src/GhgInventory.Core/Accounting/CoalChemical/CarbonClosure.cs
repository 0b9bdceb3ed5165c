namespace GhgInventory.Core.Accounting.CoalChemical;

/// <summary>The closure of one carbon balance: carbon in = carbon in products + in wastes and by-products + stored or sold + emitted (t C).</summary>
/// <param name="CarbonIn">Carbon in the feedstock and transformation inputs, t C.</param>
/// <param name="Products">Carbon in the products, t C.</param>
/// <param name="Wastes">Carbon in wastes and by-products, t C.</param>
/// <param name="Stored">Carbon captured and stored or sold (CO2 × 12/44), t C.</param>
/// <param name="Emitted">Carbon emitted, t C: the emitted CO2 as written on the line × 12/44.</param>
/// <remarks>
/// IPCC 2006 Vol. 3 Ch. 3 §3.9 (Tier 2 feedstock carbon balance): what enters as feedstock leaves in the products, in by-products and
/// wastes, or as CO2. The emitted carbon is the balance's residual, so the closure is an identity of the arithmetic: the check adds the
/// parts again, the emitted one taken back from the line's CO2, and holds them against the carbon in within
/// <see cref="RelativeTolerance"/> × C in. That tolerance (10^-9) is floating-point rounding only — a dozen additions and one
/// × 44/12 ÷ 44/12 round trip lose less than 10^-12 — so any real error (a term dropped or counted twice) fails it. The balance has no
/// measured term of its own that could disagree: data that cannot close (outputs holding more carbon than the inputs) are refused
/// before, whatever the amount.
/// </remarks>
public sealed record CarbonClosure(double CarbonIn, double Products, double Wastes, double Stored, double Emitted)
{
    /// <summary>The closure tolerance relative to the carbon in: floating-point rounding only (see the remarks).</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>C in − (products + wastes + stored + emitted), t C.</summary>
    public double Residual => CarbonIn - (Products + Wastes + Stored + Emitted);

    /// <summary>The tolerance in t C: <see cref="RelativeTolerance"/> × C in.</summary>
    public double ToleranceTonnes => RelativeTolerance * Math.Abs(CarbonIn);

    /// <summary>True when |residual| ≤ the tolerance.</summary>
    public bool Closes => Math.Abs(Residual) <= ToleranceTonnes;
}
