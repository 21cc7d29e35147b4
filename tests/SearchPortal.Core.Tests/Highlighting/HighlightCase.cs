namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>
/// A highlighting case of TestData/highlight-cases.json (snippets and title) or
/// TestData/highlight-fulltext-cases.json (full text); queries use the <see cref="TestQueries"/> syntax.
/// </summary>
public sealed record HighlightCase(
    string Name,
    string Doc,
    string Query,
    int MaxPassages = 3,
    string? Title = null,
    IReadOnlyList<string>? Snippets = null,
    string? Html = null);
