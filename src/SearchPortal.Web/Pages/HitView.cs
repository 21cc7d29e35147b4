using SearchPortal.Core.Search;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Pages;

/// <summary>What the hit partial renders: the hit, the query its links carry, the page's text and links, and the near-identical stories shown under it.</summary>
public sealed record HitView(SearchHit Hit, string Query, UiText Text, SearchLinks Links, IReadOnlyList<SearchHit> Similar);
