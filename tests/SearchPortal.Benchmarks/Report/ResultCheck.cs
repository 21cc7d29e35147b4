namespace SearchPortal.Benchmarks.Report;

/// <summary>An expected result count (from what the generator planted) and what each engine found.</summary>
internal sealed record ResultCheck(string Name, int Expected, string ExpectedMeaning, IReadOnlyDictionary<string, int> Found);
