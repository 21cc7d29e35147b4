using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Search;

/// <summary>
/// The terms a crime concept adds to a query, as one clause apart from the words typed, scored so that a translated
/// match never outranks a native one of comparable frequency: each added term counts as the typed words would, at
/// <see cref="Weight"/> of their weight. At rewrite time every alternative's boost becomes
/// <c>weight × idf(typed) / idf(alternative)</c> (BM25's idf summed over a phrase's words, the typed words' idf taken
/// in the field where they are most common), so an alternative with frequency f scores <c>weight × idf(typed) ×
/// tf-norm(f)</c> whatever its own rarity; alternatives are a disjunction without tie-breaker, so several added terms in
/// one article still count once. Before rewriting, it is a plain <see cref="DisjunctionMaxQuery"/> of the alternatives
/// (highlighting and the expansion bound walk it as such). Immutable after construction; thread-safe.
/// </summary>
internal sealed class ExpansionQuery : DisjunctionMaxQuery
{
    private readonly IReadOnlyList<Term[]> _typedForms;
    private readonly List<Term[]> _alternativeTerms = [];
    private readonly List<AddedTerm> _added = [];

    /// <param name="typedForms">The typed words as each body field indexes them, one term array per field.</param>
    /// <param name="weight">The share of the typed words' weight an added term gets.</param>
    public ExpansionQuery(IReadOnlyList<Term[]> typedForms, float weight)
        : base(0f)
    {
        _typedForms = typedForms;
        Weight = weight;
    }

    public float Weight { get; }

    /// <summary>The added terms, in the order they were added.</summary>
    public IReadOnlyList<AddedTerm> Added => _added;

    /// <summary>Adds one term's query, with the body-field terms that measure its rarity.</summary>
    public void Add(AddedTerm term, Query query, Term[] bodyTerms)
    {
        query.Boost *= Weight;
        Add(query);
        _alternativeTerms.Add(bodyTerms);
        _added.Add(term);
    }

    public override Query Rewrite(IndexReader reader)
    {
        var typed = _typedForms.Select(form => Idf(reader, form)).Where(idf => idf > 0).DefaultIfEmpty(0).Min();
        var scaled = new DisjunctionMaxQuery(0f) { Boost = Boost };
        for (var i = 0; i < Disjuncts.Count; i++)
        {
            var alternative = (Query)Disjuncts[i].Clone();
            var own = Idf(reader, _alternativeTerms[i]);
            if (typed > 0 && own > 0) alternative.Boost *= typed / own;
            scaled.Add(alternative);
        }
        return scaled;
    }

    /// <summary>The terms added by every expansion clause of <paramref name="query"/>, in query order.</summary>
    public static IReadOnlyList<AddedTerm> AddedTerms(Query query) => query switch
    {
        ExpansionQuery expansion => expansion.Added,
        BooleanQuery boolean => [.. boolean.Clauses.Where(c => !c.IsProhibited).SelectMany(c => AddedTerms(c.Query))],
        DisjunctionMaxQuery dismax => [.. dismax.Disjuncts.SelectMany(AddedTerms)],
        _ => [],
    };

    /// <summary>
    /// BM25's idf summed over <paramref name="terms"/>, over the documents with the field (as
    /// <see cref="Indexing.FieldBm25Similarity"/>); 0 when a term is absent (the phrase matches nothing).
    /// </summary>
    private static float Idf(IndexReader reader, Term[] terms)
    {
        if (terms.Length == 0) return 0;
        var sum = 0.0;
        foreach (var term in terms)
        {
            var df = reader.DocFreq(term);
            if (df == 0) return 0;
            var docCount = reader.GetDocCount(term.Field);
            if (docCount <= 0) docCount = reader.MaxDoc;
            sum += Math.Log(1 + (docCount - df + 0.5) / (df + 0.5));
        }
        return (float)sum;
    }

    public override bool Equals(object? obj) =>
        obj is ExpansionQuery other && base.Equals(other) && Weight == other.Weight
        && _typedForms.SelectMany(f => f).SequenceEqual(other._typedForms.SelectMany(f => f));

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Weight);
}
