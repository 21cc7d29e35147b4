namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Trigger words that are ambiguous alone ("smugglers", "coyotes", "heroin"): they count only when one of the
/// <see cref="Near"/> words occurs within <see cref="CrimeTagger.ContextWindow"/> words of them, in any language. Immutable.
/// </summary>
public sealed record ContextTerm(IReadOnlyList<string> Terms, IReadOnlyList<string> Near);
