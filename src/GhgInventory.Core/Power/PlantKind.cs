namespace GhgInventory.Core.Power;

/// <summary>Whose plant a group of fuel and outputs is.</summary>
public enum PlantKind
{
    /// <summary>A public plant (1.A.1.a.i power, 1.A.1.a.ii CHP, 1.A.1.a.iii heat, or output rows written at 1.A.1.a / 1.A.1).</summary>
    Public,
    /// <summary>An enterprise's own power or CHP plant (自备电厂): fuel with use autoproducer and the outputs at the same category.</summary>
    Autoproducer,
}
