using GhgInventory.Reports.Resources;
using Spectre.Console;

namespace GhgInventory.Reports;

/// <summary>
/// A Spectre.Console progress bar around a long ingest or compile, shown only on an interactive console: when output is
/// redirected or the console is not interactive, the work runs with no progress at all, so a file or pipe gets only the
/// results. The work reports through an <see cref="IProgress{T}"/> of the fraction done (0 to 1), as Data and Core do.
/// </summary>
public static class ProgressView
{
    /// <summary>True when <paramref name="console"/> can show a live bar: interactive and with ANSI support.</summary>
    public static bool Shows(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi;
    }

    /// <summary>The bar's label while <paramref name="file"/> is read: "读取 FILE" / "Reading FILE".</summary>
    public static string Reading(string file) => Core.Localization.Text.Format(ReportText.ProgressIngest, file);

    /// <summary>The bar's label while <paramref name="what"/> (region and years) is compiled: "编制 150600 2015–2024".</summary>
    public static string Compiling(string what) => Core.Localization.Text.Format(ReportText.ProgressCompile, what);

    /// <summary>Runs <paramref name="work"/>, with a bar labelled <paramref name="label"/> on an interactive console and none otherwise (then <paramref name="work"/> gets a null progress).</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="console">The console.</param>
    /// <param name="label">The bar's label (plain text, from the resources).</param>
    /// <param name="work">The work; reports the fraction done, 0 to 1.</param>
    public static T Run<T>(IAnsiConsole console, string label, Func<IProgress<double>?, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(work);
        if (!Shows(console))
        {
            return work(null);
        }
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: 1);
                result = work(new Progress(task));
                task.Value = 1;
            });
        return result;
    }

    /// <summary>Reports on the caller's thread (not <see cref="System.Progress{T}"/>, which posts to the thread pool and could update the bar after it closed).</summary>
    private sealed class Progress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0, 1);
    }
}
