namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Finds the criminal groups of a <see cref="CriminalGroupList"/> in clean article text. Names match case- and
/// accent-folded on word boundaries, longest first, plural "s" ignored, but only where the text capitalises
/// them (acronyms entirely): "los lobos" in lower case is animals. Context aliases need a group word nearby,
/// another name of the same group in the article, or one of the group's countries among the article's places.
/// The matched spans are returned too, so that place names inside group names ("Cártel de Sinaloa") are not
/// read as places. Built once; immutable and thread-safe.
/// </summary>
public sealed class GroupTagger
{
    /// <summary>How many words before or after a context alias a group word may be.</summary>
    private const int CueWindow = 8;

    private static readonly HashSet<string> CueWords = new[]
    {
        "gang", "cartel", "group", "criminal", "crime", "organized", "organised", "member", "leader", "boss", "faction", "mafia",
        "militia", "armed", "guerrilla", "narco", "trafficker", "trafficking", "prison", "inmate", "alias", "extortion", "drug",
        "banda", "pandilla", "pandillero", "grupo", "organizacion", "miembro", "integrante", "lider", "cabecilla", "faccion",
        "armado", "narcotraficante", "narcotrafico", "carcel", "preso", "reo", "crimen", "organizado", "extorsion", "droga", "sicario",
        "faccao", "gangue", "quadrilha", "criminosa", "membro", "presidio", "traficante", "milicia",
    }.Select(WordForms.Singular).ToHashSet(StringComparer.Ordinal);

    private readonly PhraseIndex<GroupAlias> _index = new(WordForms.Singular);

    public GroupTagger()
        : this(CriminalGroupList.LoadDefault())
    {
    }

    public GroupTagger(CriminalGroupList groups)
    {
        foreach (var group in groups.Groups)
        {
            foreach (var alias in group.Aliases) _index.Add(alias, new GroupAlias(group, IsAcronym(alias), false));
            foreach (var alias in group.ContextAliases) _index.Add(alias, new GroupAlias(group, IsAcronym(alias), true));
        }
    }

    /// <summary>Every group <paramref name="text"/> names, as labels sorted ordinally (context aliases need a group word nearby or another name).</summary>
    public IReadOnlyList<string> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = WordTokenizer.Tokenize(text);
        return Resolve(Match(text, tokens), new HashSet<string>()).Select(h => h.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The capitalised group names of a text, accepted or not yet: their words are not places.</summary>
    internal IReadOnlyList<GroupMatch> Match(string text, IReadOnlyList<WordToken> tokens) => Match(text, tokens, WordForms.SingularKeys(tokens));

    /// <summary>As <see cref="Match(string, IReadOnlyList{WordToken})"/>, with the tokens' <see cref="WordForms.SingularKeys"/> already computed.</summary>
    internal IReadOnlyList<GroupMatch> Match(string text, IReadOnlyList<WordToken> tokens, string[] keys)
    {
        var matches = new List<GroupMatch>();
        for (var i = 0; i < keys.Length;)
        {
            var (length, aliases) = _index.Match(keys, i);
            var written = aliases.Where(a => IsWritten(text, tokens, i, length, a.Acronym)).ToArray();
            if (written.Length > 0) matches.Add(new GroupMatch(i, length, tokens[i].Start, written, HasCue(keys, i, length)));
            i += Math.Max(length, 1);
        }
        return matches;
    }

    /// <summary>The accepted occurrences; <paramref name="countries"/> are the countries the article's places lie in.</summary>
    internal static IReadOnlyList<TagHit> Resolve(IReadOnlyList<GroupMatch> matches, ISet<string> countries)
    {
        var named = matches.SelectMany(m => m.Aliases).Where(a => !a.NeedsContext).Select(a => a.Group).ToHashSet();
        return matches
            .SelectMany(m => m.Aliases
                .Where(a => !a.NeedsContext || m.Cue || named.Contains(a.Group) || a.Group.Countries.Any(countries.Contains))
                .Select(a => new TagHit(a.Group.Label, m.Offset)))
            .Distinct()
            .ToArray();
    }

    private static bool IsAcronym(string alias) => !alias.Any(char.IsLower) && alias.Any(char.IsLetter);

    private static bool IsWritten(string text, IReadOnlyList<WordToken> tokens, int start, int length, bool acronym)
    {
        var capitalised = false;
        for (var i = start; i < start + length; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            if (acronym && word.ContainsAny("abcdefghijklmnopqrstuvwxyz")) return false;
            capitalised |= char.IsUpper(word[0]);
        }
        return capitalised;
    }

    private static bool HasCue(string[] keys, int start, int length)
    {
        var (from, to) = (Math.Max(0, start - CueWindow), Math.Min(keys.Length, start + length + CueWindow));
        for (var i = from; i < to; i++)
        {
            if ((i < start || i >= start + length) && CueWords.Contains(keys[i])) return true;
        }
        return false;
    }
}
