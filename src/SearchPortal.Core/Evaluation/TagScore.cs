using System.Text.Json.Serialization;

namespace SearchPortal.Core.Evaluation;

/// <summary>Micro-averaged counts of one tag dimension over a set, with precision, recall and F1 (1 when nothing was expected or given). Immutable.</summary>
public sealed record TagScore(
    [property: JsonPropertyName("tp")] int TruePositives,
    [property: JsonPropertyName("fp")] int FalsePositives,
    [property: JsonPropertyName("fn")] int FalseNegatives)
{
    [JsonPropertyName("precision")]
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    [JsonPropertyName("recall")]
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    [JsonPropertyName("f1")]
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public TagScore Add(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> given)
    {
        var hits = given.Count(expected.Contains);
        return new TagScore(TruePositives + hits, FalsePositives + given.Count - hits, FalseNegatives + expected.Count - hits);
    }
}
