namespace SearchPortal.Core.Enrichment;

/// <summary>
/// One crime type of the taxonomy: an id, the English label used as facet value, the Spanish label,
/// and trigger terms per language with each list's primary term first (the label-like term; query expansion adds
/// the other languages' terms, Portuguese included). Context-dependent single words tag but are not used for query
/// expansion. A term may trigger several concepts ("cocaine trafficking": drug trafficking and cocaine). Immutable.
/// </summary>
public sealed record CrimeConcept(string Id, string Label, string LabelEs, IReadOnlyList<string> TermsEn, IReadOnlyList<string> TermsEs)
{
    public IReadOnlyList<string> TermsPt { get; init; } = [];

    /// <summary>
    /// The id of the broader concept this one narrows (cocaine narrows drug trafficking), or null. A query term that
    /// names both is read as the narrower one.
    /// </summary>
    public string? Broader { get; init; }

    /// <summary>Words that name the concept only near other words ("smugglers" near "migrants").</summary>
    public IReadOnlyList<ContextTerm> ContextTerms { get; init; } = [];
}
