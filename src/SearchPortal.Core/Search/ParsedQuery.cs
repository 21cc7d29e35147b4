using Lucene.Net.Search;

namespace SearchPortal.Core.Search;

/// <summary>
/// A Lucene query built from user syntax, concept expansions included, with notices to show the
/// user (fallbacks, ignored parts, long-query ranking, the terms added in the other language). Immutable.
/// </summary>
public sealed record ParsedQuery(Query Query, IReadOnlyList<string> Notices, bool IsEmpty);
