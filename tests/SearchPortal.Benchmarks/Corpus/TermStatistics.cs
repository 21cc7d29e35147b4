namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Document frequencies of words over the first <see cref="SampleSize"/> generated articles, from which the
/// query mix takes its high, medium and low frequency terms. Words are folded; candidates are ASCII words of
/// five letters or more that no engine treats as a stopword. The first articles are the same for every
/// corpus size, so every run of 20k articles or more uses the same terms.
/// </summary>
internal sealed class TermStatistics
{
    public const int SampleSize = 20_000;
    public const int TermsPerBand = 4;

    public static IReadOnlyList<TermBand> Bands { get; } =
    [
        new("high", 0.08, 0.30, 2),
        new("medium", 0.005, 0.02, 2),
        new("low", 0.0002, 0.001, 2),
    ];

    private readonly Dictionary<string, int> _docFreq = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inDoc = new(StringComparer.Ordinal);

    public int Sampled { get; private set; }

    public void Add(string foldedText)
    {
        if (Sampled >= SampleSize) return;
        Sampled++;
        _inDoc.Clear();
        var i = 0;
        while (i < foldedText.Length)
        {
            if (!char.IsLetter(foldedText[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var ascii = true;
            for (; i < foldedText.Length && char.IsLetter(foldedText[i]); i++) ascii &= char.IsAsciiLetterLower(foldedText[i]);
            if (ascii && i - start >= 5) _inDoc.Add(foldedText[start..i]);
        }
        foreach (var word in _inDoc)
        {
            if (!Stopwords.All.Contains(word)) _docFreq[word] = _docFreq.GetValueOrDefault(word) + 1;
        }
    }

    /// <summary>Four terms per band, evenly spread over the band's candidates ordered by frequency.</summary>
    public Dictionary<string, IReadOnlyList<TermChoice>> Choose()
    {
        var result = new Dictionary<string, IReadOnlyList<TermChoice>>();
        foreach (var band in Bands)
        {
            var min = Math.Max(band.MinDocs, (int)Math.Ceiling(band.MinShare * Sampled));
            var max = Math.Max(min, (int)Math.Floor(band.MaxShare * Sampled));
            var candidates = _docFreq.Where(p => p.Value >= min && p.Value <= max)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
            result[band.Name] = Enumerable.Range(0, Math.Min(TermsPerBand, candidates.Length))
                .Select(k => candidates[(2 * k + 1) * candidates.Length / (2 * TermsPerBand)])
                .Select(p => new TermChoice(p.Key, p.Value, Sampled))
                .ToArray();
        }
        return result;
    }
}
