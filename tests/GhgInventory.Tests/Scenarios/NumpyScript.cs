using System.Diagnostics;
using GhgInventory.Tests.Support;

namespace GhgInventory.Tests.Scenarios;

/// <summary>Runs tools/Benchmarks/scenario_numpy.py with Debian's /usr/bin/python3 (python3-numpy; CI installs it, issue 16).</summary>
internal static class NumpyScript
{
    public const string Python = "/usr/bin/python3";

    public static string Script => Path.Combine(RepositoryPaths.Root, "tools", "Benchmarks", "scenario_numpy.py");

    /// <summary>Runs the script with <paramref name="args"/>; fails the test when Python is missing (ignored on Windows, where there is no /usr/bin).</summary>
    public static CliResult Run(params string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the numpy cross-check runs on Linux (/usr/bin/python3 with python3-numpy)");
        }
        Assert.That(File.Exists(Python), Is.True, $"{Python} is missing: apt-get install -y python3 python3-numpy");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Script);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("scenario_numpy.py did not finish in 5 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
