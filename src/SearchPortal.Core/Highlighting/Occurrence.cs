namespace SearchPortal.Core.Highlighting;

/// <summary>One occurrence of a term in a document, read from the postings: position and character offsets.</summary>
internal readonly record struct Occurrence(int Position, int Start, int End);
