namespace SearchPortal.Core.Enrichment;

/// <summary>
/// A place name found in a text, with the candidates its words and context still allow, and what the resolver
/// made of it. Built and resolved by one <see cref="RegionTagger"/> call; not shared between threads.
/// </summary>
internal sealed class Toponym(Mention mention, IReadOnlyList<PlaceName> candidates)
{
    public Mention Mention { get; } = mention;

    /// <summary>Places and aliases it may stand for, after local cues; empty when it is not a place here.</summary>
    public IReadOnlyList<PlaceName> Candidates { get; set; } = candidates;

    /// <summary>Every place or alias its words name, before cues and risks narrowed them: what a later, surer use of the same name may resolve it to.</summary>
    public IReadOnlyList<PlaceName> Readings { get; init; } = [];

    /// <summary>The demonym it is ("Venezuelan"), if any: evidence of a country, resolved to it.</summary>
    public PlaceName? Demonym { get; init; }

    /// <summary>A country named inside an organisation's name ("TV Peru"): evidence of it, not a mention.</summary>
    public GazetteerPlace? EvidenceOf { get; init; }

    /// <summary>A well-known place abroad has the same name ("Valencia"): it needs firm evidence.</summary>
    public bool HasNamesake { get; init; }

    /// <summary>It names a country outside the region ("Spain").</summary>
    public bool IsAbroadCountry { get; init; }

    /// <summary>A cue ("state of", "provincia de") chose the kind of place.</summary>
    public bool Cued { get; init; }

    /// <summary>The cues found around it.</summary>
    public MentionContext Cue { get; init; }

    /// <summary>
    /// Written where capitals say nothing (sentence start, title-case headline, before another capitalised word):
    /// its common-word candidates count only if a division right after it ("León, in Guanajuato") supports them.
    /// </summary>
    public bool WordLike { get; init; }

    /// <summary>Safe, and every candidate lies in one country: evidence of that country.</summary>
    public bool IsAnchor { get; set; }

    /// <summary>The places it was resolved to (several for an alias such as "VRAEM"), empty when left unresolved.</summary>
    public IReadOnlyList<GazetteerPlace> Resolved { get; set; } = [];

    public int Start => Mention.Start;

    public int End => Mention.Start + Mention.Length;

    /// <summary>The character offset of its first word in the text.</summary>
    public int Offset => Mention.Tokens[Mention.Start].Start;
}
