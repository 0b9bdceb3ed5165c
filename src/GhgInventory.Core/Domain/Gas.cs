namespace GhgInventory.Core.Domain;

/// <summary>A substance an emission line is reported for; the set is data (substances.csv), these are the three the core computes today.</summary>
/// <param name="Code">Formula as reported, e.g. <c>CH4</c>.</param>
public readonly record struct Gas(string Code)
{
    /// <summary>Carbon dioxide.</summary>
    public static readonly Gas CO2 = new("CO2");

    /// <summary>Methane.</summary>
    public static readonly Gas CH4 = new("CH4");

    /// <summary>Nitrous oxide.</summary>
    public static readonly Gas N2O = new("N2O");

    /// <summary>The three greenhouse gases of the energy inventory, in reporting order.</summary>
    public static IReadOnlyList<Gas> Greenhouse { get; } = [CO2, CH4, N2O];

    /// <inheritdoc/>
    public override string ToString() => Code;
}
