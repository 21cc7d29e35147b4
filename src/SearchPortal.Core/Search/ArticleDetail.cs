using System.Text.Json.Serialization;

namespace SearchPortal.Core.Search;

/// <summary>One article for its page: the hit fields, the full text as HTML with marks, and its metadata.</summary>
public sealed record ArticleDetail(SearchHit Article, string TextHtml, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The bound the marking query broke (see <see cref="ParsedQuery.Problem"/>); its plain words are marked instead.</summary>
    [JsonIgnore]
    public LimitProblem? QueryProblem { get; init; }
}
