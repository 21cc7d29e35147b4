using Lucene.Net.Search;

namespace SearchPortal.Core.Search;

/// <summary>A Lucene query built from user syntax, with notices to show the user (fallbacks, ignored parts).</summary>
public sealed record ParsedQuery(Query Query, IReadOnlyList<string> Notices, bool IsEmpty);
