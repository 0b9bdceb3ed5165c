using GhgInventory.Core.Domain;
using GhgInventory.Core.Factors;

namespace GhgInventory.Core.Accounting.Methods;

/// <summary>One way of turning activity into emission lines, found through the <see cref="MethodRegistry"/> by category, activity kind and use.</summary>
/// <remarks>
/// Adding a method is adding a class that implements this interface (public, with a parameterless constructor: the registry finds it by
/// reflection) and a row of <c>emission-factors/vocabulary/methods.csv</c> routing (category, kind, use) to its <see cref="Key"/>.
/// A method is pure: it reads only its input and the context, and returns lines; an input it cannot account is a refusal
/// (<see cref="MethodInput.Refuse"/>) or an NE line with the reason, never a guess.
/// </remarks>
public interface IEmissionMethod
{
    /// <summary>The key methods.csv routes to, lower snake case (e.g. <c>coal_mining_ch4</c>).</summary>
    string Key { get; }

    /// <summary>The label stored on each line: the method and its guideline reference (e.g. "IPCC 2006 Vol.2 Ch.4 Eq.4.1.3 …").</summary>
    string Label { get; }

    /// <summary>Each label the method writes on a line (its <see cref="Label"/> and any other) with its name in Chinese, for a Chinese reader
    /// (<see cref="Localization.MethodNames"/>): the one way a registry method names itself in Chinese (issue 15). A name holds no English
    /// words beyond guideline references (IPCC 2006, volume/chapter/equation numbers) and chemical formulas.</summary>
    IReadOnlyDictionary<string, string> ChineseNames { get; }

    /// <summary>What the method receives: one source, the group of its region-year-category, or the series over years.</summary>
    MethodScope Scope { get; }

    /// <summary>The substances it reports, in reporting order: a notation row of a routed source gets a line under its key for each.</summary>
    IReadOnlyList<Gas> Gases { get; }

    /// <summary>The parameters it reads from factor sets; a factor row is accepted only when some method (or the energy accounts) reads it.</summary>
    IReadOnlyList<ParameterSpec> Reads { get; }

    /// <summary>The lines for <paramref name="input"/>: for <see cref="MethodScope.Source"/> the source's own; for <see cref="MethodScope.Group"/>
    /// and <see cref="MethodScope.Series"/> the lines of the whole group or of the series' year <see cref="MethodInput.Year"/>.</summary>
    IEnumerable<EmissionLine> Compute(MethodInput input, CombustionContext context);
}

/// <summary>What a method receives.</summary>
public enum MethodScope
{
    /// <summary>One source (region, year, category, activity, use) at a time.</summary>
    Source,
    /// <summary>Every numeric source routed to the method in one region, year and category (e.g. a carbon balance, coal mined minus methane recovered); called once per group.</summary>
    Group,
    /// <summary>Every numeric source routed to the method in one region and category, over all years of the compile and the years before
    /// (first-order decay); called once per region, category and year that has a source.</summary>
    Series,
}
