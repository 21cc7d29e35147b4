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
    /// rather than silently widening the search. The year range is kept unchanged. Values are looked up in the values
    /// the selection's <see cref="FacetSelection.Match"/> reads, then in the dimension's other ones, so a value only
    /// mentioned somewhere stays a known value (matching nothing) when the search switches back to focus.
    /// </summary>
    public static FacetSelection Resolve(IndexReader reader, FacetSelection selection, out IReadOnlyList<UserMessage> errors)
    {
        var state = FacetReaderCache.For(reader);
        var problems = new List<UserMessage>();
        var resolved = selection;
        var other = state.TablesFor(selection.Match == FacetMatch.About ? FacetMatch.Mentions : FacetMatch.About);
        foreach (var (table, d) in state.TablesFor(selection.Match).Select((t, d) => (t, d)))
        {
            var typed = selection.ValuesOf(table.Dimension);
            if (typed.Count == 0) continue;
            var stored = new List<FacetPath>();
            foreach (var value in typed)
            {
                if (table.OrdOf(value.Value) >= 0 || other[d].OrdOf(value.Value) >= 0)
                {
                    stored.Add(value);
                    continue;
                }
                var matches = Matching(table, value);
                if (matches.Count == 0) matches = Matching(other[d], value);
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

    private static List<FacetPath> Matching(FacetDimensionTable table, FacetPath value) =>
        table.OrdsMatchingFolded(value.Value).Select(o => FacetPath.Parse(table.Dimension, table.Values[o])).OfType<FacetPath>().ToList();
}
