using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GhgInventory.Core.Localization;
using GhgInventory.Reports.Html.Sections;
using Strings = GhgInventory.Reports.Resources.HtmlText;

namespace GhgInventory.Reports.Html;

/// <summary>Renders an inventory as one self-contained HTML file: its sections in order, the data of its charts as JSON and
/// Apache ECharts inlined, so the file opens offline and makes no request.</summary>
/// <remarks>
/// Labels come from <c>Resources/HtmlText.resx</c> in the current UI language (Chinese by default). Charts use ECharts' SVG
/// renderer: vector output that prints sharply and that a test can inspect (paths in the DOM). The ECharts bundle is the
/// unmodified <c>dist/echarts.min.js</c> of the npm package, kept with its LICENSE and NOTICE in <c>Html/vendor/</c>.
/// </remarks>
public static class HtmlReport
{
    /// <summary>The version of the inlined Apache ECharts (npm <c>echarts</c>).</summary>
    public const string EChartsVersion = "6.1.0";

    /// <summary>The CJK font the page asks for first (Debian <c>fonts-noto-cjk</c>); Windows and macOS fall back to their own.</summary>
    public const string CjkFont = "Noto Sans CJK SC";

    private const string FontStack = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", \"Noto Sans SC\", sans-serif";

    /// <summary>The built-in sections, in order: summary, inventory tables, IPPU, AFOLU and waste (issue 15), totals with and without
    /// LULUCF and memo items, banners side by side, the electricity and heat bridge, trends, completeness and notation keys, the
    /// completeness matrix, data versions and factor sources.</summary>
    public static IReadOnlyList<IHtmlSection> BuiltInSections { get; } =
    [
        new SummarySection(), new InventorySection(), new SectorSection("2"), new SectorSection("3"), new SectorSection("4"), new TotalsMemoSection(),
        new PartsSection(), new BridgeSection(), new TrendsSection(),
        new CompletenessSection(), new CompletenessMatrixSection(), new SourcesSection(),
    ];

    private static readonly Lazy<string> ECharts = new(() =>
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("Html/vendor/echarts.min.js")
            ?? throw new InvalidOperationException("The ECharts bundle is not embedded in GhgInventory.Reports.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly JsonSerializerOptions ChartJson = new()
    {
        // CJK stays readable; <, >, & and quotes are escaped, so the JSON cannot close its script element.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the report of <paramref name="data"/> with <see cref="BuiltInSections"/> followed by <paramref name="extraSections"/>.</summary>
    public static void Write(TextWriter output, HtmlReportData data, IEnumerable<IHtmlSection>? extraSections = null) =>
        WriteSections(output, data, [.. BuiltInSections, .. extraSections ?? []]);

    /// <summary>Writes the report of <paramref name="data"/> with exactly <paramref name="sections"/>, in order.</summary>
    /// <exception cref="ArgumentException">Two sections share an id.</exception>
    public static void WriteSections(TextWriter output, HtmlReportData data, IReadOnlyList<IHtmlSection> sections)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sections);
        var duplicate = sections.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two report sections have the id '{duplicate.Key}'.", nameof(sections));
        }
        // A section with nothing to show is left out, heading and contents entry included.
        sections = [.. sections.Where(x => x.IsShown(data))];
        var s = data.Summary;
        var n = data.Names;
        string title = Text.Format(Strings.DocumentTitle, n.Of(s.Region), s.Year);
        var body = new HtmlWriter();
        foreach (var section in sections)
        {
            body.Raw($"<section id=\"{section.Id}\"><h2>").Text(section.Title(data)).Raw("</h2>");
            section.Write(body, data);
            body.Raw("</section>");
        }

        output.Write("<!DOCTYPE html>\n<html lang=\"");
        output.Write(Strings.Lang);
        output.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // No request may leave the file: the policy forbids every fetch but inline script and style and data: images.
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:\">\n");
        output.Write("<meta name=\"generator\" content=\"GhgInventory " + HtmlWriter.Escape(data.Run.EngineVersion) + "\">\n");
        output.Write("<title>" + HtmlWriter.Escape(title) + "</title>\n<style>\n" + Css + "</style>\n</head>\n<body>\n");
        output.Write("<header>");
        if (RunStatusText.Banner(data.Summary, data.Names) is { } provisional)
        {
            // Issue 14: a provisional run (快报) says so above its title.
            output.Write("<p class=\"provisional\"><strong>" + HtmlWriter.Escape(provisional) + "</strong></p>");
        }
        output.Write("<h1>" + HtmlWriter.Escape(title) + "</h1><p class=\"run\">");
        output.Write(HtmlWriter.Escape(Text.Format(Strings.RunLine, data.Run.RunId, data.Run.GwpSet, data.Run.CreatedAtUtc.Replace("T", " ", StringComparison.Ordinal).TrimEnd('Z'), data.Run.EngineVersion)));
        output.Write("</p></header>\n<nav><h2>" + HtmlWriter.Escape(Strings.Contents) + "</h2><ol>");
        foreach (var section in sections)
        {
            output.Write($"<li><a href=\"#{section.Id}\">{HtmlWriter.Escape(section.Title(data))}</a></li>");
        }
        output.Write("</ol></nav>\n<main>\n");
        output.Write(body.Markup);
        output.Write("\n</main>\n<footer>" + HtmlWriter.Escape(Text.Format(Strings.Footer, data.Run.EngineVersion, EChartsVersion)) + "</footer>\n");

