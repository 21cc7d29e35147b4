using System.Text.Json;
using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Export;

/// <summary>Writes small JSONL inputs and builds them with the production <see cref="IndexBuilder"/> (deletion policy included).</summary>
internal sealed class JsonlCorpus(TempFolder folder, Lucene.Net.Store.Directory directory)
{
    private static readonly IndexBuilder Builder = TestIndexes.Builder();
    private int _builds;

    public sealed record Doc(string Id, string Title, string Text, string? Published = null);

    /// <summary>Replaces the index with <paramref name="docs"/> and returns the build's commit generation.</summary>
    public long Rebuild(params Doc[] docs) => Build(new BuildOptions { Rebuild = true }, docs);

    public long Build(BuildOptions options, params Doc[] docs)
    {
        var lines = docs.Select(d => JsonSerializer.Serialize(new { id = d.Id, title = d.Title, text = d.Text, published = d.Published, outlet = "Test Wire" }));
        var input = folder.Write($"build-{++_builds}/articles.jsonl", string.Join("\n", lines) + "\n");
        return Builder.Build(Path.GetDirectoryName(input)!, directory, options).Generation;
    }

    public static RAMDirectory NewDirectory() => new();
}
