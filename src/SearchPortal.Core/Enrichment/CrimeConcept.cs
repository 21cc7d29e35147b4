namespace SearchPortal.Core.Enrichment;

/// <summary>
/// One crime type of the taxonomy: an id, the English label used as facet value, the Spanish label,
/// and trigger terms per language with each list's primary term first (the label-like term; query expansion adds all of the other language's terms). Immutable.
/// </summary>
public sealed record CrimeConcept(string Id, string Label, string LabelEs, IReadOnlyList<string> TermsEn, IReadOnlyList<string> TermsEs);
