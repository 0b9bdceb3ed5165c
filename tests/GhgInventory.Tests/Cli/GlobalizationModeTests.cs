using System.Text;
using GhgInventory.Core.Localization;
using GhgInventory.Data.Ingestion;

namespace GhgInventory.Tests.Cli;

/// <summary>
/// Why the program (and the tests, whose mode is the same: Directory.Build.props) does not run globalization-invariant: the
/// Chinese resources are found by the UI culture's name, and full-width headers are folded by ICU's NFKC.
/// </summary>
[TestFixture]
public sealed class GlobalizationModeTests
{
    [Test]
    public void Issue13_ChineseUiCultureName_IsTheSatelliteFolderName()
    {
        // The satellite assemblies are built into zh-Hans/ (SatelliteResourceLanguages); in invariant mode the name
        // would read "zh-HANS" and a case-sensitive file system would not find them.
        Assert.Multiple(() =>
        {
            Assert.That(AppContext.TryGetSwitch("System.Globalization.Invariant", out bool invariant) && invariant, Is.False, "System.Globalization.Invariant");
            Assert.That(UiCulture.Chinese.Name, Is.EqualTo("zh-Hans"));
            Assert.That(UiCulture.English.Name, Is.EqualTo("en"));
        });
    }

    [Test]
    public void Issue13_Fold_FoldsFullWidthFormsThroughNfkc()
    {
        // Ｖ is U+FF36, the full-width V an input method types; U+3000 the ideographic space. Invariant mode's Normalize
        // would hand "Ｖａｌｕｅ" back unchanged.
        Assert.Multiple(() =>
        {
            Assert.That("Ｖａｌｕｅ".Normalize(NormalizationForm.FormKC), Is.EqualTo("Value"));
            Assert.That(TextFields.Fold("\u3000Ｖａｌｕｅ "), Is.EqualTo("value"));
        });
    }
}
