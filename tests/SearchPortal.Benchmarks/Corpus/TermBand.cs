namespace SearchPortal.Benchmarks.Corpus;

/// <summary>A document-frequency band of single query terms, as a share of the sampled articles.</summary>
internal sealed record TermBand(string Name, double MinShare, double MaxShare, int MinDocs);