        var chartData = new JsonObject
        {
            ["font"] = FontStack,
            ["charts"] = new JsonArray([.. body.Charts.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["option"] = c.Option })]),
        };
        output.Write("<script type=\"application/json\" id=\"ghg-chart-data\">");
        output.Write(chartData.ToJsonString(ChartJson));
        output.Write("</script>\n<script>\n");
        output.Write(ECharts.Value);
        output.Write("\n</script>\n<script>\n" + Bootstrap + "</script>\n</body>\n</html>\n");
    }

    /// <summary>Draws every registered chart with the SVG renderer, formats values with thousands separators and one decimal,
    /// and marks each container <c>data-rendered="1"</c> once drawn.</summary>
    private const string Bootstrap = """
        (function () {
          var data = JSON.parse(document.getElementById('ghg-chart-data').textContent);
          var fmt = function (v) {
            if (v === null || v === undefined || v === '-') { return '–'; }
            return Number(v).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
          };
          var axis = function (v) { return Number(v).toLocaleString('en-US', { maximumFractionDigits: 0 }); };
          // A bar series of signed steps as a waterfall: an invisible base series below each visible step.
          var waterfall = function (o) {
            var steps = o.series[0].data, base = [], bars = [], level = 0;
            steps.forEach(function (d) {
              var v = d.value;
              if (v === null || v === undefined) { base.push(null); bars.push({ value: null, signed: null }); return; }
              var from = d.total ? 0 : (v >= 0 ? level : level + v);
              level = d.total ? v : level + v;
              base.push(from);
              bars.push({ value: Math.abs(v), signed: v, itemStyle: d.itemStyle });
            });
            o.series = [
              { type: 'bar', stack: 'w', data: base, itemStyle: { color: 'transparent' }, silent: true, tooltip: { show: false } },
              { type: 'bar', stack: 'w', name: o.series[0].name, barMaxWidth: o.series[0].barMaxWidth, data: bars,
                label: { show: true, position: 'top', formatter: function (p) { return fmt(p.data.signed); } } }
            ];
            o.tooltip = { trigger: 'item', formatter: function (p) { return p.name + ': ' + fmt(p.data.signed); } };
            delete o.ghgWaterfall;
          };
          // Quantile bands (issue 16's fan chart): a line series with ghgBand {lower, upper} becomes an invisible line at the lower
          // quantile with the band's width stacked on it and filled, so the area spans lower–upper; two invisible lines carry the
          // quantiles themselves for the tooltip (the width is never shown as a value).
          var bands = function (o) {
            var out = [];
            o.series.forEach(function (s, k) {
              if (!s.ghgBand) { out.push(s); return; }
              var b = s.ghgBand, stack = 'ghg-band-' + k;
              var width = b.lower.map(function (lo, i) { var hi = b.upper[i]; return lo === null || hi === null ? null : hi - lo; });
              var hidden = { opacity: 0 };
              out.push({ type: 'line', stack: stack, data: b.lower, symbol: 'none', lineStyle: hidden, silent: true, tooltip: { show: false } });
              out.push({ type: 'line', stack: stack, name: s.name, data: width, symbol: 'none', lineStyle: hidden, silent: true,
                         tooltip: { show: false }, itemStyle: { color: b.color }, areaStyle: { color: b.color, opacity: b.opacity } });
              out.push({ type: 'line', name: b.lowerName, data: b.lower, symbol: 'none', lineStyle: hidden, itemStyle: { color: b.color } });
              out.push({ type: 'line', name: b.upperName, data: b.upper, symbol: 'none', lineStyle: hidden, itemStyle: { color: b.color } });
            });
            o.series = out;
          };
          // A tornado (issue 16): per lever the peak level at u = 0.1 and at 0.9, drawn as bars from the central path's peak (the
          // bar's length is the level minus the central peak); the label and tooltip show the level itself.
          var tornado = function (o) {
            var t = o.ghgTornado;
            var bar = function (name, pick, color) {
              return { type: 'bar', name: name, itemStyle: { color: color }, barMaxWidth: 18,
                       data: t.rows.map(function (r) { var v = pick(r); return { value: v.level - t.central, level: v.level, year: v.year }; }),
                       label: { show: true, position: 'right', formatter: function (p) { return fmt(p.data.level); } } };
            };
            o.series = [bar(t.lowName, function (r) { return { level: r.low, year: r.lowYear }; }, '#3b6ea5'),
                        bar(t.highName, function (r) { return { level: r.high, year: r.highYear }; }, '#a61b1b')];
            o.tooltip = { trigger: 'item', formatter: function (p) {
              var e = echarts.format.encodeHTML;
              return e(p.name) + '<br>' + e(p.seriesName) + ': ' + fmt(p.data.level) + (p.data.year ? ' (' + p.data.year + ')' : ' (' + e(t.notPeaked) + ')'); } };
            delete o.ghgTornado;
          };
          var all = [];
          data.charts.forEach(function (c) {
            var el = document.getElementById(c.id);
            var chart = echarts.init(el, null, { renderer: 'svg' });
            var o = c.option;
            if (o.ghgWaterfall) { waterfall(o); }
            if (o.ghgTornado) { tornado(o); }
            if ([].concat(o.series || []).some(function (s) { return s.ghgBand; })) { bands(o); }
            o.animation = false;
            o.textStyle = { fontFamily: data.font };
            o.tooltip = o.tooltip || {};
            if (!o.tooltip.formatter) { o.tooltip.valueFormatter = fmt; }
            [].concat(o.yAxis || [], o.xAxis || []).forEach(function (a) {
              // An axis may ask for decimals (ghgDecimals: an intensity of 2.0–2.7 tce/10^4 yuan); whole numbers otherwise.
              if (a.type === 'value') {
                a.axisLabel = a.axisLabel || {};
                var d = a.ghgDecimals || 0;
                a.axisLabel.formatter = d > 0 ? function (v) { return Number(v).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }); } : axis;
                delete a.ghgDecimals;
              }
            });
            [].concat(o.series || []).forEach(function (s) {
              if (s.label && s.label.show && !s.label.formatter) { s.label.formatter = function (p) { return fmt(p.value); }; }
            });
            chart.setOption(o);
            el.setAttribute('data-rendered', '1');
            all.push(chart);
          });
          window.addEventListener('resize', function () { all.forEach(function (c) { c.resize(); }); });
        })();

        """;

    private const string Css = """
        :root { --ink: #1f2933; --muted: #52606d; --rule: #cbd2d9; --head: #eef2f7; --accent: #a61b1b; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Noto Sans SC", sans-serif; }
        header { padding: 28px 48px 16px; border-bottom: 3px solid var(--accent); }
        h1 { margin: 0; font-size: 26px; color: var(--accent); letter-spacing: 0.02em; }
        header .run { margin: 6px 0 0; color: var(--muted); font-size: 13px; }
        nav { padding: 8px 48px; border-bottom: 1px solid var(--rule); background: #fafbfc; }
        nav h2 { display: inline; font-size: 13px; margin: 0 12px 0 0; color: var(--muted); }
        nav ol { display: inline; margin: 0; padding: 0; }
        nav li { display: inline; margin-right: 14px; font-size: 13px; }
        nav a { color: var(--ink); text-decoration: none; border-bottom: 1px dotted var(--muted); }
        main { padding: 8px 48px 24px; max-width: 1400px; }
        section { margin: 24px 0 36px; }
        h2 { font-size: 19px; border-left: 5px solid var(--accent); padding-left: 10px; margin: 0 0 14px; }
        h3 { font-size: 15px; margin: 18px 0 8px; }
        .cards { display: flex; flex-wrap: wrap; gap: 14px; margin-bottom: 14px; }
        .card { flex: 1 1 220px; border: 1px solid var(--rule); border-top: 4px solid var(--accent); padding: 12px 16px; background: #fff; }
        .card .label { color: var(--muted); font-size: 13px; }
        .card .value { font-size: 26px; font-weight: 700; white-space: nowrap; }
        .card .unit { font-size: 13px; color: var(--muted); margin-left: 4px; font-weight: 400; }
        .card .detail { font-size: 12px; color: var(--muted); }
        .table-wrap { overflow-x: auto; margin: 8px 0 14px; }
        table { border-collapse: collapse; font-size: 13px; min-width: 50%; }
        caption { text-align: left; font-weight: 700; padding: 4px 0 8px; caption-side: top; }
        th, td { border: 1px solid var(--rule); padding: 4px 10px; vertical-align: top; }
        th { background: var(--head); font-weight: 600; text-align: left; white-space: nowrap; }
        td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.scorecard { width: 100%; font-size: 12px; }
        table.scorecard th, table.scorecard td { padding: 4px 6px; }
        table.scorecard td:nth-child(2) { min-width: 14em; }
        table.scorecard td:nth-child(3) { white-space: nowrap; }
        table.scorecard th:last-child, table.scorecard td:last-child { text-align: left; white-space: normal; min-width: 7em; }
        table.scenario-checks { width: 100%; }
        table.scenario-checks td:nth-child(1) { white-space: nowrap; }
        table.scenario-checks td:nth-child(2) { min-width: 22em; }
        table.scenario-checks td:nth-child(4) { white-space: normal; text-align: left; min-width: 12em; }
        tr.sector td { font-weight: 700; background: #f7f9fb; }
        tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
        tr.depth-2 td:nth-child(2) { padding-left: 22px; }
        tr.depth-3 td:nth-child(2) { padding-left: 36px; }
        tr.depth-4 td:nth-child(2) { padding-left: 50px; color: var(--muted); }
        .key { font-weight: 700; color: #8a4b00; border-bottom: 1px dotted #8a4b00; cursor: help; }
        .dash { color: var(--muted); }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; color: var(--muted); margin: 4px 0 12px; }
        .legend dt { font-weight: 700; color: var(--ink); }
        .legend dd { margin: 0; }
        .note { font-size: 12px; color: var(--muted); }
        .warning { border-left: 4px solid #c05621; background: #fffaf0; padding: 8px 12px; }
        .scenario-flags details summary { cursor: pointer; font-weight: 600; margin: 4px 0; }
        .chart-figure { margin: 8px 0 18px; border: 1px solid var(--rule); padding: 8px 8px 0; }
        .chart-figure figcaption { font-weight: 700; font-size: 13px; padding: 0 4px; }
        .chart { width: 100%; }
        .grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 18px; align-items: start; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; font-size: 13px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; word-break: break-all; }
        code { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 12px; }
        footer { padding: 12px 48px 28px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); }
        @media (max-width: 900px) { .grid2 { grid-template-columns: 1fr; } main, header, nav, footer { padding-left: 16px; padding-right: 16px; } }
        @media print { nav { display: none; } section { break-inside: avoid-page; } }

        """;
}
