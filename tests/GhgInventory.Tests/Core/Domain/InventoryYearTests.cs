using GhgInventory.Core.Domain;
using NodaTime;

namespace GhgInventory.Tests.Core.Domain;

[TestFixture]
public sealed class InventoryYearTests
{
    [Test]
    public void Span_Year_IsFirstJanuaryToThirtyFirstDecember()
    {
        var span = new InventoryYear(2020).Span;
        Assert.That((span.Start, span.End), Is.EqualTo((new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))));
        Assert.That(span.Length, Is.EqualTo(366), "2020 is a leap year");
    }

    [TestCase(1989)]
    [TestCase(2101)]
    public void Constructor_OutOfRange_ThrowsNamingTheRange(int year)
    {
        Assert.That(() => new InventoryYear(year), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("1990").And.Message.Contains("2100"));
    }

    [Test]
    public void Previous_Year_IsTheYearBefore()
    {
        Assert.That(new InventoryYear(2020).Previous, Is.EqualTo(new InventoryYear(2019)));
        Assert.That(() => new InventoryYear(1990).Previous, Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
