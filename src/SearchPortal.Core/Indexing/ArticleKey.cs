using System.Security.Cryptography;
using System.Text;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Derives the short, URL-safe key of an article from its stable id (a URL or a path), so that
/// article links never carry slashes or user-controlled text. Stateless and thread-safe.
/// </summary>
public static class ArticleKey
{
    public const int Length = 16;

    public static string From(string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..Length];

    /// <summary>True when <paramref name="key"/> has the shape of a key; anything else is junk.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: Length } && key.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
