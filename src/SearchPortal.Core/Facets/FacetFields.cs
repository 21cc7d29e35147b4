using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Writes facet values into a Lucene document as one <see cref="SortedSetDocValuesField"/> per value, in the field
/// of the dimension's focus values or of its mentions (<see cref="FacetDimension.FieldFor"/>); which values an article
/// has is the indexer's mapping (Indexing.ArticleDocumentBuilder). Stateless, therefore thread-safe.
/// </summary>
/// <remarks>
/// A hierarchical value is written once per level ("Peru", "Peru/Loreto", "Peru/Loreto/Maynas"), so
/// every level is counted directly and a parent counts a document once however many of its
/// descendants the document carries. Values are cleaned (trimmed, NFC) and deduplicated.
/// No postings are written: filtering and counting read per-segment arrays built once from these doc
/// values (<see cref="SegmentFacetCache"/>), which also keep in-memory document lists for rare values.
/// </remarks>
public static class FacetFields
{
    /// <summary>Adds the values of one dimension (its mentions with <see cref="FacetMatch.Mentions"/>); blank values are skipped.</summary>
    public static void AddTo(Document document, FacetDimension dimension, IEnumerable<string?> values, FacetMatch match = FacetMatch.About)
    {
        var field = dimension.FieldFor(match);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (FacetPath.Parse(dimension, value) is { } path) distinct.UnionWith(path.Prefixes().Select(p => p.Value));
        }
        foreach (var value in distinct)
        {
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
