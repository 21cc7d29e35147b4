namespace SearchPortal.Core.Evaluation;

/// <summary>
/// The focus tags a reader gives an article: countries ("Mexico"), first-level divisions ("Mexico/Guanajuato"),
/// crime types and criminal groups (taxonomy labels). Immutable.
/// </summary>
public sealed record TagLabels(
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> CrimeTypes,
    IReadOnlyList<string> Groups);
