namespace SearchPortal.Core.Evaluation;

/// <summary>
/// TREC relevance judgments (<c>qid iter docid rel</c>), grouped by topic. A grade of 1 or more
/// counts as relevant, as with trec_eval's default relevance level; grades below 1 are judged
/// non-relevant. Immutable after loading, therefore thread-safe.
/// </summary>
public sealed class Qrels
{
    private static readonly IReadOnlyDictionary<string, int> NoJudgments = new Dictionary<string, int>();

    private readonly Dictionary<string, IReadOnlyDictionary<string, int>> _byTopic;

    private Qrels(Dictionary<string, IReadOnlyDictionary<string, int>> byTopic) => _byTopic = byTopic;

    /// <summary>Topics with at least one judgment, relevant or not.</summary>
    public IReadOnlyCollection<string> TopicIds => _byTopic.Keys;

    public bool Contains(string topicId) => _byTopic.ContainsKey(topicId);

    /// <summary>Judged documents of a topic and their grades; empty for an unjudged topic.</summary>
    public IReadOnlyDictionary<string, int> Judgments(string topicId) =>
        _byTopic.TryGetValue(topicId, out var judgments) ? judgments : NoJudgments;

    public static Qrels Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <summary>Parses qrels; blank lines and lines starting with '#' are skipped, as trec_eval does.</summary>
    /// <exception cref="FormatException">A line is malformed or judges the same document twice.</exception>
    public static Qrels Parse(TextReader reader)
    {
        var byTopic = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4 || !int.TryParse(parts[3], out var grade))
            {
                throw new FormatException($"Qrels line {lineNumber} is not 'qid iter docid rel': {line}");
            }
            if (!byTopic.TryGetValue(parts[0], out var judgments))
            {
                judgments = new Dictionary<string, int>(StringComparer.Ordinal);
                byTopic.Add(parts[0], judgments);
            }
            if (!judgments.TryAdd(parts[2], grade))
            {
                throw new FormatException($"Qrels line {lineNumber} judges {parts[2]} twice for topic {parts[0]}.");
            }
        }
        return new Qrels(byTopic.ToDictionary(
            pair => pair.Key, pair => (IReadOnlyDictionary<string, int>)pair.Value, StringComparer.Ordinal));
    }
}
