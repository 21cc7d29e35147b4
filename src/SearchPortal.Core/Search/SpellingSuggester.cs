using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// Did-you-mean: replaces each query word (<see cref="Folding.Words"/>) that the index does not hold with the
/// closest indexed word (edit distance ≤ 2 over the unstemmed, folded body terms; ties go to the more frequent
/// word). Stateless and thread-safe; costs one fuzzy term expansion per unknown word, for at most
/// <see cref="MaxLookups"/> words of at most <see cref="SearchLimits.MaxPatternLength"/> letters (a pasted
/// paragraph of unknown words would otherwise cost one expansion each).
/// </summary>
public static class SpellingSuggester
{
    private const int MinWordLength = 3;

    /// <summary>Most unknown words looked up per query; later words are kept as typed.</summary>
    public const int MaxLookups = 8;

    /// <summary>The corrected query, or null when no word needs or has a correction.</summary>
    public static string? Suggest(IndexReader reader, string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var changed = false;
        var lookups = 0;
        var output = new StringBuilder(query.Length);
        var copied = 0;
        foreach (var (start, end) in Folding.Words(query))
        {
            output.Append(query, copied, start - copied);
            var word = query[start..end];
            var correction = IsPatternPart(query, start, end) ? null : Correct(reader, word, ref lookups);
            changed |= correction is not null;
            output.Append(correction ?? word);
            copied = end;
        }
        output.Append(query, copied, query.Length - copied);
        return changed ? output.ToString() : null;
    }

    private static string? Correct(IndexReader reader, string word, ref int lookups)
    {
        // Numbers and years are kept as typed: a year the index lacks is no misspelling of another.
        if (word.Length is < MinWordLength or > SearchLimits.MaxPatternLength || PlainQuerySyntax.IsOperator(word) || !word.Any(char.IsLetter)) return null;
        // Asked in the index's own terms (body_exact's analysis). A stopword analyses to nothing and a word can
        // split into several terms: neither gets a correction.
        if (AnalyzedTerms.Of(ArticleSchema.Analyzer, ArticleSchema.BodyExact, word) is not [var only]) return null;
        var folded = only.Term;
        if (reader.DocFreq(new Term(ArticleSchema.BodyExact, folded)) > 0 || ++lookups > MaxLookups) return null;

        var expanded = new FuzzyQuery(new Term(ArticleSchema.BodyExact, folded), maxEdits: 2, prefixLength: 1).Rewrite(reader);
        var candidates = new HashSet<Term>();
        expanded.ExtractTerms(candidates);
        return candidates
            .Select(t => (Text: t.Text, Distance: Distance(folded, t.Text), Frequency: reader.DocFreq(t)))
            .Where(c => c.Frequency > 0)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Frequency).ThenBy(c => c.Text, StringComparer.Ordinal)
            .Select(c => c.Text)
            .FirstOrDefault();
    }

    /// <summary>
    /// A word of a prefix, wildcard or fuzzy pattern ("minin*", "wom?n", "cocain~"): no misspelling, and looking it up
    /// as one would cost a fuzzy expansion for a word the user did not mean whole.
    /// </summary>
    private static bool IsPatternPart(string query, int start, int end) =>
        (end < query.Length && query[end] is '*' or '?' or '~') || (start > 0 && query[start - 1] is '*' or '?');

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
