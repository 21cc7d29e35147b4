using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Finds the places of the <see cref="Gazetteer"/> in clean article text and resolves them in context
/// (<see cref="ToponymCandidates"/> for what the words around a name allow, <see cref="ToponymResolver"/> for
/// the evidence of the whole article). Matching is accent- and case-folded on word boundaries, longest name
/// first, but names must be capitalised in the text. Built once; immutable and thread-safe.
/// </summary>
public sealed class RegionTagger
{
    private readonly PhraseIndex<PlaceName> _index = new(static word => word);
    private readonly Gazetteer _gazetteer;

    public RegionTagger()
        : this(Gazetteer.Default)
    {
    }

    public RegionTagger(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var name in gazetteer.Names) _index.Add(name.Name, name);
    }

    /// <summary>Every place <paramref name="text"/> mentions, as the deepest distinct paths, sorted ordinally.</summary>
    public IReadOnlyList<string> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Deepest(Find(text, WordTokenizer.Tokenize(text), null, null).SelectMany(t => t.Resolved).Select(p => p.Path));
    }

    /// <summary>
    /// The place names of a text, resolved together; words where <paramref name="masked"/> is true (criminal
    /// groups' names) are not read as places. <paramref name="outletCountry"/> is evidence of a country.
    /// </summary>
    internal IReadOnlyList<Toponym> Find(string text, IReadOnlyList<WordToken> tokens, bool[]? masked, string? outletCountry)
    {
        var keys = _index.Keys(tokens);
        var matches = new List<(Mention Mention, IReadOnlyList<PlaceName> Names)>();
        for (var i = 0; i < tokens.Count;)
        {
            var match = Longest(text, tokens, keys, masked, i);
            if (match is null)
            {
                i++;
                continue;
            }
            matches.Add(match.Value);
            i += match.Value.Mention.Length;
        }
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (mention, names) in matches) ToponymCandidates.CollectSurnames(mention, names, surnames);
        var toponyms = matches.Select(m => ToponymCandidates.Read(m.Mention, m.Names, _gazetteer, surnames)).ToArray();
        new ToponymResolver(_gazetteer, outletCountry).Resolve(toponyms, text);
        return toponyms;
    }

    /// <summary>
    /// The longest name at word <paramref name="start"/> that is written as a name (capitalised, or a demonym),
    /// so that "otro estado de México" still finds the country when "Estado de México" is not capitalised.
    /// </summary>
    private (Mention Mention, IReadOnlyList<PlaceName> Names)? Longest(string text, IReadOnlyList<WordToken> tokens, string[] keys, bool[]? masked, int start)
    {
        foreach (var (length, names) in _index.MatchAll(keys, start))
        {
            if (masked is not null && Array.IndexOf(masked, true, start, length) >= 0) continue;
            var mention = new Mention(text, tokens, keys, start, length);
            if (mention.IsCapitalised() || names.Any(n => n.Kind == PlaceNameKind.Demonym)) return (mention, names);
        }
        return null;
    }

    /// <summary>The paths that no other path of the set lies under, sorted ordinally.</summary>
    internal static string[] Deepest(IEnumerable<string> paths)
    {
        var set = paths.ToHashSet(StringComparer.Ordinal);
        return set.Where(p => !set.Any(q => q.Length > p.Length && q.StartsWith(p + Article.RegionSeparator, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
