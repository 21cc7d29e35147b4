namespace SearchPortal.Benchmarks.Corpus;

/// <summary>The real titles and sentences of one language that generated articles are sampled from.</summary>
internal sealed record SentencePool(string Language, IReadOnlyList<string> Titles, IReadOnlyList<string> Sentences, IReadOnlyList<string> Sources);
