namespace SearchPortal.Benchmarks.Corpus;

/// <summary>A news outlet of the generated corpus: its name as the portal indexes it, a URL slug and its language.</summary>
internal sealed record Outlet(string Name, string Slug, string Language);
