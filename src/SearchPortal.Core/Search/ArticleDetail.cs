namespace SearchPortal.Core.Search;

/// <summary>One article for its page: the hit fields, the full text as HTML with marks, and its metadata.</summary>
public sealed record ArticleDetail(SearchHit Article, string TextHtml, IReadOnlyDictionary<string, string> Metadata);
