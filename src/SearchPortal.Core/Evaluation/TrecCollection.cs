namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Loads a TREC-style test collection from a JSONL corpus, a topics file (either format
/// <see cref="TopicReader"/> knows) and a qrels file. Stateless and thread-safe.
/// </summary>
public static class TrecCollection
{
    public static EvalCollection Load(string corpusJsonl, string topicsPath, string qrelsPath) => new(
        JsonlCorpusReader.Load(corpusJsonl),
        TopicReader.Load(topicsPath),
        Qrels.Load(qrelsPath));
}
