using Lucene.Net.Index;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Maps the values a user typed onto the values an index holds, ignoring case and accents:
/// "region=peru/madre de dios" becomes "Peru/Madre de Dios", "language=english" becomes "en".
/// Stateless and thread-safe; it reads the shared per-reader tables.
/// </summary>
public static class FacetValueResolver
{
    /// <summary>
    /// Returns <paramref name="selection"/> with every value replaced by the stored values it matches:
    /// the exact value if stored, else values whose folded form equals it, else values whose folded label
    /// does ("loreto" finds "Peru/Loreto"); several matches are all selected (ORed). A value matching
    /// nothing is reported in <paramref name="errors"/> and kept as typed, so it filters out everything
    /// rather than silently widening the search. The year range is kept unchanged.
    /// </summary>
    public static FacetSelection Resolve(IndexReader reader, FacetSelection selection, out IReadOnlyList<UserMessage> errors)
    {
        var state = FacetReaderCache.For(reader);
        var problems = new List<UserMessage>();
        var resolved = selection;
        foreach (var table in state.Tables)
        {
            var typed = selection.ValuesOf(table.Dimension);
            if (typed.Count == 0) continue;
            var stored = new List<FacetPath>();
            foreach (var value in typed)
            {
                if (table.OrdOf(value.Value) >= 0)
                {
                    stored.Add(value);
                    continue;
                }
                var matches = table.OrdsMatchingFolded(value.Value).Select(o => FacetPath.Parse(table.Dimension, table.Values[o])).OfType<FacetPath>().ToList();
                if (matches.Count == 0)
                {
                    problems.Add(UserMessage.Of(MessageKeys.FilterUnknownValue, table.Dimension, value.ToString()));
                    matches = [value];
                }
                stored.AddRange(matches);
            }
            resolved = resolved.WithValues(table.Dimension, stored);
        }
        errors = problems;
        return resolved;
    }
}
