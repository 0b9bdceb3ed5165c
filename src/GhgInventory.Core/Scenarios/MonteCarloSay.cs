using GhgInventory.Core.Accounting;
using GhgInventory.Core.Localization;

namespace GhgInventory.Core.Scenarios;

/// <summary>The texts of the Monte Carlo, the checks and the comparison (<c>Resources/MonteCarloText</c>), registered as the sector texts are
/// (<see cref="ResourceSay"/>; kept beside the scenarios rather than in <c>SectorSay</c> so parallel work on issue 16 does not collide).</summary>
internal static class MonteCarloSay
{
    /// <summary>Resources/MonteCarloText.</summary>
    public static readonly ResourceSay Text = new(Resources.MonteCarloText.ResourceManager, d => Numbers.Format(d));
}
