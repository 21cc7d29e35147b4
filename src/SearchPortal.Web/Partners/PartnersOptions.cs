using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Partners;

/// <summary>
/// The partner sites of the "SearchPortal:Partners" configuration section, keyed by partner key
/// (environment: SearchPortal__Partners__loreto-ngo__Origins__0). Keys are case-insensitive, like
/// configuration keys. Read once at start-up and validated by <see cref="PartnersOptionsValidator"/>.
/// </summary>
public sealed class PartnersOptions
{
    public const string Section = SearchPortalOptions.Section;

    public Dictionary<string, PartnerSettings> Partners { get; } = new(StringComparer.OrdinalIgnoreCase);
}
