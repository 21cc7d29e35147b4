namespace SearchPortal.Core.Enrichment;

/// <summary>A run of letters and digits in a text: its span in the original and its folded form.</summary>
internal readonly record struct WordToken(int Start, int End, string Folded);
