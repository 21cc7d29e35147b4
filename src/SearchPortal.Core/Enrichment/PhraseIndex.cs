namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Multi-word phrases keyed by their normalised words, matched longest-first at a word position. The phrases form
/// a trie of words, so matching walks word by word without building strings and stops as soon as no phrase can
/// continue: a word that starts no phrase costs one lookup. Built once, then read-only and thread-safe.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Node _root = new();
    private readonly Func<string, string> _normalize;

    public PhraseIndex(Func<string, string> normalize) => _normalize = normalize;

    public void Add(string phrase, T value)
    {
        var words = WordTokenizer.Tokenize(phrase).Select(t => _normalize(t.Folded)).ToArray();
        if (words.Length == 0) throw new ArgumentException($"Phrase '{phrase}' has no words.", nameof(phrase));
        var node = _root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(word, out var child)) node.Children[word] = child = new Node();
            node = child;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) node.Values.Add(value);
    }

    /// <summary>The normalised words of a text, to pass to <see cref="Match"/>.</summary>
    public string[] Keys(IReadOnlyList<WordToken> tokens)
    {
        var keys = new string[tokens.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = _normalize(tokens[i].Folded);
        return keys;
    }

    /// <summary>Every phrase starting at word <paramref name="start"/>, longest first: its length in words and its values.</summary>
    public IReadOnlyList<(int Length, IReadOnlyList<T> Values)> MatchAll(string[] keys, int start)
    {
        List<(int, IReadOnlyList<T>)>? found = null;
        var node = _root;
        for (var i = start; i < keys.Length && node.Children is not null && node.Children.TryGetValue(keys[i], out var next); i++)
        {
            node = next;
            if (node.Values is not null) (found ??= []).Add((i - start + 1, node.Values));
        }
        if (found is null) return [];
        found.Reverse();
        return found;
    }

    /// <summary>The longest phrase starting at word <paramref name="start"/>: its length in words and its values.</summary>
    public (int Length, IReadOnlyList<T> Values) Match(string[] keys, int start)
    {
        var node = _root;
        (int Length, IReadOnlyList<T> Values) longest = (0, []);
        for (var i = start; i < keys.Length && node.Children is not null && node.Children.TryGetValue(keys[i], out var next); i++)
        {
            node = next;
            if (node.Values is not null) longest = (i - start + 1, node.Values);
        }
        return longest;
    }

    /// <summary>A word of the trie: the values of the phrase ending here, if any, and the words that continue it.</summary>
    private sealed class Node
    {
        public List<T>? Values { get; set; }

        public Dictionary<string, Node>? Children { get; set; }
    }
}
