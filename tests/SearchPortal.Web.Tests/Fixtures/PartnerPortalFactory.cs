using Microsoft.AspNetCore.Hosting;

namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// The portal of <see cref="PortalFactory"/> with partner configuration: <see cref="TestPartners.Settings"/>
/// by default, or any settings given (which may be invalid, to test start-up validation).
/// </summary>
public class PartnerPortalFactory(IReadOnlyDictionary<string, string> settings) : PortalFactory
{
    public PartnerPortalFactory() : this(TestPartners.Settings)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
