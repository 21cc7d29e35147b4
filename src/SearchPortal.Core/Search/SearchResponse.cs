using System.Text.Json.Serialization;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>The search result document shared by the CLI's --json and the web API's /api/search.</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    long TookMs,
    IReadOnlyList<UserMessage> Notices,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>
    /// What the facets counted and the filters matched for region, crime type and group: what articles are about, or
    /// what they mention (the request's choice, or focus where its scope keeps it there).
    /// </summary>
    public FacetMatch Match { get; init; }

    /// <summary>
    /// Why the request's filters did not resolve (an unknown value, or at the CLI a malformed filter); when any, the
    /// search did not run and <see cref="Notices"/> repeats them. Endpoints that answer 400 for bad filters read this.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<UserMessage> FilterErrors { get; init; } = [];

    /// <summary>
    /// The bound the query broke (see <see cref="ParsedQuery.Problem"/>); the hits then come from its plain words and
    /// <see cref="Notices"/> says so. Pages show that; the API answers 400 with this reason.
    /// </summary>
    [JsonIgnore]
    public LimitProblem? QueryProblem { get; init; }

    /// <summary>
    /// The crime-concept terms searched besides the words typed, as data (the notice names them too): a client can
    /// offer each for removal, which is the same search with the term in <see cref="SearchRequest.ExcludedTerms"/>.
    /// </summary>
    public IReadOnlyList<AddedTerm> AddedTerms { get; init; } = [];

    /// <summary>
    /// For each hit, the position of the earlier hit on this page that tells the same story (<see cref="NearDuplicates"/>),
    /// or -1; pages show each story once with "N similar".
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<int> Repeats { get; init; } = [];

    /// <summary>The spelling correction of the query, when one finds more articles: offered, or applied to these results.</summary>
    public SpellingCorrection? Correction { get; init; }

    /// <summary>The answer to a request whose filters do not resolve: no hits, no facets, the reasons as notices.</summary>
    public static SearchResponse Refused(SearchRequest request, IReadOnlyList<UserMessage> notices, IReadOnlyList<UserMessage> filterErrors, long tookMs = 0) =>
        new(request.Query ?? "", 0, request.Page, request.Size, tookMs, notices, [], new Dictionary<string, IReadOnlyList<FacetValue>>())
        {
            Match = request.Filters.Match,
            FilterErrors = filterErrors,
        };
}
