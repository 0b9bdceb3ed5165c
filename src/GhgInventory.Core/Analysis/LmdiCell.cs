namespace GhgInventory.Core.Analysis;

/// <summary>One sub-category of an aggregate (a sector × fuel cell) with the values of its factors at the start (0) and the end (T):
/// V_i = Π_k x_k,i in each period.</summary>
/// <param name="Key">A name for the cell (sector/fuel), for tracing only.</param>
/// <param name="Start">x_k,i at period 0, one value per factor, in the factor order of the decomposition; non-negative.</param>
/// <param name="End">x_k,i at period T, likewise.</param>
public sealed record LmdiCell(string Key, IReadOnlyList<double> Start, IReadOnlyList<double> End)
{
    /// <summary>V_i at period 0: the product of <see cref="Start"/>.</summary>
    public double StartValue => Product(Start);

    /// <summary>V_i at period T: the product of <see cref="End"/>.</summary>
    public double EndValue => Product(End);

    private static double Product(IReadOnlyList<double> x)
    {
        double v = 1;
        for (int k = 0; k < x.Count; k++)
        {
            v *= x[k];
        }
        return v;
    }
}
