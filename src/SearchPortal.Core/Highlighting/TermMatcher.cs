namespace SearchPortal.Core.Highlighting;

/// <summary>A term that is marked wherever it occurs (from a TermQuery or an expanded multi-term query).</summary>
internal readonly record struct TermMatcher(int TermId, int Concept, float Weight);
