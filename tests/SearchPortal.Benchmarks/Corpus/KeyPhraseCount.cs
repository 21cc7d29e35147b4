namespace SearchPortal.Benchmarks.Corpus;

/// <summary>How many articles got a key phrase planted, and how many contain it at all (planted or real text).</summary>
internal sealed record KeyPhraseCount(string Phrase, string Language, double Rate, string CrimeLabel, int Planted, int Containing);
