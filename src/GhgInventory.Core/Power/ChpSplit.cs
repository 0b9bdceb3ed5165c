using System.Globalization;
using GhgInventory.Core.Localization;
using GhgInventory.Core.Resources;

namespace GhgInventory.Core.Power;

/// <summary>The CHP split a run chose, with the reference efficiencies of the efficiency method; recorded in the run's options text.</summary>
/// <remarks>
/// Energy output: electricity share = E_el / (E_el + E_heat), E_el = kWh × 3.6 MJ.
/// Efficiency method (WRI/WBCSD GHG Protocol, "Allocation of GHG Emissions from a Combined Heat and Power (CHP) Plant",
/// guide to calculation worksheets v1.0, September 2006, section II/III): heat share = (H / e_H) / (H / e_H + P / e_P), with H the
/// heat and P the power output in the same energy unit and e_H, e_P the efficiencies of making each alone. Secondary sources quote
/// e_H = 0.80 and e_P = 0.35 as the tool's defaults, but the guide's own text could not be read here to confirm them, so both are
/// required options of <c>ghg compile --chp-split efficiency</c>, never silent defaults.
/// </remarks>
/// <param name="Method">The method.</param>
/// <param name="HeatEfficiency">e_H, a fraction in (0, 1]; only with <see cref="ChpSplitMethod.Efficiency"/>.</param>
/// <param name="PowerEfficiency">e_P, a fraction in (0, 1]; only with <see cref="ChpSplitMethod.Efficiency"/>.</param>
public sealed record ChpSplit(ChpSplitMethod Method, double? HeatEfficiency = null, double? PowerEfficiency = null)
{
    /// <summary>The default: by energy output.</summary>
    public static readonly ChpSplit EnergyOutput = new(ChpSplitMethod.EnergyOutput);

    /// <summary>The efficiency method with the given reference efficiencies (fractions in (0, 1]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An efficiency outside (0, 1].</exception>
    public static ChpSplit ByEfficiency(double heatEfficiency, double powerEfficiency)
    {
        if (!(heatEfficiency > 0 && heatEfficiency <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(heatEfficiency), heatEfficiency, Say.Now(nameof(CoreText.ChpHeatEfficiencyRange)));
        }
        if (!(powerEfficiency > 0 && powerEfficiency <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(powerEfficiency), powerEfficiency, Say.Now(nameof(CoreText.ChpPowerEfficiencyRange)));
        }
        return new ChpSplit(ChpSplitMethod.Efficiency, heatEfficiency, powerEfficiency);
    }

    /// <summary>The share of the plant's emissions carried by electricity, from its electricity and heat output in GJ (both &gt; 0).</summary>
    public double ElectricityShare(double electricityGj, double heatGj)
    {
        if (Method == ChpSplitMethod.Efficiency)
        {
            double heat = heatGj / HeatEfficiency!.Value, power = electricityGj / PowerEfficiency!.Value;
            return power / (heat + power);
        }
        return electricityGj / (electricityGj + heatGj);
    }

    /// <summary>The share in words with its numbers, e.g. <c>energy output: 5,400,000 / (5,400,000 + 10,000,000) GJ = 0.3506</c>.</summary>
    public string Arithmetic(double electricityGj, double heatGj)
    {
        double share = ElectricityShare(electricityGj, heatGj);
        string el = Accounting.Numbers.Format(electricityGj, 0), heat = Accounting.Numbers.Format(heatGj, 0);
        return Method == ChpSplitMethod.Efficiency
            ? Say.Now(nameof(CoreText.ChpShareEfficiency), el, Text(PowerEfficiency), heat, Text(HeatEfficiency), Accounting.Numbers.Format(share, 4))
            : Say.Now(nameof(CoreText.ChpShareEnergy), el, heat, Accounting.Numbers.Format(share, 4));
    }

    /// <summary>The text stored in the run's options, e.g. <c>chp=energy</c> or <c>chp=efficiency(heat=0.8,power=0.35)</c>.</summary>
    public string OptionText => Method == ChpSplitMethod.Efficiency
        ? $"chp=efficiency(heat={Text(HeatEfficiency)},power={Text(PowerEfficiency)})"
        : "chp=energy";

    /// <summary>The split recorded in a run's options text; runs stored before the option existed split by energy output.</summary>
    public static ChpSplit FromOptionText(string? options)
    {
        const string Prefix = "chp=efficiency(heat=";
        int at = options?.IndexOf(Prefix, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return EnergyOutput;
        }
        string rest = options![(at + Prefix.Length)..];
        int comma = rest.IndexOf(",power=", StringComparison.Ordinal), close = rest.IndexOf(')', StringComparison.Ordinal);
        return ByEfficiency(double.Parse(rest[..comma], CultureInfo.InvariantCulture),
            double.Parse(rest[(comma + ",power=".Length)..close], CultureInfo.InvariantCulture));
    }

    /// <summary>The name shown in reports: <c>energy output</c> or <c>efficiency (e_H 0.8, e_P 0.35)</c>.</summary>
    public string Label => Method == ChpSplitMethod.Efficiency
        ? Say.Now(nameof(CoreText.ChpLabelEfficiency), Text(HeatEfficiency), Text(PowerEfficiency))
        : Say.Now(nameof(CoreText.ChpLabelEnergy));

    private static string Text(double? value) => (value ?? 0).ToString("R", CultureInfo.InvariantCulture);
}
