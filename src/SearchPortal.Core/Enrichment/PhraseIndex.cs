namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Multi-word phrases keyed by their normalised words, matched longest-first at a word position.
/// Built once, then read-only and thread-safe.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<T>> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly Func<string, string> _normalize;
    private int _maxWords;

    public PhraseIndex(Func<string, string> normalize) => _normalize = normalize;

    public void Add(string phrase, T value)
    {
        var words = WordTokenizer.Tokenize(phrase).Select(t => _normalize(t.Folded)).ToArray();
        if (words.Length == 0) throw new ArgumentException($"Phrase '{phrase}' has no words.", nameof(phrase));
        var key = string.Join(' ', words);
        if (!_phrases.TryGetValue(key, out var values)) _phrases[key] = values = [];
        if (!values.Contains(value)) values.Add(value);
        _firstWords.Add(words[0]);
        _maxWords = Math.Max(_maxWords, words.Length);
    }

    /// <summary>The normalised words of a text, to pass to <see cref="Match"/>.</summary>
    public string[] Keys(IReadOnlyList<WordToken> tokens) => tokens.Select(t => _normalize(t.Folded)).ToArray();

    /// <summary>Every phrase starting at word <paramref name="start"/>, longest first: its length in words and its values.</summary>
    public IEnumerable<(int Length, IReadOnlyList<T> Values)> MatchAll(string[] keys, int start)
    {
        if (!_firstWords.Contains(keys[start])) yield break;
        for (var length = Math.Min(_maxWords, keys.Length - start); length > 0; length--)
        {
            if (_phrases.TryGetValue(string.Join(' ', keys, start, length), out var values)) yield return (length, values);
        }
    }

    /// <summary>The longest phrase starting at word <paramref name="start"/>: its length in words and its values.</summary>
    public (int Length, IReadOnlyList<T> Values) Match(string[] keys, int start)
    {
        if (!_firstWords.Contains(keys[start])) return (0, []);
        for (var length = Math.Min(_maxWords, keys.Length - start); length > 0; length--)
        {
            var key = string.Join(' ', keys, start, length);
            if (_phrases.TryGetValue(key, out var values)) return (length, values);
        }
        return (0, []);
    }
}
