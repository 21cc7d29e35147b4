using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Finds places of the <see cref="Gazetteer"/> in clean article text and returns the deepest distinct
/// paths ("Peru/Loreto/Maynas", "Brazil"), sorted ordinally. Matching is accent- and case-folded on
/// word boundaries, but names must be capitalised in the text, and risky names (surnames, common words)
/// need context such as "provincia de X". Built once; immutable and thread-safe.
/// </summary>
public sealed class RegionTagger
{
    private readonly PhraseIndex<PlaceName> _index = new(static word => word);

    public RegionTagger()
        : this(Gazetteer.Default)
    {
    }

    public RegionTagger(Gazetteer gazetteer)
    {
        foreach (var name in gazetteer.Names) _index.Add(name.Name, name);
    }

    public IReadOnlyList<string> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tag(text, WordTokenizer.Tokenize(text));
    }

    /// <summary>Tags <paramref name="text"/> from its <paramref name="tokens"/>, so callers that tag it several ways tokenize once.</summary>
    internal IReadOnlyList<string> Tag(string text, IReadOnlyList<WordToken> tokens)
    {
        var keys = _index.Keys(tokens);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count;)
        {
            var (length, names) = _index.Match(keys, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            paths.UnionWith(Resolve(new Mention(text, tokens, keys, i, length), names));
            i += length;
        }
        return Deepest(paths);
    }

    private static IReadOnlyList<string> Resolve(Mention mention, IReadOnlyList<PlaceName> names)
    {
        var demonym = names.FirstOrDefault(n => n.Kind == PlaceNameKind.Demonym);
        if (demonym is not null) return demonym.Paths;
        if (!mention.IsCapitalised()) return [];
        var context = mention.Context();
        if (context.HasFlag(MentionContext.Blocked)) return [];

        var alias = names.FirstOrDefault(n => n.Kind == PlaceNameKind.Alias);
        var provinces = names.Where(n => n.Kind == PlaceNameKind.Place && n.Level == PlaceLevel.Province).ToArray();
        var department = names.FirstOrDefault(n => n.Kind == PlaceNameKind.Place && n.Level == PlaceLevel.Department);
        var country = names.FirstOrDefault(n => n.Kind == PlaceNameKind.Place && n.Level == PlaceLevel.Country);

        if (context.HasFlag(MentionContext.Province) || context.HasFlag(MentionContext.City))
        {
            if (provinces.Length == 1 && !(provinces[0].NeedsContext && mention.PrecedesCapitalisedWord())) return provinces[0].Paths;
            if (alias is not null) return alias.Paths;
        }
        if (context.HasFlag(MentionContext.Region) && department is not null) return department.Paths;
        if (mention.FollowsCapitalisedWord()) return [];
        if (alias is not null) return alias.Paths;
        if (department is not null) return department.Paths;
        if (country is not null) return country.Paths;
        if (provinces.Length == 1 && !provinces[0].NeedsContext) return provinces[0].Paths;
        return [];
    }

    private static string[] Deepest(HashSet<string> paths) =>
        paths.Where(p => !paths.Any(q => q.Length > p.Length && q.StartsWith(p + FacetSchema.PathSeparator, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
