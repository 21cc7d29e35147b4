using System.Globalization;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// A TREC run: for each topic, the retrieved documents with their scores, in rank order.
/// Reads and writes the six-column format <c>qid Q0 docid rank score tag</c>; scores are
/// written with six decimals like Anserini, and trec_eval ignores the rank column and re-sorts
/// by score, which <see cref="TrecEval"/> reproduces. Immutable, therefore thread-safe.
/// </summary>
public sealed class TrecRun
{
    public TrecRun(IReadOnlyDictionary<string, IReadOnlyList<ScoredDoc>> topics) => Topics = topics;

    /// <summary>Topic id to retrieved documents, best first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ScoredDoc>> Topics { get; }

    public static TrecRun Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <exception cref="FormatException">A line does not have six columns or its score is not a number.</exception>
    public static TrecRun Parse(TextReader reader)
    {
        var topics = new Dictionary<string, List<ScoredDoc>>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 6 || !double.TryParse(parts[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                throw new FormatException($"Run line {lineNumber} is not 'qid Q0 docid rank score tag': {line}");
            }
            if (!topics.TryGetValue(parts[0], out var docs))
            {
                docs = [];
                topics.Add(parts[0], docs);
            }
            docs.Add(new ScoredDoc(parts[2], score));
        }
        return new TrecRun(topics.ToDictionary(
            pair => pair.Key, pair => (IReadOnlyList<ScoredDoc>)pair.Value, StringComparer.Ordinal));
    }

    /// <summary>Writes the run in the enumeration order of <see cref="Topics"/>, ranks starting at 1.</summary>
    public void Write(TextWriter writer, string tag)
    {
        foreach (var (topicId, docs) in Topics)
        {
            for (var i = 0; i < docs.Count; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{topicId} Q0 {docs[i].DocId} {i + 1} {docs[i].Score:F6} {tag}\n"));
            }
        }
    }
}
