using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Partners;

/// <summary>Registers the partner options (validated at start-up), the partner directory and the partners' CORS policy.</summary>
public static class PartnerServices
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddOptions<PartnersOptions>().BindConfiguration(PartnersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnersOptions>, PartnersOptionsValidator>();
        services.AddSingleton<PartnerDirectory>();
        services.AddCors();
        services.AddSingleton<IConfigureOptions<CorsOptions>, PartnerCorsPolicy>();
        return services;
    }
}
