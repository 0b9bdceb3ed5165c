namespace GhgInventory.Core.Domain;

/// <summary>How an inventory run is published: the final annual inventory (年报) or a provisional one (快报).</summary>
/// <remarks>
/// 《完善碳排放统计核算体系工作方案》(发改环资〔2024〕1479号, 2024-10-08), 一、主要目标 and 二(一)1: national and provincial
/// carbon-emission accounts are to have an annual report (年报) and a provisional report (快报) "to improve timeliness and
/// quality". The status says how the figures may be used; it does not change how a line is computed.
/// </remarks>
public enum RunStatus
{
    /// <summary>年报: the annual inventory, on the year's complete data (compile's default; every run made before schema 7).</summary>
    Final = 0,

    /// <summary>快报: built on partial or estimated data, to be replaced by the final run of the same year.</summary>
    Provisional = 1,
}

/// <summary>The stored words of <see cref="RunStatus"/> (<c>inventory_runs.status</c>, JSON <c>"status"</c>).</summary>
public static class RunStatuses
{
    /// <summary>The stored word: <c>final</c> or <c>provisional</c>.</summary>
    public static string Name(this RunStatus status) => status == RunStatus.Provisional ? "provisional" : "final";

    /// <summary>Reads a stored word; anything but <c>provisional</c> is refused rather than guessed.</summary>
    /// <exception cref="FormatException">The word is neither <c>final</c> nor <c>provisional</c>.</exception>
    public static RunStatus Parse(string text) => text switch
    {
        "final" => RunStatus.Final,
        "provisional" => RunStatus.Provisional,
        _ => throw new FormatException($"Run status '{text}' is neither 'final' nor 'provisional'."),
    };
}
