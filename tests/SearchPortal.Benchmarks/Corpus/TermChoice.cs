namespace SearchPortal.Benchmarks.Corpus;

/// <summary>A query term with its document frequency in the sampled articles.</summary>
internal sealed record TermChoice(string Word, int DocFreq, int SampledDocs);
