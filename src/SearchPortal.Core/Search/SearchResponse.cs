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
            FilterErrors = filterErrors,
        };
}
