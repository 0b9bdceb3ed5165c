using Dapper;
using GhgInventory.Core.Domain;
using GhgInventory.Data.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GhgInventory.Tests.Data.Storage;

/// <summary>Dapper type handlers compile whether or not they map; each is proved by a value sent as a parameter and read back.</summary>
[TestFixture]
public sealed class TypeHandlersTests
{
    private SqliteConnection connection = null!;

    [SetUp]
    public void Open()
    {
        TypeHandlers.Register();
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
    }

    [TearDown]
    public void Close() => connection.Dispose();

    [TestCase("150622")]
    [TestCase("150624-01")]
    public void RegionCode_AsParameter_RoundTripsAsText(string code)
    {
        var region = RegionCode.Parse(code);
        Assert.That(connection.ExecuteScalar<string>("SELECT typeof(@region) || ':' || @region", new { region }), Is.EqualTo("text:" + code));
        Assert.That(connection.QuerySingle<RegionCode>("SELECT @region", new { region }), Is.EqualTo(region));
    }

    [Test]
    public void CategoryCode_AsParameter_RoundTripsAsText()
    {
        var category = CategoryCode.Parse("1.A.1.a.i");
        Assert.That(connection.ExecuteScalar<string>("SELECT typeof(@category) || ':' || @category", new { category }), Is.EqualTo("text:1.A.1.a.i"));
        Assert.That(connection.QuerySingle<CategoryCode>("SELECT @category", new { category }), Is.EqualTo(category));
    }

    [Test]
    public void Instant_AsParameter_RoundTripsAsIsoUtcText()
    {
        var instant = Instant.FromUtc(2026, 11, 27, 8, 0, 30).PlusNanoseconds(123_456_700);
        Assert.That(connection.ExecuteScalar<string>("SELECT @instant", new { instant }), Is.EqualTo("2026-11-27T08:00:30.1234567Z"));
        Assert.That(connection.QuerySingle<Instant>("SELECT @instant", new { instant }), Is.EqualTo(instant));
    }

    [Test]
    public void Handlers_InARecordColumn_Map()
    {
        var row = connection.QuerySingle<Row>("SELECT '150622' AS Region, '1.A.2.c' AS Category, '2020-01-01T00:00:00Z' AS At");
        Assert.That(row.Region, Is.EqualTo(RegionCode.Parse("150622")));
        Assert.That(row.Category, Is.EqualTo(CategoryCode.Parse("1.A.2.c")));
        Assert.That(row.At, Is.EqualTo(Instant.FromUtc(2020, 1, 1, 0, 0)));
    }

    [Test]
    public void Register_Twice_IsHarmless()
    {
        TypeHandlers.Register();
        var region = RegionCode.Parse("150600");
        Assert.That(connection.QuerySingle<RegionCode>("SELECT @region", new { region }), Is.EqualTo(region));
    }

#pragma warning disable CA1812 // materialised by Dapper
    private sealed record Row(RegionCode Region, CategoryCode Category, Instant At);
#pragma warning restore CA1812
}
