using Lucene.Net.Index;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Keeps the commits of the last <see cref="DefaultBuilds"/> finished builds, and always the newest
/// commit, so that result sets pinned to a generation (permalinks, exports) survive rebuilds; every
/// other commit is deleted. A finished build is a commit carrying a build time
/// (<see cref="ArticleSchema.BuiltAtKey"/>); the partial commits a long build makes carry none, so they
/// go as soon as a later commit exists. When several commits share a build time (the writer commits
/// again after merging on close) the newest stands for that build. Stateless; Lucene clones it per writer.
/// </summary>
public sealed class KeepRecentBuildsDeletionPolicy(int builds = KeepRecentBuildsDeletionPolicy.DefaultBuilds) : IndexDeletionPolicy
{
    public const int DefaultBuilds = 10;

    public override void OnInit<T>(IList<T> commits) => OnCommit(commits);

    public override void OnCommit<T>(IList<T> commits)
    {
        // Lucene lists the commits oldest first.
        var keptBuilds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = commits.Count - 1; i >= 0; i--)
        {
            var built = commits[i].UserData.TryGetValue(ArticleSchema.BuiltAtKey, out var at) ? at : null;
            var isNewest = i == commits.Count - 1;
            var keep = built is not null && keptBuilds.Count < builds && keptBuilds.Add(built);
            if (!keep && !isNewest) commits[i].Delete();
        }
    }
}
