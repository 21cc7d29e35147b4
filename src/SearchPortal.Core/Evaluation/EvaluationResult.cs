using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Means of the per-topic figures over the evaluated topics, as trec_eval prints them without
/// <c>-c</c>: only topics that are both in the run and in the qrels count. <see cref="ToJson"/>
/// gives the CLI's <c>{"map":…,"p30":…,"ndcg10":…,"queries":…}</c>; per-topic figures stay out of
/// the JSON. Immutable.
/// </summary>
public sealed record EvaluationResult(
    [property: JsonPropertyName("map")] double Map,
    [property: JsonPropertyName("p30")] double P30,
    [property: JsonPropertyName("ndcg10")] double Ndcg10,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonIgnore] IReadOnlyList<TopicResult> PerTopic)
{
    public string ToJson() => JsonSerializer.Serialize(this);
}
