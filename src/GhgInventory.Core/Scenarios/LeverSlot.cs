namespace GhgInventory.Core.Scenarios;

/// <summary>One lever's yearly values for the parts that share a setting and an anchor (docs/scenarios.md §5): filled once at bind when
/// fixed, again for every draw when one of its points is a distribution.</summary>
/// <remarks>
/// Rate: a path is flat before its first point, linear between points, flat after the last; a <c>value</c> with <c>from</c> is 0 before
/// <c>from</c>. Level: the knots are (base year, anchor) and the points after the base year, linear between them, flat after the last;
/// the anchor is the path's own value at the base year when it has a point at or before it (linear between the points around the base
/// year), else <see cref="Anchor"/> (the inventory's value, or the catalogue's default). Ratio: the single value. Unset: a rate is its
/// default (0), a level its anchor, a ratio NaN (binding refuses a lever that needs a missing ratio).
/// </remarks>
internal sealed class LeverSlot
{
    /// <summary>A slot for <paramref name="definition"/> set by <paramref name="setting"/> (null: unset) with the given anchor.</summary>
    public LeverSlot(LeverDefinition definition, LeverSetting? setting, double anchor, int dimension)
    {
        Definition = definition;
        Setting = setting;
        Anchor = anchor;
        Dimension = dimension;
    }

    /// <summary>The catalogue row.</summary>
    public LeverDefinition Definition { get; }

    /// <summary>The file's setting; null when unset.</summary>
    public LeverSetting? Setting { get; }

    /// <summary>The base-year value of a level when the path has no point at or before the base year (NaN when there is none).</summary>
    public double Anchor { get; }

    /// <summary>The uncertain dimension this slot reads, or −1 when it is fixed.</summary>
    public int Dimension { get; }

    /// <summary>Writes the value of each year <paramref name="baseYear"/> + i into <paramref name="dest"/>[i], every point read at <paramref name="u"/>.</summary>
    public void Fill(Span<double> dest, double u, int baseYear)
    {
        if (Setting is null)
        {
            dest.Fill(Definition.Kind switch
            {
                LeverKind.Rate => Definition.Default ?? 0,
                LeverKind.Level => Anchor,
                _ => double.NaN,
            });
            return;
        }
        var points = Setting.Points;
        int n = points.Count;
        Span<double> values = n <= 64 ? stackalloc double[n] : new double[n];
        for (int k = 0; k < n; k++)
        {
            values[k] = points[k].Value.At(u);
        }
        switch (Definition.Kind)
        {
            case LeverKind.Ratio:
                dest.Fill(values[0]);
                return;
            case LeverKind.Rate:
                if (Setting.From is { } from)
                {
                    for (int i = 0; i < dest.Length; i++)
                    {
                        dest[i] = baseYear + i >= from ? values[0] : 0;
                    }
                    return;
                }
                for (int i = 0; i < dest.Length; i++)
                {
                    dest[i] = Interpolate(points, values, baseYear + i);
                }
                return;
            default:
                double anchor = points[0].Year <= baseYear ? Interpolate(points, values, baseYear) : Anchor;
                int first = 0;
                while (first < n && points[first].Year <= baseYear)
                {
                    first++;
                }
                for (int i = 0; i < dest.Length; i++)
                {
                    int year = baseYear + i;
                    if (i == 0)
                    {
                        dest[i] = anchor;
                        continue;
                    }
                    if (first == n)
                    {
                        dest[i] = anchor;
                        continue;
                    }
                    // Knots: (baseYear, anchor), then the points after the base year.
                    int k = first;
                    while (k < n && points[k].Year < year)
                    {
                        k++;
                    }
                    if (k == n)
                    {
                        dest[i] = values[n - 1];
                        continue;
                    }
                    if (points[k].Year == year)
                    {
                        dest[i] = values[k];
                        continue;
                    }
                    double y0 = k == first ? baseYear : points[k - 1].Year;
                    double v0 = k == first ? anchor : values[k - 1];
                    dest[i] = v0 + (values[k] - v0) * (year - y0) / (points[k].Year - y0);
                }
                return;
        }
    }

    /// <summary>The path through (year, value) at <paramref name="year"/>: flat before the first point and after the last, linear between.</summary>
    private static double Interpolate(IReadOnlyList<PathPoint> points, ReadOnlySpan<double> values, int year)
    {
        int n = points.Count;
        if (year <= points[0].Year)
        {
            return values[0];
        }
        if (year >= points[n - 1].Year)
        {
            return values[n - 1];
        }
        int k = 1;
        while (points[k].Year < year)
        {
            k++;
        }
        if (points[k].Year == year)
        {
            return values[k];
        }
        double y0 = points[k - 1].Year, y1 = points[k].Year;
        return values[k - 1] + (values[k] - values[k - 1]) * (year - y0) / (y1 - y0);
    }
}
