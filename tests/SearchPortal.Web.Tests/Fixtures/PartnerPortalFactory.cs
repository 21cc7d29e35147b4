using Microsoft.AspNetCore.Hosting;

namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// The portal of <see cref="PortalFactory"/> with partner configuration: <see cref="TestPartners.Settings"/>
/// as a class fixture, or any settings given (which may be invalid, to test start-up validation).
/// </summary>
public sealed class PartnerPortalFactory : PortalFactory
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public PartnerPortalFactory() : this(TestPartners.Settings)
    {
    }

    internal PartnerPortalFactory(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }
}
