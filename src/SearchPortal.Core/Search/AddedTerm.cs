namespace SearchPortal.Core.Search;

/// <summary>
/// A term the portal searched besides the words typed: <see cref="Term"/> of the crime concept <see cref="Concept"/>
/// (its English label), searched in <see cref="Language"/>'s fields. A term two languages list is two entries. The
/// client can leave it out of the next search (<see cref="SearchRequest.ExcludedTerms"/>). Immutable.
/// </summary>
public sealed record AddedTerm(string Concept, string Term, string Language);
