using System.Data;
using Dapper;
using GhgInventory.Core.Domain;
using NodaTime;
using NodaTime.Text;

namespace GhgInventory.Data.Storage;

/// <summary>All Dapper type handlers, registered in one place: domain codes as TEXT, instants as ISO-8601 UTC TEXT.</summary>
public static class TypeHandlers
{
    private static int registered;

    /// <summary>Registers the handlers once per process.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }
        SqlMapper.AddTypeHandler(new RegionCodeHandler());
        SqlMapper.AddTypeHandler(new CategoryCodeHandler());
        SqlMapper.AddTypeHandler(new InstantHandler());
    }

    private sealed class RegionCodeHandler : SqlMapper.TypeHandler<RegionCode>
    {
        public override RegionCode Parse(object value) => RegionCode.Parse((string)value);

        public override void SetValue(IDbDataParameter parameter, RegionCode value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.Value;
        }
    }

    private sealed class CategoryCodeHandler : SqlMapper.TypeHandler<CategoryCode>
    {
        public override CategoryCode Parse(object value) => CategoryCode.Parse((string)value);

        public override void SetValue(IDbDataParameter parameter, CategoryCode value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.Value;
        }
    }

    private sealed class InstantHandler : SqlMapper.TypeHandler<Instant>
    {
        public override Instant Parse(object value) => InstantPattern.ExtendedIso.Parse((string)value).Value;

        public override void SetValue(IDbDataParameter parameter, Instant value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = InstantPattern.ExtendedIso.Format(value);
        }
    }
}
