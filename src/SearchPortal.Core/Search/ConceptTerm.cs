using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Search;

/// <summary>A crime concept named in a query, and the language ("en", "es" or "pt") of the term that named it.</summary>
internal readonly record struct ConceptTerm(CrimeConcept Concept, string Language);
