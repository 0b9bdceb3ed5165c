namespace GhgInventory.Core.Accounting.Methods.Ippu;

/// <summary>A method whose stored label (<see cref="IEmissionMethod.Label"/>, English) has a Chinese name, which <see cref="Localization.MethodNames"/>
/// shows to a Chinese reader.</summary>
public interface IChineseLabel
{
    /// <summary>The method's name in Chinese, in the terms of 省级温室气体清单编制指南.</summary>
    string LabelZh { get; }
}
