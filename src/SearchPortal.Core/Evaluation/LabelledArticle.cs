using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// One article of a tagging development set: the article as ingestion would give it, the focus tags a reader
/// expects, and the other countries it names without being about them (a tag in any further country is a
/// wrong-country error). Immutable.
/// </summary>
public sealed record LabelledArticle(Article Article, TagLabels Expected, IReadOnlyList<string> OtherCountries);
