namespace GhgInventory.Core.Domain;

/// <summary>IPCC notation keys, so that a missing number is never an ambiguous blank.</summary>
public enum NotationKey
{
    /// <summary>Not occurring.</summary>
    NO,
    /// <summary>Not estimated: the activity occurs but a factor or method is missing.</summary>
    NE,
    /// <summary>Not applicable.</summary>
    NA,
    /// <summary>Included elsewhere.</summary>
    IE,
    /// <summary>Confidential.</summary>
    C,
}
