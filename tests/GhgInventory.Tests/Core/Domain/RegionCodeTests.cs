using GhgInventory.Core.Domain;

namespace GhgInventory.Tests.Core.Domain;

[TestFixture]
public sealed class RegionCodeTests
{
    [TestCase("150000", RegionLevel.Province)]
    [TestCase("150600", RegionLevel.Prefecture)]
    [TestCase("150622", RegionLevel.County)]
    [TestCase("150624-01", RegionLevel.Park)]
    [TestCase(" 150622 ", RegionLevel.County)]
    public void TryParse_Code_KnowsItsLevel(string text, RegionLevel level)
    {
        Assert.That(RegionCode.TryParse(text, out var code), Is.True);
        Assert.That(code.Level, Is.EqualTo(level));
        Assert.That(code.ToString(), Is.EqualTo(text.Trim()));
    }

    [TestCase("15062")]
    [TestCase("1506222")]
    [TestCase("15062a")]
    [TestCase("150624-1")]
    [TestCase("150624_01")]
    [TestCase("准格尔旗")]
    [TestCase("")]
    public void TryParse_NotACode_ReturnsFalse(string text)
    {
        Assert.That(RegionCode.TryParse(text, out _), Is.False);
        Assert.That(() => RegionCode.Parse(text), Throws.TypeOf<FormatException>());
    }
}
