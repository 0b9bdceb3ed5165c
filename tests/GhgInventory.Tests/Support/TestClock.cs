using NodaTime;
using NodaTime.Testing;

namespace GhgInventory.Tests.Support;

/// <summary>The fixed instant every test runs at, so stored timestamps never differ between runs.</summary>
internal static class TestClock
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 8, 0);

    public static FakeClock Create() => new(Now);
}
