namespace GhgInventory.Data.Ingestion;

/// <summary>Valid rows copied out of the row source's buffer, so that another thread can store them while the source reads on.</summary>
/// <remarks>Numbers are kept as they are; the text fields (unit, facility, source, note) are copied into one byte array.</remarks>
internal sealed class RowBatch
{
    /// <summary>Rows a batch holds before it is handed on: enough that handing on costs nothing per row, few enough that three batches take under 0.5 MiB.</summary>
    public const int Capacity = 1024;

    /// <summary>Text bytes after which a batch is handed on even when it has room for rows (long notes).</summary>
    public const int TextCapacity = 1 << 20;

    private readonly BufferedRow[] rows = new BufferedRow[Capacity];
    private byte[] text = new byte[Capacity * 64];
    private int textLength;

    /// <summary>Rows held.</summary>
    public int Count { get; private set; }

    /// <summary>True when the batch should be handed on.</summary>
    public bool IsFull => Count == Capacity || textLength >= TextCapacity;

    /// <summary>Copies <paramref name="row"/> in.</summary>
    public void Add(in ActivityRow row)
    {
        ref var r = ref rows[Count++];
        r.Line = row.Line;
        r.Region = row.Region;
        r.Year = row.Year;
        r.Category = row.Category;
        r.Activity = row.Activity;
        r.Use = row.Use;
        r.Value = row.Value;
        r.BaseValue = row.BaseValue;
        r.NotationKey = row.NotationKey;
        r.UncertaintyPct = row.UncertaintyPct;
        r.Unit = Copy(row.Unit);
        r.Facility = Copy(row.Facility);
        r.Source = Copy(row.Source);
        r.Note = Copy(row.Note);
    }

    /// <summary>Row <paramref name="index"/>, its text pointing into the batch (valid until <see cref="Clear"/>).</summary>
    public ActivityRow this[int index]
    {
        get
        {
            ref readonly var r = ref rows[index];
            return new ActivityRow
            {
                Line = r.Line,
                Region = r.Region,
                Year = r.Year,
                Category = r.Category,
                Activity = r.Activity,
                Use = r.Use,
                Value = r.Value,
                BaseValue = r.BaseValue,
                NotationKey = r.NotationKey,
                UncertaintyPct = r.UncertaintyPct,
                Unit = text.AsSpan(r.Unit.Start, r.Unit.Length),
                Facility = text.AsSpan(r.Facility.Start, r.Facility.Length),
                Source = text.AsSpan(r.Source.Start, r.Source.Length),
                Note = text.AsSpan(r.Note.Start, r.Note.Length),
            };
        }
    }

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        Count = 0;
        textLength = 0;
    }

    private (int Start, int Length) Copy(ReadOnlySpan<byte> field)
    {
        if (textLength + field.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, textLength + field.Length));
        }
        field.CopyTo(text.AsSpan(textLength));
        var at = (textLength, field.Length);
        textLength += field.Length;
        return at;
    }

    private struct BufferedRow
    {
        public int Line, Region, Year, Category, Activity, Use;
        public double Value, BaseValue;
        public string? NotationKey;
        public double? UncertaintyPct;
        public (int Start, int Length) Unit, Facility, Source, Note;
    }
}
