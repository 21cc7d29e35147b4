using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Search;

/// <summary>
/// Confines a query to a partner scope's documents, so drill-sideways counts stay inside the scope: a dimension is
/// counted as if its own selection were absent, and without this the scope's region would be dropped from the region
/// counts too (a Piura partner's one hit counted as Peru 5). The scope's documents are found once per reader and scope
/// and kept beside the reader (released with it), keyed by the scope's filters, as a filter that caches each segment's
/// slice on first use. Thread-safe.
/// </summary>
internal static class ScopeConfinement
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, Filter>> Cache = new();

    /// <summary><paramref name="query"/> (null: every document) restricted to <paramref name="scope"/>'s documents; unchanged without a scope.</summary>
    public static Query? Confine(IndexSearcher searcher, Query? query, FacetScope? scope)
    {
        if (scope is null || scope.Filters.IsEmpty) return query;
        return new FilteredQuery(query ?? new MatchAllDocsQuery(), FilterOf(searcher, scope));
    }

    private static Filter FilterOf(IndexSearcher searcher, FacetScope scope)
    {
        var key = Key(scope);
        var perReader = Cache.GetValue(searcher.IndexReader, _ => []);
        lock (perReader)
        {
            if (perReader.TryGetValue(key, out var cached)) return cached;
        }
        var selection = FacetValueResolver.Resolve(searcher.IndexReader, scope.Filters, out _);
        var collector = new DocSetCollector(searcher.IndexReader.MaxDoc);
        FacetedSearch.Collect(searcher, new MatchAllDocsQuery(), selection, collector);
        var filter = new CachingWrapperFilter(new BitsFilter(collector.Docs));
        lock (perReader)
        {
            perReader[key] = filter;
        }
        return filter;
    }

    private static string Key(FacetScope scope) => string.Join('\n', scope.Filters.ToFilters());

    private sealed class DocSetCollector(int maxDoc) : ICollector
    {
        private int _docBase;

        public FixedBitSet Docs { get; } = new(maxDoc);

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => Docs.Set(_docBase + doc);

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }

    private sealed class BitsFilter(FixedBitSet docs) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var maxDoc = context.Reader.MaxDoc;
            var segment = new FixedBitSet(maxDoc);
            var end = context.DocBase + maxDoc;
            for (var doc = context.DocBase < docs.Length ? docs.NextSetBit(context.DocBase) : -1; doc >= 0 && doc < end;
                 doc = doc + 1 < docs.Length ? docs.NextSetBit(doc + 1) : -1)
            {
                segment.Set(doc - context.DocBase);
            }
            return BitsFilteredDocIdSet.Wrap(segment, acceptDocs);
        }
    }
}
