namespace GhgInventory.Core.Reporting;

/// <summary>Check that a region's total equals the sum of its child regions plus its own records.</summary>
/// <param name="TotalCo2eTonnes">Total of all lines in the region.</param>
/// <param name="PartsCo2eTonnes">Sum of the child-region totals and the region's own records.</param>
/// <param name="ToleranceTonnes">Largest difference counted as agreement (floating-point summation order only).</param>
public sealed record Reconciliation(double TotalCo2eTonnes, double PartsCo2eTonnes, double ToleranceTonnes)
{
    /// <summary>Total minus parts.</summary>
    public double DifferenceTonnes => TotalCo2eTonnes - PartsCo2eTonnes;

    /// <summary>True when the difference is within the tolerance.</summary>
    public bool Agrees => Math.Abs(DifferenceTonnes) <= ToleranceTonnes;
}
