namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>One article of the highlighting test corpus (TestData/highlight-documents.json).</summary>
public sealed record HighlightTestDocument(string Id, string Language, string Title, string Text, string? Author = null);
