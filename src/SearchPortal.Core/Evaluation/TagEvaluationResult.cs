using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Precision and recall of focus tags per dimension over a labelled set, and the wrong-country tags: a region
/// (focus or mention) in a country the article neither is about nor names. Immutable.
/// </summary>
public sealed record TagEvaluationResult(
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("countries")] TagScore Countries,
    [property: JsonPropertyName("divisions")] TagScore Divisions,
    [property: JsonPropertyName("crimeTypes")] TagScore CrimeTypes,
    [property: JsonPropertyName("groups")] TagScore Groups,
    [property: JsonPropertyName("wrongCountry")] IReadOnlyList<TagError> WrongCountry,
    [property: JsonIgnore] IReadOnlyList<TagError> Errors)
{
    public string ToJson() => JsonSerializer.Serialize(this);
}
