using Microsoft.Extensions.Options;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Admin;

/// <summary>
/// Decides what a reindex may read: the requested path, or the configured input when none is given, resolved
/// to a full path with every symbolic link followed, must lie inside one of <see cref="AdminOptions.ReindexRoots"/>
/// (by default the configured input itself), and must exist. Anything else is refused with the reason, before a
/// build starts. Singleton; thread-safe.
/// </summary>
public sealed class ReindexInputs(IOptions<AdminOptions> admin, IOptions<SearchPortalOptions> portal, IHostEnvironment environment)
{
    private const int MaxLinkDepth = 40;

    /// <summary>The configured default input, as given (before resolution).</summary>
    public string DefaultInput => admin.Value.ReindexInput ?? portal.Value.SeedsPath;

    /// <summary>The roots, fully resolved.</summary>
    public IReadOnlyList<string> Roots =>
        [.. (admin.Value.ReindexRoots.Length > 0 ? admin.Value.ReindexRoots : [DefaultInput]).Select(Resolve)];

    /// <summary>The resolved path to read, or null with <paramref name="reason"/> saying why the request is refused.</summary>
    public string? TryResolve(string? requested, out string reason)
    {
        reason = "";
        if (requested is not null && string.IsNullOrWhiteSpace(requested))
        {
            reason = "input must name a folder or file inside the reindex roots; leave it out to reindex the configured input.";
            return null;
        }
        var shown = Api.SearchQueryBinder.Truncate(requested ?? DefaultInput);
        string path;
        IReadOnlyList<string> roots;
        try
        {
            path = Resolve(requested ?? DefaultInput);
            roots = Roots;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            reason = $"input '{shown}' is not a usable path: {e.Message}";
            return null;
        }
        if (!roots.Any(root => IsInside(path, root)))
        {
            reason = $"input '{shown}' is outside the reindex roots (SearchPortal:Admin:ReindexRoots).";
            return null;
        }
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            reason = $"input '{shown}' does not exist.";
            return null;
        }
        return path;
    }

    private static bool IsInside(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The full path with "..", "." and every symbolic link along it resolved (what realpath gives).</summary>
    private string Resolve(string path) => ResolveLinks(Path.GetFullPath(path, environment.ContentRootPath), 0);

    private static string ResolveLinks(string full, int depth)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            if (new FileInfo(resolved).LinkTarget is not { } target) continue;
            if (depth >= MaxLinkDepth) throw new IOException($"Too many levels of symbolic links in {full}.");
            resolved = ResolveLinks(Path.GetFullPath(target, Path.GetDirectoryName(resolved)!), depth + 1);
        }
        return Path.TrimEndingDirectorySeparator(resolved) is { Length: > 0 } trimmed ? trimmed : root;
    }
}
