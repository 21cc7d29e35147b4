using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Creates every searcher of the portal's index with <see cref="ArticleSchema.Similarity"/>, once per reader, so no
/// request ever sets the similarity of a searcher other requests share. Stateless and thread-safe.
/// </summary>
internal sealed class ArticleSearcherFactory : SearcherFactory
{
    public static ArticleSearcherFactory Instance { get; } = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = ArticleSchema.Similarity };
}
