using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// How <see cref="UserQueryParser"/> ranks a plain query (words only, no operators, quotes or
/// fields): short queries require every word, long ones are ranked by the words they contain;
/// sloppy phrases reward words that occur near each other; crime concepts are also searched in
/// the other language with a lower weight. <see cref="Default"/> is the portal's ranking; the
/// evaluation builds variants to measure each choice on CACM (see Evaluation/RELEVANCE.md).
/// Immutable.
/// </summary>
public sealed record QueryPolicy
{
    public static QueryPolicy Default { get; } = new();

    /// <summary>Weight of the title fields relative to the body fields, for every word and phrase.</summary>
    public float TitleBoost { get; init; } = ArticleSchema.TitleBoost;

    /// <summary>A plain query with up to this many content words (stopwords not counted) requires them all.</summary>
    public int MaxRequiredWords { get; init; } = 3;

    /// <summary>Maximum distance, in positions, between words for the proximity clauses to match.</summary>
    public int ProximitySlop { get; init; } = 4;

    /// <summary>Weight of the proximity clauses relative to a word; 0 turns proximity off.</summary>
    public float ProximityBoost { get; init; } = 0.25f;

    /// <summary>
    /// Weight of a crime concept's terms in the other languages relative to the words typed, each added term counting
    /// as the typed words would with the same frequency (see <see cref="ExpansionQuery"/>).
    /// </summary>
    public float ExpansionBoost { get; init; } = 0.4f;
}
