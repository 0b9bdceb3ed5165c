using GhgInventory.Core.Domain;

namespace GhgInventory.Tests.Core.Domain;

[TestFixture]
public sealed class CategoryCodeTests
{
    [TestCase("1.A.1.a.i", "1.A.1", true)]
    [TestCase("1.A.1", "1.A.1", true)]
    [TestCase("1.A.1.a.i", "1", true)]
    [TestCase("1.A.10", "1.A.1", false)]
    [TestCase("1.A.1", "1.A.1.a", false)]
    [TestCase("1.B.1", "1.A", false)]
    public void IsWithin_Prefix_EndsAtADot(string code, string prefix, bool within)
    {
        Assert.That(CategoryCode.Parse(code).IsWithin(prefix), Is.EqualTo(within));
    }

    [TestCase("A.1")]
    [TestCase("1..A")]
    [TestCase("1.A.")]
    [TestCase("1.A-1")]
    [TestCase("")]
    public void TryParse_NotACode_ReturnsFalse(string text)
    {
        Assert.That(CategoryCode.TryParse(text, out _), Is.False);
    }

    [Test]
    public void CategoryOrder_Codes_SortAsTheIpccTablesListThem()
    {
        string[] ipccOrder = ["1", "1.A", "1.A.1", "1.A.1.a", "1.A.1.a.i", "1.A.1.a.ii", "1.A.1.a.iii", "1.A.1.b", "1.A.2", "1.A.2.i", "1.A.2.m",
            "1.A.3.b.i", "1.A.3.b.ii", "1.A.3.b.iv", "1.A.3.b.v", "1.A.10", "1.B", "2", "10"];
        var shuffled = ipccOrder.Reverse().Select(CategoryCode.Parse).ToList();
        Assert.That(shuffled.Order(CategoryOrder.Instance).Select(c => c.Value), Is.EqualTo(ipccOrder));
    }
}
