namespace SearchPortal.Core.Ingestion;

/// <summary>What an extractor found in one page: clean text plus the metadata the page itself states.</summary>
public sealed record ExtractedPage(
    string Title,
    string Text,
    DateOnly? Published,
    string? Author,
    string? Outlet,
    string? Language,
    string? Url = null);
