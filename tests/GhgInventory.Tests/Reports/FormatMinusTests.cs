using GhgInventory.Reports;

namespace GhgInventory.Tests.Reports;

/// <summary>Amounts subtracted in a bridge row never print as a negative zero (issue 12: "the bridge removes -0").</summary>
[TestFixture]
public sealed class FormatMinusTests
{
    [Test]
    public void Minus_NothingRemoved_PrintsZeroNotMinusZero()
    {
        // Negating 0 gives −0, which .NET prints "-0.0" in the trend's 10^4 t column and "-0" in the table.
        Assert.That((-0.0 / 1e4).ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("-0.0"), "the fault this guards against");
        Assert.That((Format.Minus(0) / 1e4).ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("0.0"));
        Assert.That(Format.Tonnes(Format.Minus(0)), Is.EqualTo("0"));
    }

    [Test]
    public void Minus_Amount_IsItsNegative()
    {
        // 1,239,737.14 t of heat supply removed prints as −1,239,737.14 t.
        Assert.That(Format.Minus(1_239_737.14), Is.EqualTo(-1_239_737.14));
        Assert.That(Format.Tonnes(Format.Minus(1_239_737.14), 2), Is.EqualTo("-1,239,737.14"));
    }
}
