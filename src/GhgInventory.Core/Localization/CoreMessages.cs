using System.Resources;

namespace GhgInventory.Core.Localization;

/// <summary>Core's own messages (<c>Resources/CoreText.resx</c> and its zh-Hans satellite), for checks that every message has both languages.</summary>
public static class CoreMessages
{
    /// <summary>The resource manager of Core's messages; keys are the names used with <see cref="LineText.Of"/>.</summary>
    public static ResourceManager Resources => Core.Resources.CoreText.ResourceManager;
}
