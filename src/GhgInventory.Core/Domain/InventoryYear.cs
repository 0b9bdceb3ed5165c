using NodaTime;

namespace GhgInventory.Core.Domain;

/// <summary>A calendar year of the inventory, stored as an integer.</summary>
public readonly record struct InventoryYear
{
    /// <summary>Earliest year accepted: the IPCC base year.</summary>
    public const int Min = 1990;

    /// <summary>Latest year accepted, far enough for peak-carbon scenarios.</summary>
    public const int Max = 2100;

    /// <summary>Creates a year, checking it lies in [1990, 2100].</summary>
    public InventoryYear(int value) => Value = Guard.InRange(value, Min, Max, nameof(value));

    /// <summary>The year number.</summary>
    public int Value { get; }

    /// <summary>1 January to 31 December of the year.</summary>
    public DateInterval Span => new(new LocalDate(Value, 1, 1), new LocalDate(Value, 12, 31));

    /// <summary>The year before.</summary>
    public InventoryYear Previous => new(Value - 1);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
