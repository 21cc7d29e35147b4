namespace SearchPortal.Core.Search;

/// <summary>
/// Words <see cref="Start"/> to <see cref="Start"/> + <see cref="Length"/> of a query that spell a
/// taxonomy term; <see cref="Text"/> is how the user typed them. Immutable.
/// </summary>
internal sealed record ConceptSpan(int Start, int Length, string Text, IReadOnlyList<ConceptTerm> Terms);
