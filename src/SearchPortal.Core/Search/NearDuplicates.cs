using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Search;

/// <summary>
/// Finds near-identical stories among the hits of one page, so the portal can show each once with "N similar": the
/// same story syndicated or re-posted. Two hits are the same story when they have the same title (ignoring case,
/// accents and punctuation) from the same outlet at most <see cref="MaxDaysApart"/> days apart, or when their texts
/// share at least <see cref="MinTextSimilarity"/> of their four-word shingles (Jaccard, over the first
/// <see cref="MaxWords"/> words). Stateless and thread-safe; costs one pass over each hit's opening words.
/// </summary>
public static class NearDuplicates
{
    public const int MaxDaysApart = 3;

    public const double MinTextSimilarity = 0.8;

    public const int MaxWords = 400;

    private const int ShingleWords = 4;

    /// <summary>Fewest shingles a text needs to be compared by text: a two-line brief says too little.</summary>
    private const int MinShingles = 12;

    /// <summary>
    /// For each hit, the position of the earlier hit it repeats (the first of its story, by rank), or -1.
    /// <paramref name="texts"/> holds each hit's full text, in the same order.
    /// </summary>
    public static int[] Find(IReadOnlyList<SearchHit> hits, IReadOnlyList<string?> texts)
    {
        var titles = hits.Select(h => Key(h.Title)).ToArray();
        var outlets = hits.Select(h => h.Outlet is null ? null : Key(h.Outlet)).ToArray();
        var shingles = texts.Select(Shingles).ToArray();
        var repeats = new int[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            repeats[i] = -1;
            for (var j = 0; j < i && repeats[i] < 0; j++)
            {
                if (repeats[j] >= 0) continue;
                var sameTitle = titles[i].Length > 0 && titles[i] == titles[j] && outlets[i] is not null && outlets[i] == outlets[j]
                    && DaysApart(hits[i].Published, hits[j].Published) <= MaxDaysApart;
                if (sameTitle || Similarity(shingles[i], shingles[j]) >= MinTextSimilarity) repeats[i] = j;
            }
        }
        return repeats;
    }

    private static string Key(string text) => string.Join(' ', FoldedWords(text));

    private static IEnumerable<string> FoldedWords(string text) => Folding.Words(text).Select(w => Folding.Fold(text[w.Start..w.End]));

    private static int DaysApart(DateOnly? a, DateOnly? b) => (a, b) switch
    {
        ({ } x, { } y) => Math.Abs(x.DayNumber - y.DayNumber),
        (null, null) => 0,
        _ => int.MaxValue,
    };

    private static HashSet<string> Shingles(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var words = FoldedWords(text).Take(MaxWords).ToArray();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleWords <= words.Length; i++) shingles.Add(string.Join(' ', words, i, ShingleWords));
        return shingles;
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count < MinShingles || b.Count < MinShingles) return 0;
        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
