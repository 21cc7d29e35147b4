using Lucene.Net.Analysis;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// One analysed language of the schema: its code (as <c>Article.Language</c> holds it), the stemmed body and title
/// fields of its articles and the analyzer of those fields. Immutable.
/// </summary>
public sealed record LanguageFields(string Code, string Body, string Title, Func<Analyzer> CreateAnalyzer);
