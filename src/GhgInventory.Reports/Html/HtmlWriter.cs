using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GhgInventory.Core.Domain;
using GhgInventory.Core.Reporting;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html;

/// <summary>Writes the markup of the HTML report: escaped text, tables, notation-key cells and chart containers whose data the
/// page carries as JSON; sections write only through it, so every text is escaped and every chart is registered.</summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder html = new();
    private readonly List<(string Id, JsonObject Option)> charts = [];

    /// <summary>The markup written so far.</summary>
    public string Markup => html.ToString();

    /// <summary>The charts registered so far: container id and ECharts option, in order.</summary>
    public IReadOnlyList<(string Id, JsonObject Option)> Charts => charts;

    /// <summary>Appends markup as it is (the caller escapes any text in it).</summary>
    public HtmlWriter Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    /// <summary>Appends text, escaped.</summary>
    public HtmlWriter Text(string text)
    {
        html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>Writes <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> with the text escaped.</summary>
    public HtmlWriter Element(string tag, string text, string? cssClass = null)
    {
        html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }
        html.Append('>').Append(WebUtility.HtmlEncode(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Escapes <paramref name="text"/> for markup.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A notation key as markup: the key with its meaning as a tooltip (<c>NE</c>, title 未估算).</summary>
    public static string Key(NotationKey key) =>
        $"<span class=\"key\" title=\"{Escape(KeyMeaning(key))}\">{key}</span>";

    /// <summary>The meaning of a notation key in the current UI language (NE 未估算, IE 已包含在其他项, …).</summary>
    public static string KeyMeaning(NotationKey key) => key switch
    {
        NotationKey.NE => Strings.KeyNE,
        NotationKey.IE => Strings.KeyIE,
        NotationKey.NO => Strings.KeyNO,
        NotationKey.NA => Strings.KeyNA,
        _ => Strings.KeyC,
    };

    /// <summary>A gas cell as markup: the number divided by <paramref name="scale"/> with exactly <paramref name="decimals"/> decimals
    /// and thousands separators, the number with its NE/C parts (<c>25,988.1 + NE</c>), the key alone when no line has a number,
    /// or a dash when the cell has no line at all; never a 0 for a key.</summary>
    public static string Cell(GasCell? cell, int decimals, double scale)
    {
        if (cell is null || (!cell.HasNumber && cell.Keys.Count == 0))
        {
            return "<span class=\"dash\">–</span>";
        }
        if (cell.OnlyKey is { } only)
        {
            return Key(only);
        }
        // A fixed number of decimals, so a column lines up (16,230.9 / 222.0 / 0.3).
        string number = Escape((cell.Tonnes / scale).ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), System.Globalization.CultureInfo.InvariantCulture));
        return string.Concat(number, string.Concat(cell.IncompleteBecause.Select(k => " + " + Key(k))));
    }

    /// <summary>A CO2e (or CO2) cell in 万吨 with one decimal.</summary>
    public static string TenThousand(GasCell? cell) => Cell(cell, 1, 1e4);

    /// <summary>Tonnes as 万吨 with one decimal and thousands separators.</summary>
    public static string TenThousand(double tonnes) => Escape(Format.Cell(new GasCell(tonnes, true, []), 1, 1e4));

    /// <summary>A signed amount with one decimal and thousands separators: <c>+771.2</c>, <c>-3.0</c>, <c>0.0</c> (never <c>-0.0</c>).</summary>
    public static string SignedTenths(double value)
    {
        double rounded = Math.Round(value, 1) + 0.0;
        return (rounded > 0 ? "+" : "") + rounded.ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A number for a chart, in 万吨 rounded to one decimal as the tables show it; null (not drawn) when the cell has no number.</summary>
    public static double? ChartValue(GasCell? cell) => cell is { HasNumber: true } c ? Math.Round(c.Tonnes / 1e4, 1) : null;

    /// <summary>Opens a table with a caption (escaped) and a header row of <paramref name="headings"/> (escaped); the first
    /// <paramref name="labelColumns"/> columns are labels, the others numbers (right-aligned).</summary>
    public HtmlWriter OpenTable(string caption, IReadOnlyList<string> headings, int labelColumns = 1, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(headings);
        html.Append("<div class=\"table-wrap\"><table").Append(cssClass is null ? "" : $" class=\"{cssClass}\"").Append("><caption>")
            .Append(Escape(caption)).Append("</caption><thead><tr>");
        for (int i = 0; i < headings.Count; i++)
        {
            html.Append(i < labelColumns ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"num\">").Append(Escape(headings[i])).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        return this;
    }

    /// <summary>Writes a row: <paramref name="labels"/> (escaped text) then <paramref name="cells"/> (markup, e.g. from <see cref="Cell"/>).</summary>
    public HtmlWriter Row(IReadOnlyList<string> labels, IReadOnlyList<string> cells, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(cells);
        html.Append(cssClass is null ? "<tr>" : $"<tr class=\"{cssClass}\">");
        foreach (var label in labels)
        {
            html.Append("<td>").Append(Escape(label)).Append("</td>");
        }
        foreach (var cell in cells)
        {
            html.Append("<td class=\"num\">").Append(cell).Append("</td>");
        }
        html.Append("</tr>");
        return this;
    }

    /// <summary>Closes the table opened last.</summary>
    public HtmlWriter CloseTable()
    {
        html.Append("</tbody></table></div>");
        return this;
    }

    /// <summary>Writes a paragraph of escaped text, with a CSS class (<c>note</c>, <c>warning</c>).</summary>
    public HtmlWriter Paragraph(string text, string? cssClass = null) => Element("p", text, cssClass);

    /// <summary>Writes a chart container and registers its ECharts option; the page draws it with the SVG renderer.</summary>
    /// <param name="id">Container id, unique in the report.</param>
    /// <param name="title">The chart's title (escaped), also its accessible label.</param>
    /// <param name="option">The ECharts option: data in the units its title names.</param>
    /// <param name="heightPx">Height of the container.</param>
    public HtmlWriter Chart(string id, string title, JsonObject option, int heightPx = 380)
    {
        ArgumentNullException.ThrowIfNull(option);
        html.Append("<figure class=\"chart-figure\"><figcaption>").Append(Escape(title)).Append("</figcaption><div class=\"chart\" id=\"")
            .Append(id).Append("\" role=\"img\" aria-label=\"").Append(Escape(title)).Append("\" style=\"height:")
            .Append(heightPx).Append("px\"></div></figure>");
        charts.Add((id, option));
        return this;
    }

    /// <summary>Writes the legend of the notation keys and of the cell marks.</summary>
    public HtmlWriter KeyLegend()
    {
        html.Append("<dl class=\"legend\"><dt>").Append(Escape(Strings.KeysLegend)).Append("</dt>");
        foreach (var key in GasCell.KeyOrder)
        {
            html.Append("<dd>").Append(Key(key)).Append(' ').Append(Escape(KeyMeaning(key))).Append("</dd>");
        }
        html.Append("<dd><b>x + NE</b> ").Append(Escape(Strings.KeyPlus)).Append("</dd>");
        html.Append("<dd><span class=\"dash\">–</span> ").Append(Escape(Strings.KeyDash)).Append("</dd></dl>");
        return this;
    }
}
