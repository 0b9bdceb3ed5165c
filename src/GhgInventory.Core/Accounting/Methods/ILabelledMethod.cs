namespace GhgInventory.Core.Accounting.Methods;

/// <summary>A registry method whose line labels have names in Chinese of its own (its resource file), so that
/// <see cref="Localization.MethodNames"/> names them for a Chinese reader without Core's text table knowing the method.</summary>
public interface ILabelledMethod : IEmissionMethod
{
    /// <summary>Each label the method writes on a line (its <see cref="IEmissionMethod.Label"/> and any other), with its Chinese name.</summary>
    IReadOnlyDictionary<string, string> ChineseNames { get; }
}
