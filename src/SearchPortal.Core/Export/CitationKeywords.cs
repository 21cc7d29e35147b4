using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// The keywords a citation (RIS, BibTeX, CSL-JSON) carries: what the article is about, crime types first, then
/// criminal groups, then regions. Mentions stay out: a keyword names a subject, and the mention lists travel in the
/// CSV and JSON Lines exports. Stateless.
/// </summary>
internal static class CitationKeywords
{
    public static IEnumerable<string> Of(SearchHit hit) => hit.CrimeTypes.Concat(hit.Groups).Concat(hit.Regions);
}
