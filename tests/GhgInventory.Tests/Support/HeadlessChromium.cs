using PuppeteerSharp;

namespace GhgInventory.Tests.Support;

/// <summary>The system's Chromium (Debian's <c>chromium</c> package, or <c>GHG_CHROMIUM</c>), driven by PuppeteerSharp with nothing
/// downloaded: the browser tests of the HTML report open their page with it.</summary>
internal static class HeadlessChromium
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser; <c>GHG_CHROMIUM</c> names another.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("GHG_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>A headless browser and a page of 1400 × 1000 px; fails the fixture, saying what to install, when Chromium is missing.</summary>
    public static async Task<(IBrowser Browser, IPage Page)> OpenAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"Chromium is not installed at {ExecutablePath}: the HTML report is checked in a real browser. Install it with "
                + "'apt-get install -y chromium fonts-noto-cjk' (as .ci/run does), or set GHG_CHROMIUM to a Chromium executable.");
        }
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = ExecutablePath,
            // Root in a container has no user namespace for Chromium's sandbox; the page is our own file.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1400, Height = 1000 });
        return (browser, page);
    }
}
