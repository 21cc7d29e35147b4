namespace SearchPortal.Core.Indexing;

/// <summary>A progress report during a build: articles indexed and problems seen so far.</summary>
public sealed record BuildProgress(int Indexed, int Problems, string? CurrentSource);
