namespace GhgInventory.Core.Domain;

/// <summary>Orders category codes the way the IPCC tables list them: 1.A.2 before 1.A.10, i before ii.</summary>
public sealed class CategoryOrder : IComparer<CategoryCode>
{
    /// <summary>The shared instance.</summary>
    public static readonly CategoryOrder Instance = new();

    private static readonly string[] Roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    /// <inheritdoc/>
    public int Compare(CategoryCode x, CategoryCode y)
    {
        var a = x.Value.Split('.');
        var b = y.Value.Split('.');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            int c = ComparePart(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    private static int ComparePart(string a, string b)
    {
        if (int.TryParse(a, out int na) && int.TryParse(b, out int nb))
        {
            return na.CompareTo(nb);
        }
        int ra = Array.IndexOf(Roman, a);
        int rb = Array.IndexOf(Roman, b);
        if (ra >= 0 && rb >= 0)
        {
            return ra.CompareTo(rb);
        }
        return string.CompareOrdinal(a, b);
    }
}
