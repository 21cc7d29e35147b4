namespace SearchPortal.Web.Partners;

/// <summary>
/// A partner site: its key, display name, normalised origins (<c>scheme://host[:port]</c>, lowercase)
/// and fixed filters. Immutable; built once by <see cref="PartnerDirectory"/>.
/// </summary>
public sealed record Partner(string Key, string Name, IReadOnlyList<string> Origins, IReadOnlyList<string> Filters);
