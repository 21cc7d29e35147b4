using SearchPortal.Core.Facets;

namespace SearchPortal.Web.Partners;

/// <summary>
/// A partner site: its key, display name, normalised origins (<c>scheme://host[:port]</c>, lowercase)
/// and the scope its fixed filters make (which the searcher applies to every search of the partner). Immutable; built
/// once by <see cref="PartnerDirectory"/>.
/// </summary>
public sealed record Partner(string Key, string Name, IReadOnlyList<string> Origins, FacetScope Scope);
