namespace GhgInventory.Data.Ingestion;

/// <summary>One row as a row source read it: each field as UTF-8 bytes (empty when blank or absent), valid until the source reads on.</summary>
/// <remarks>The validator sees only this: no file, no CSV, no SQL. An XLSX sheet or an indicator file fills the same fields.</remarks>
internal readonly ref struct RawActivityRow
{
    /// <summary>The line of the file (or sheet row) the row starts on.</summary>
    public required int Line { get; init; }
    /// <summary>False when the source knows that no field holds a control character (the common case, checked once on the whole record).</summary>
    public required bool MayHaveControls { get; init; }
    /// <summary>Region field.</summary>
    public required ReadOnlySpan<byte> Region { get; init; }
    /// <summary>Year field.</summary>
    public required ReadOnlySpan<byte> Year { get; init; }
    /// <summary>Category field.</summary>
    public required ReadOnlySpan<byte> Category { get; init; }
    /// <summary>Activity field.</summary>
    public required ReadOnlySpan<byte> Activity { get; init; }
    /// <summary>Value field.</summary>
    public required ReadOnlySpan<byte> Value { get; init; }
    /// <summary>Unit field.</summary>
    public required ReadOnlySpan<byte> Unit { get; init; }
    /// <summary>Source field.</summary>
    public required ReadOnlySpan<byte> Source { get; init; }
    /// <summary>Note field.</summary>
    public required ReadOnlySpan<byte> Note { get; init; }
    /// <summary>Uncertainty field.</summary>
    public required ReadOnlySpan<byte> Uncertainty { get; init; }
    /// <summary>Facility field.</summary>
    public required ReadOnlySpan<byte> Facility { get; init; }
    /// <summary>Use field.</summary>
    public required ReadOnlySpan<byte> Use { get; init; }
}

/// <summary>One valid row: names resolved to vocabulary ids, the amount converted, text fields as written.</summary>
internal readonly ref struct ActivityRow
{
    /// <summary>Source line.</summary>
    public required int Line { get; init; }
    /// <summary>Region id in the vocabulary.</summary>
    public required int Region { get; init; }
    /// <summary>Inventory year.</summary>
    public required int Year { get; init; }
    /// <summary>Category id in the vocabulary.</summary>
    public required int Category { get; init; }
    /// <summary>Activity id in the vocabulary.</summary>
    public required int Activity { get; init; }
    /// <summary>Use id (fuel_uses.id; 0 combustion).</summary>
    public required int Use { get; init; }
    /// <summary>The value as written (after normalising); NaN for a notation row.</summary>
    public required double Value { get; init; }
    /// <summary>The amount in t, m3 or GJ; NaN for a notation row.</summary>
    public required double BaseValue { get; init; }
    /// <summary>The notation key (NO, NE, IE, NA, C) standing for the value, or null.</summary>
    public required string? NotationKey { get; init; }
    /// <summary>Unit as written; empty for a notation row.</summary>
    public required ReadOnlySpan<byte> Unit { get; init; }
    /// <summary>Facility as written.</summary>
    public required ReadOnlySpan<byte> Facility { get; init; }
    /// <summary>Source as written.</summary>
    public required ReadOnlySpan<byte> Source { get; init; }
    /// <summary>Note as written.</summary>
    public required ReadOnlySpan<byte> Note { get; init; }
    /// <summary>Uncertainty in percent, or null.</summary>
    public required double? UncertaintyPct { get; init; }
}
